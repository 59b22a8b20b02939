"""Overlapping classes: no clean epoch ever comes; the last weights swing, averaged and pocket don't."""

from math import erf, sqrt

import numpy as np


def augment(X):
    """Append a constant 1 to every input: (n, d) -> (n, d + 1)."""
    return np.hstack([X, np.ones((X.shape[0], 1))])


def errors(w, Xa, y):
    """Number of examples with ``y (w . x) <= 0``; w (d + 1,), Xa (n, d + 1), y (n,)."""
    return int(np.sum(y * (Xa @ w) <= 0))


def accuracy(w, X, y):
    """Fraction of examples with ``y (w . [x, 1]) > 0``; w (d + 1,), X (n, d), y (n,)."""
    return float(np.mean(y * (augment(X) @ w) > 0))


def train_perceptron(X, y, epochs, rng):
    """Perceptron rule for a fixed number of shuffled epochs; X (n, d), y (n,) in ±1.

    Returns one dict per epoch: ``mistakes``, and three weight vectors (d + 1,): ``last`` (the
    current weights), ``averaged`` (their mean over every step so far) and ``pocket`` (the
    weights with the fewest training errors seen so far, a simple form of Gallant's pocket).
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    w_sum = np.zeros_like(w)
    pocket, pocket_errors = w.copy(), errors(w, Xa, y)
    steps = 0
    history = []
    for _ in range(epochs):
        mistakes = 0
        for i in rng.permutation(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                mistakes += 1
                if errors(w, Xa, y) < pocket_errors:
                    pocket, pocket_errors = w.copy(), errors(w, Xa, y)
            w_sum += w
            steps += 1
        history.append(
            {"mistakes": mistakes, "last": w.copy(), "averaged": w_sum / steps, "pocket": pocket}
        )
    return history


def make_overlapping(n, rng):
    """Two Gaussian classes (n, 2), means ±(1, 0.5), unit variance, labels ±1: they overlap."""
    y = np.where(rng.random(n) < 0.5, 1, -1)
    X = rng.normal(size=(n, 2)) + y[:, None] * np.array([1.0, 0.5])
    return X, y


def main():
    rng = np.random.default_rng(0)
    X_train, y_train = make_overlapping(300, rng)
    X_val, y_val = make_overlapping(300, rng)
    X_test, y_test = make_overlapping(5000, rng)

    history = train_perceptron(X_train, y_train, epochs=30, rng=rng)
    kinds = ["last", "averaged", "pocket"]
    print("validation accuracy of the weights at the end of each epoch:")
    print("epoch  mistakes   last  averaged  pocket")
    for epoch, h in enumerate(history, start=1):
        if epoch <= 5 or epoch % 5 == 0:
            acc = [accuracy(h[k], X_val, y_val) for k in kinds]
            print(f"{epoch:5d}  {h['mistakes']:8d}  {acc[0]:.3f}  {acc[1]:8.3f}  {acc[2]:6.3f}")
    mistakes = [h["mistakes"] for h in history]
    print(f"epochs without a mistake: {mistakes.count(0)} of {len(mistakes)}")

    print("\nvalidation accuracy over epochs 5-30, min / max:")
    for k in kinds:
        acc = [accuracy(h[k], X_val, y_val) for h in history[4:]]
        print(f"  {k + ' weights:':18}{min(acc):.3f} / {max(acc):.3f}")

    print(f"\ntest accuracy on {len(y_test)} new points, weights after the last epoch:")
    for k in kinds:
        print(f"  {k + ' weights:':18}{accuracy(history[-1][k], X_test, y_test):.3f}")
    bayes = 0.5 * (1 + erf(sqrt(1.0**2 + 0.5**2) / sqrt(2)))
    print(f"  {'best possible:':18}{bayes:.3f} (Bayes accuracy of the two Gaussians)")
    print("standard error of an accuracy near 0.86:")
    for name, n in [("test", len(y_test)), ("validation", len(y_val))]:
        print(f"  on {n} {name} points: {sqrt(0.86 * 0.14 / n):.3f}")


if __name__ == "__main__":
    main()
