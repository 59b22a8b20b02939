"""Batch, mini-batch and stochastic gradient descent on one least-squares problem, equal budget.

All use theta <- theta - eta * g; they differ in how many examples g averages over. Single-example
SGD uses eta = 0.1/L: one example's loss has curvature ||x_i||^2, above 2L for a third of them.
The table is seed 0; the summary repeats the whole comparison for seeds 0 to 9.
"""

import numpy as np


def least_squares(theta, X, y):
    """Least-squares loss ``||X theta - y||^2 / (2n)`` for ``X`` (n, d) and ``y`` (n,).

    >>> least_squares(np.array([1.0]), np.array([[1.0], [2.0]]), np.array([1.0, 0.0]))
    1.0
    """
    r = X @ theta - y
    return 0.5 * float(r @ r) / len(y)


def least_squares_grad(theta, X, y):
    """Gradient ``X^T (X theta - y) / b`` of `least_squares` on the b rows given, shape (d,)."""
    return X.T @ (X @ theta - y) / len(y)


def make_problem(n, rng):
    """``X`` (n, 5) with features on different scales, ``y = X theta_true + noise`` (n,)."""
    scales = np.array([1.0, 0.7, 0.5, 0.3, 0.2])
    X = rng.standard_normal((n, 5)) * scales
    theta_true = np.array([1.0, -1.0, 1.0, -1.0, 1.0])
    y = X @ theta_true + 0.1 * rng.standard_normal(n)
    return X, y


def minibatch_sgd(X, y, batch_size, lr, epochs, rng, decay=0.0):
    """Gradient descent on shuffled batches (``batch_size = n``: full batch), step ``lr / (1 + decay t)``.

    Returns the final ``theta`` (d,), ``theta`` after every epoch (start first), the update count.
    """
    n = len(y)
    theta = np.zeros(X.shape[1])
    history, t = [theta.copy()], 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            theta = theta - lr / (1.0 + decay * t) * least_squares_grad(theta, X[batch], y[batch])
            t += 1
        history.append(theta.copy())
    return theta, history, t


METHODS = [
    # name, batch size, learning rate in units of 1/L, decay
    ("batch GD", 1024, 1.0, 0.0),
    ("mini-batch 32", 32, 1.0, 0.0),
    ("SGD (batch 1)", 1, 0.1, 0.0),
    ("SGD, decaying step", 1, 0.1, 0.002),
]


def run_all(epochs=20, seed=0):
    """Run every method of `METHODS`: {name: (excess loss per epoch (epochs + 1,), updates, lr)},
    ``L = lambda_max(X^T X / n)`` and every example's own curvature ``||x_i||^2`` (n,)."""
    rng = np.random.default_rng(seed)
    X, y = make_problem(1024, rng)
    theta_star, *_ = np.linalg.lstsq(X, y, rcond=None)
    best = least_squares(theta_star, X, y)
    L = float(np.linalg.eigvalsh(X.T @ X / len(y)).max())
    results = {}
    for name, batch_size, lr_units, decay in METHODS:
        lr = lr_units / L
        _, history, updates = minibatch_sgd(X, y, batch_size, lr, epochs, rng, decay)
        excess = np.array([least_squares(theta, X, y) - best for theta in history])
        results[name] = (excess, updates, lr)
    return results, L, np.sum(X**2, axis=1)


def main():
    epochs = 20
    results, L, curvatures = run_all(epochs)
    print(f"least squares, n = 1024 examples, 5 features; L = lambda_max(X^T X / n) = {L:.4f}")
    print(
        f"one example's curvature ||x_i||^2: mean {curvatures.mean():.2f}, "
        f"max {curvatures.max():.1f}, above 2L for {np.mean(curvatures > 2 * L):.0%} of them"
    )
    print(f"same budget for every method: {epochs} epochs = {epochs * 1024} example-gradients\n")
    print("excess loss  loss(theta) - loss(theta*)  after epoch")
    columns = [1, 2, 5, 10, 20]
    print(f"  {'method':20s}{'eta*L':>6s}{'updates':>8s}" + "".join(f"{c:>10d}" for c in columns))
    for name, (excess, updates, lr) in results.items():
        print(
            f"  {name:20s}{lr * L:6.2f}{updates:8d}"
            + "".join(f"{max(excess[c], 0.0):10.1e}" for c in columns)
        )
    finals = {name: [] for name in results}
    floors = {name: [] for name in results}
    for seed in range(10):
        for name, (excess, _, _) in run_all(epochs, seed)[0].items():
            finals[name].append(excess[-1])
            floors[name].extend(excess[2:])
    print("\nseeds 0 to 9: excess loss after epoch 20, and its range over epochs 2 to 20")
    print(f"  {'method':20s}{'lowest':>10s}{'median':>10s}{'highest':>10s}{'range 2-20':>21s}")
    for name in results:
        lo, med, hi = np.min(finals[name]), np.median(finals[name]), np.max(finals[name])
        low, high = max(np.min(floors[name]), 0.0), np.max(floors[name])
        print(f"  {name:20s}{lo:10.1e}{med:10.1e}{hi:10.1e}{low:10.1e} to {high:7.1e}")


if __name__ == "__main__":
    main()
