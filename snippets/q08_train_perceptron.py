"""Train a perceptron: update on mistakes, stop after a clean epoch, average."""

import numpy as np


def train_perceptron(X, y, max_epochs=100, seed=0):
    """Last and averaged w (bias last), mistakes per epoch; X (n, d), y ±1."""
    rng = np.random.default_rng(seed)
    X = np.hstack([X, np.ones((len(X), 1))])  # bias: the weight of a constant 1
    w, w_sum, history = np.zeros(X.shape[1]), np.zeros(X.shape[1]), []
    # epochs until a clean one (no mistake), or a cap for overlapping classes
    while len(history) < max_epochs and (not history or history[-1] > 0):
        mistakes = 0
        for i in rng.permutation(len(y)):  # a fresh order every epoch
            if y[i] * (w @ X[i]) <= 0:  # a mistake (a zero score is one)
                w, mistakes = w + y[i] * X[i], mistakes + 1  # turn w toward y x
            w_sum += w  # averaged weights: the mean of w over every step
        history.append(mistakes)
    return w, w_sum / (len(y) * len(history)), history


def main():
    rng = np.random.default_rng(0)
    true_w = np.array([2.0, -1.0, 0.5])  # true boundary: 2 x1 - x2 + 0.5 = 0
    X = rng.uniform(-1.0, 1.0, size=(300, 2))
    X = X[np.abs(X @ true_w[:2] + true_w[2]) > 0.1]  # a margin: separable
    y = np.sign(X @ true_w[:2] + true_w[2])
    w, _, history = train_perceptron(X, y)
    cos = w @ true_w / (np.linalg.norm(w) * np.linalg.norm(true_w))
    print(f"mistakes per epoch {history}, cosine with the true w {cos:.4f}")
    y_flip = np.where(rng.random(len(y)) < 0.05, -y, y)  # flip some labels
    w, w_avg, history = train_perceptron(X, y_flip, max_epochs=50)
    print(f"{sum(y_flip != y)} labels flipped: {len(history)} epochs")
    for name, v in [("last", w), ("averaged", w_avg), ("true", true_w)]:
        acc = np.mean(y_flip * (X @ v[:-1] + v[-1]) > 0)
        print(f"  training accuracy, {name + ' weights:':17} {acc:.3f}")


if __name__ == "__main__":
    main()
