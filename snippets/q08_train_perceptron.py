"""Train a perceptron: update on mistakes, shuffle, stop after a clean epoch."""

import numpy as np


def train_perceptron(X, y, max_epochs=100, seed=0):
    """Weights (d + 1,), bias last, and mistakes per epoch; X (n, d), y ±1."""
    rng = np.random.default_rng(seed)
    X = np.hstack([X, np.ones((len(X), 1))])  # bias: the weight of a constant 1
    w = np.zeros(X.shape[1])
    history = []
    for _ in range(max_epochs):  # a cap, for classes that overlap
        mistakes = 0
        for i in rng.permutation(len(y)):  # a fresh order every epoch
            if y[i] * (w @ X[i]) <= 0:  # a mistake (a zero score is one)
                w += y[i] * X[i]  # turn w toward y x
                mistakes += 1
        history.append(mistakes)
        if mistakes == 0:  # a clean epoch: every example is correct
            break
    return w, history


def main():
    rng = np.random.default_rng(0)
    X = rng.uniform(-1.0, 1.0, size=(300, 2))
    score = 2.0 * X[:, 0] - X[:, 1] + 0.5  # the true boundary is score = 0
    keep = np.abs(score) > 0.1  # keep a margin: the classes are separable
    X, y = X[keep], np.where(score[keep] > 0, 1, -1)
    w, history = train_perceptron(X, y)
    print(f"separable, {len(y)} points: mistakes per epoch {history}")
    print("  w =", np.array2string(w, precision=3, floatmode="fixed"))
    flip = rng.random(len(y)) < 0.05  # flip 5 % of the labels: overlap
    w, history = train_perceptron(X, np.where(flip, -y, y), max_epochs=50)
    print(f"{flip.sum()} labels flipped: {len(history)} epochs (the cap)")
    print(f"  clean epochs {history.count(0)}, last five {history[-5:]}")


if __name__ == "__main__":
    main()
