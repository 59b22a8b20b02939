"""What the learning rate and the bias do in perceptron training."""

import numpy as np


def train_perceptron(
    X, y, lr=1.0, w0=None, bias=True, max_epochs=100, rng=None, schedule=None, margin=0.0
):
    """Perceptron rule until a clean epoch; X (n, d), y (n,) in ±1; returns w and mistakes per epoch.

    ``w0`` starts elsewhere than zero, ``bias=False`` drops the constant-1 input,
    ``schedule(k)`` multiplies ``lr`` at the k-th update (k = 1, 2, ...), and ``margin`` counts
    ``y w.x <= margin`` as a mistake.
    """
    Xa = np.hstack([X, np.ones((len(X), 1))]) if bias else X
    w = np.zeros(Xa.shape[1]) if w0 is None else np.array(w0, dtype=float)
    per_epoch, updates = [], 0
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            if y[i] * (Xa[i] @ w) <= margin:
                updates += 1
                step = lr if schedule is None else lr * schedule(updates)
                w = w + step * y[i] * Xa[i]
                mistakes += 1
        per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return w, per_epoch


def fewest_errors_through_origin(X, y):
    """Fewest errors (y w.x <= 0) of any line through the origin, exact; X (n, 2), y (n,).

    The errors of w = (cos t, sin t) change only where w turns perpendicular to a point, so one
    direction between each pair of neighbouring critical angles covers every line.

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
    """n points (n, 2) in [-1, 1]^2 labelled ±1 by the line 2 x1 - x2 + 0.3 = 0, margin >= 0.05."""
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

    print("\nzero initial weights, mistake test y w.x <= 1 (a margin), same order:")
    print("       lr  mistakes  epochs")
    for lr in [0.01, 0.1, 1.0, 10.0]:
        w, per_epoch = train_perceptron(X, y, lr=lr, rng=np.random.default_rng(1), margin=1.0)
        print(f"{lr:9g}  {sum(per_epoch):8d}  {len(per_epoch):6d}")

    print("\nthe bias ('threshold') is a learned weight:")
    print("  bias input  epochs run  mistakes in the last epoch")
    for bias in [True, False]:
        w, per_epoch = train_perceptron(X, y, bias=bias, rng=np.random.default_rng(1))
        print(f"  {'yes' if bias else 'no':10}  {len(per_epoch):10d}  {per_epoch[-1]:26d}")
    fewest = fewest_errors_through_origin(X, y)
    print(f"  fewest errors of any line through the origin (exact): {fewest}")


if __name__ == "__main__":
    main()
