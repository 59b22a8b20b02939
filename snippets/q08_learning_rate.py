"""What the learning rate and the bias do in perceptron training.

Starting from w = 0 with a constant learning rate, every weight vector the perceptron reaches is
lr times the one it reaches with lr = 1, so every prediction, every mistake and the number of
epochs are identical: the constant learning rate does nothing. It matters when the weights start
elsewhere, and a decaying schedule changes the run, because it weighs early mistakes more than
late ones. The bias (the "threshold") is learned like any other weight; fixing it at zero confines
the boundary to lines through the origin, which cannot separate data whose boundary does not
pass through it.
"""

import numpy as np


def train_perceptron(X, y, lr=1.0, w0=None, bias=True, max_epochs=100, rng=None, schedule=None):
    """Perceptron rule ``w <- w + lr y x`` on mistakes (``y w.x <= 0``), until a clean epoch.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Inputs.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}.
    lr : float
        Step size.
    w0 : ndarray, shape (d + 1,) or (d,), or None
        Initial weights (``d + 1`` with a bias, ``d`` without); None means zeros.
    bias : bool
        Append a constant-1 input, so that the last weight is a learned bias.
    max_epochs : int
        Cap on the number of epochs.
    rng : numpy.random.Generator or None
        Visiting order; None visits the points in order.
    schedule : callable or None
        ``schedule(k)`` multiplies ``lr`` at the k-th update (k = 1, 2, ...); None keeps the step
        constant.

    Returns
    -------
    w : ndarray
        Final weights.
    per_epoch : list of int
        Mistakes in each epoch; converged when the last entry is 0.
    """
    Xa = np.hstack([X, np.ones((len(X), 1))]) if bias else X
    w = np.zeros(Xa.shape[1]) if w0 is None else np.array(w0, dtype=float)
    per_epoch, updates = [], 0
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                updates += 1
                step = lr if schedule is None else lr * schedule(updates)
                w = w + step * y[i] * Xa[i]
                mistakes += 1
        per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, per_epoch


def fewest_errors_through_origin(X, y):
    """Fewest points that any line through the origin misclassifies (exact, by angle sweep).

    The errors of ``w = (cos t, sin t)`` change only where ``w`` turns perpendicular to a point,
    so checking one direction between each pair of neighbouring critical angles covers every
    line through the origin.

    Parameters
    ----------
    X : ndarray, shape (n, 2)
        Inputs, none at the origin.
    y : ndarray of int, shape (n,)
        Labels in {-1, +1}; a point counts as an error when ``y (w . x) <= 0``.

    Returns
    -------
    int

    Examples
    --------
    >>> fewest_errors_through_origin(np.array([[1.0, 0.0], [-1.0, 0.0]]), np.array([1, -1]))
    0
    >>> fewest_errors_through_origin(np.array([[1.0, 0.0], [2.0, 0.0]]), np.array([1, -1]))
    1
    """
    phi = np.arctan2(X[:, 1], X[:, 0])
    critical = np.sort(np.mod(np.concatenate([phi + np.pi / 2, phi - np.pi / 2]), 2 * np.pi))
    gaps = np.diff(np.append(critical, critical[0] + 2 * np.pi))
    t = critical + gaps / 2
    W = np.column_stack([np.cos(t), np.sin(t)])
    return int((y[:, None] * (X @ W.T) <= 0).sum(axis=0).min())


def make_separable(n, rng):
    """``n`` points in [-1, 1]^2 labelled by the line ``2 x1 - x2 + 0.3 = 0``, margin >= 0.05.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray of int, shape (n,)
    """
    u = np.array([2.0, -1.0, 0.3]) / np.linalg.norm([2.0, -1.0, 0.3])
    X = rng.uniform(-1.0, 1.0, size=(4 * n, 2))
    s = X @ u[:2] + u[2]
    X = X[np.abs(s) >= 0.05][:n]
    return X, np.where(X @ u[:2] + u[2] > 0, 1, -1)


def main():
    X, y = make_separable(200, np.random.default_rng(0))

    print("zero initial weights, same visiting order (seed 1):")
    print("       lr  mistakes  epochs  w / lr == w(lr=1)  same predictions")
    w_one, _ = train_perceptron(X, y, lr=1.0, rng=np.random.default_rng(1))
    Xa = np.hstack([X, np.ones((len(X), 1))])
    for lr in [0.001, 0.1, 1.0, 10.0, 1000.0]:
        w, per_epoch = train_perceptron(X, y, lr=lr, rng=np.random.default_rng(1))
        scaled = np.allclose(w / lr, w_one, rtol=1e-12, atol=1e-12)
        same = np.array_equal(Xa @ w > 0, Xa @ w_one > 0)
        print(f"{lr:9g}  {sum(per_epoch):8d}  {len(per_epoch):6d}  {scaled!s:>17}  {same!s:>16}")

    w0 = np.random.default_rng(2).normal(size=3)
    print(f"\nrandom initial weights {np.array2string(w0, precision=3)}, same order:")
    print("       lr  mistakes  epochs")
    for lr in [0.001, 0.1, 1.0, 10.0, 1000.0]:
        w, per_epoch = train_perceptron(X, y, lr=lr, w0=w0, rng=np.random.default_rng(1))
        print(f"{lr:9g}  {sum(per_epoch):8d}  {len(per_epoch):6d}")

    print("\nzero initial weights, step lr * s(k) at the k-th update, same order:")
    print("  s(k)          lr  mistakes  epochs  direction of final w")
    schedules = {"1": lambda k: 1.0, "1/k": lambda k: 1.0 / k, "1/sqrt(k)": lambda k: k**-0.5}
    for name, schedule in schedules.items():
        for lr in [0.01, 100.0]:
            w, per_epoch = train_perceptron(
                X, y, lr=lr, rng=np.random.default_rng(1), schedule=schedule
            )
            direction = np.array2string(w / np.linalg.norm(w), precision=3, floatmode="fixed")
            print(f"  {name:9}  {lr:6g}  {sum(per_epoch):8d}  {len(per_epoch):6d}  {direction}")

    print("\nthe bias ('threshold') is a learned weight:")
    for bias in [True, False]:
        w, per_epoch = train_perceptron(X, y, bias=bias, rng=np.random.default_rng(1))
        status = f"converged in {len(per_epoch)} epochs" if per_epoch[-1] == 0 else "no clean epoch"
        print(
            f"  with bias={str(bias):5}: {status:23}  epochs run: {len(per_epoch):3d}"
            f"  mistakes in the last epoch: {per_epoch[-1]}"
        )
    print(
        "  fewest errors of any line through the origin (every direction checked):",
        fewest_errors_through_origin(X, y),
    )


if __name__ == "__main__":
    main()
