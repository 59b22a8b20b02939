"""When the classes overlap, the perceptron never has a clean epoch: it needs a stopping rule.

Without one, "repeat as needed" runs forever. With an epoch cap, the last weights depend on
whichever points happened to come last, so their accuracy jumps from epoch to epoch. Averaging
the weights over all steps (the averaged perceptron of Freund and Schapire) gives a stable
classifier, and a held-out set tells which epoch to stop at.
"""

from math import erf, sqrt

import numpy as np


def augment(X):
    """Append a constant 1 to every input.

    Parameters
    ----------
    X : ndarray, shape (n, d)

    Returns
    -------
    ndarray, shape (n, d + 1)
    """
    return np.hstack([X, np.ones((X.shape[0], 1))])


def accuracy(w, X, y):
    """Fraction of points with ``y (w . [x, 1]) > 0``.

    Parameters
    ----------
    w : ndarray, shape (d + 1,)
    X : ndarray, shape (n, d)
    y : ndarray of int, shape (n,)

    Returns
    -------
    float
    """
    return float(np.mean(y * (augment(X) @ w) > 0))


def train_averaged(X, y, epochs, rng):
    """Perceptron rule for a fixed number of epochs, keeping the last and the averaged weights.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}.
    epochs : int
        Number of epochs (the stopping rule for data that are not separable).
    rng : numpy.random.Generator
        Visiting order, reshuffled every epoch.

    Returns
    -------
    history : list of dict
        One entry per epoch: ``mistakes``, ``last`` (the current weights) and ``averaged`` (the
        mean of the weights over every step so far), both of shape (d + 1,).
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    w_sum = np.zeros_like(w)
    steps = 0
    history = []
    for _ in range(epochs):
        mistakes = 0
        for i in rng.permutation(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                mistakes += 1
            w_sum += w
            steps += 1
        history.append({"mistakes": mistakes, "last": w.copy(), "averaged": w_sum / steps})
    return history


def make_overlapping(n, rng):
    """Two Gaussian classes, means (1, 0.5) and (-1, -0.5), unit variance: they overlap.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray of int, shape (n,)
    """
    y = np.where(rng.random(n) < 0.5, 1, -1)
    X = rng.normal(size=(n, 2)) + y[:, None] * np.array([1.0, 0.5])
    return X, y


def main():
    rng = np.random.default_rng(0)
    X_train, y_train = make_overlapping(300, rng)
    X_val, y_val = make_overlapping(300, rng)
    X_test, y_test = make_overlapping(5000, rng)

    history = train_averaged(X_train, y_train, epochs=30, rng=rng)
    print("epoch  mistakes  val acc (last w)  val acc (averaged w)")
    for epoch, h in enumerate(history, start=1):
        if epoch <= 5 or epoch % 5 == 0:
            print(
                f"{epoch:5d}  {h['mistakes']:8d}  {accuracy(h['last'], X_val, y_val):16.3f}"
                f"  {accuracy(h['averaged'], X_val, y_val):20.3f}"
            )
    mistakes = [h["mistakes"] for h in history]
    print(f"epochs without a mistake: {mistakes.count(0)} of {len(mistakes)}")

    last = [accuracy(h["last"], X_val, y_val) for h in history]
    averaged = [accuracy(h["averaged"], X_val, y_val) for h in history]
    print("\nvalidation accuracy over epochs 5-30, min / max:")
    print(f"  last weights:     {min(last[4:]):.3f} / {max(last[4:]):.3f}")
    print(f"  averaged weights: {min(averaged[4:]):.3f} / {max(averaged[4:]):.3f}")

    best = int(np.argmax(averaged))
    w = history[best]["averaged"]
    print(f"\nstop at the best validation epoch ({best + 1}), averaged weights:")
    print(f"  test accuracy: {accuracy(w, X_test, y_test):.3f} on {len(y_test)} new points")
    bayes = 0.5 * (1 + erf(sqrt(1.0**2 + 0.5**2) / sqrt(2)))
    print(f"  best possible accuracy (Bayes classifier): {bayes:.3f}")


if __name__ == "__main__":
    main()
