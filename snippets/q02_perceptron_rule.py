"""A perceptron trained by Rosenblatt's rule stops making mistakes on linearly separable data.

Novikoff's theorem: if a unit vector u separates the data with margin gamma (y u.x >= gamma for
every point) and every input has norm at most R, the rule makes at most (R / gamma)^2 mistakes,
whatever the order in which the points are visited. The program plants a separator, measures R
and gamma for it, and counts the mistakes actually made. Any separator gives a valid bound; the
maximum-margin separator gives the smallest one, so the bound printed here is not the tightest.
"""

import numpy as np


def augment(X):
    """Append a constant 1 to every input, so that the bias is an ordinary weight.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs, one per row.

    Returns
    -------
    ndarray, shape (n, d + 1)
        ``[X, 1]``.

    Examples
    --------
    >>> augment(np.array([[2.0, 3.0]])).tolist()
    [[2.0, 3.0, 1.0]]
    """
    return np.hstack([X, np.ones((X.shape[0], 1))])


def predict(w, X):
    """Perceptron output: +1 where ``w . [x, 1] > 0``, else -1.

    Parameters
    ----------
    w : ndarray, shape (d + 1,)
        Weights; the last entry is the bias.
    X : ndarray, shape (n, d)
        Inputs.

    Returns
    -------
    ndarray of int, shape (n,)
        Labels in {-1, +1}.

    Examples
    --------
    >>> predict(np.array([1.0, -1.0, 0.0]), np.array([[2.0, 1.0], [0.0, 1.0]])).tolist()
    [1, -1]
    """
    return np.where(augment(X) @ w > 0, 1, -1)


def train_perceptron(X, y, max_epochs=1000, rng=None):
    """Rosenblatt's rule: on a mistake, ``w <- w + y [x, 1]``; on a correct point, nothing.

    A point counts as a mistake when ``y (w . [x, 1]) <= 0`` (a score of exactly 0 is wrong).
    Training stops after the first epoch without a mistake, or after ``max_epochs``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}.
    max_epochs : int
        Cap on the number of passes over the data.
    rng : numpy.random.Generator or None
        Shuffles the visiting order every epoch; None visits the points in order.

    Returns
    -------
    w : ndarray, shape (d + 1,)
        Final weights (bias last).
    per_epoch : list of int
        Mistakes (= updates) in each pass. Converged when the last entry is 0.
    """
    Xa = augment(X)
    w = np.zeros(Xa.shape[1])
    per_epoch = []
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                mistakes += 1
        per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, per_epoch


def make_separable(n, margin, rng):
    """Points in the square [-1, 1]^2 labelled by a fixed separator, at least ``margin`` from it.

    Parameters
    ----------
    n : int
        Number of points.
    margin : float
        Minimum of ``|u . [x, 1]|`` over the points kept, for the unit vector ``u`` below.
    rng : numpy.random.Generator
        Source of the points.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray of int, shape (n,)
        ``sign(u . [x, 1])``.
    u : ndarray, shape (3,)
        The planted separator, of unit norm.
    """
    u = np.array([2.0, -1.0, 0.3])
    u = u / np.linalg.norm(u)
    X = np.empty((0, 2))
    while len(X) < n:
        candidates = rng.uniform(-1.0, 1.0, size=(n, 2))
        X = np.vstack([X, candidates[np.abs(augment(candidates) @ u) >= margin]])
    X = X[:n]
    return X, np.where(augment(X) @ u > 0, 1, -1), u


def novikoff_bound(X, y, u):
    """Radius, margin and mistake bound ``(R / gamma)^2`` for the separator ``u``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}.
    u : ndarray, shape (d + 1,)
        A separator of unit norm, in the augmented space.

    Returns
    -------
    R : float
        ``max ||[x, 1]||``.
    gamma : float
        ``min y u . [x, 1]``; positive when ``u`` separates the data.
    bound : float
        ``(R / gamma)^2``.

    Examples
    --------
    >>> R, gamma, bound = novikoff_bound(np.array([[0.0], [2.0]]), np.array([-1, 1]),
    ...                                  np.array([1.0, -1.0]) / np.sqrt(2))
    >>> print(f"{R:.4f} {gamma:.4f} {bound:.1f}")
    2.2361 0.7071 10.0
    """
    Xa = augment(X)
    R = float(np.linalg.norm(Xa, axis=1).max())
    gamma = float((y * (Xa @ u)).min())
    return R, gamma, (R / gamma) ** 2


def main():
    rng = np.random.default_rng(0)
    X, y, u = make_separable(200, margin=0.05, rng=rng)
    R, gamma, bound = novikoff_bound(X, y, u)
    print(f"{len(y)} points in 2-D, {(y == 1).sum()} labelled +1, {(y == -1).sum()} labelled -1")
    print(f"R     = max ||[x, 1]||                   = {R:.4f}")
    print(f"gamma = min y u.[x, 1] for the planted u = {gamma:.4f}")
    print(f"Novikoff bound (R / gamma)^2             = {bound:.1f} mistakes (any order)")

    w, per_epoch = train_perceptron(X, y, rng=rng)
    errors = int((predict(w, X) != y).sum())
    print(f"\none run, mistakes per epoch: {per_epoch}")
    print(f"total mistakes: {sum(per_epoch)}, within the bound: {sum(per_epoch) <= bound}")
    print(f"training errors of the final weights: {errors}")

    runs = [sum(train_perceptron(X, y, rng=rng)[1]) for _ in range(100)]
    print("\n100 random visiting orders:")
    print(f"mistakes min / median / max = {min(runs)} / {np.median(runs):.1f} / {max(runs)}")
    print(f"every run within the bound: {max(runs) <= bound}")

    print("\nsmaller margin, more mistakes (a new data set per row, worst of 20 orders each):")
    print(" margin   gamma   bound (planted u)  worst mistakes")
    for margin in [0.2, 0.1, 0.05, 0.02, 0.01]:
        X, y, u = make_separable(200, margin, rng)
        _, gamma, bound = novikoff_bound(X, y, u)
        worst = max(sum(train_perceptron(X, y, rng=rng)[1]) for _ in range(20))
        print(f"{margin:7.2f} {gamma:7.4f} {bound:19.0f} {worst:15d}")


if __name__ == "__main__":
    main()
