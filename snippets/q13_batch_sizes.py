"""Batch, mini-batch and stochastic gradient descent on the same least-squares problem.

All three use the update theta <- theta - eta * g; they differ in how many examples the gradient
estimate g averages over. With the same budget of 20 passes over the data (epochs), the program
reports how many updates each method made and how close it got to the exact least-squares
solution, and shows the noise floor of constant-step SGD that a decaying step removes.

Batch and mini-batch gradient descent use eta = 1/L, with L the largest curvature of the average
loss. Single-example SGD uses eta = 0.1/L: the loss of one example x_i has curvature ||x_i||^2,
which here exceeds 2L for about a third of the examples, so a step of 1/L would overshoot on them.
The noise floor grows with the step and shrinks with the batch size.
"""

import numpy as np


def mse(theta, X, y):
    """Least-squares loss ``1/(2n) ||X theta - y||^2``.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)

    Returns
    -------
    float

    Examples
    --------
    >>> mse(np.array([1.0]), np.array([[1.0], [2.0]]), np.array([1.0, 0.0]))
    1.0
    """
    r = X @ theta - y
    return 0.5 * float(r @ r) / len(y)


def mse_grad(theta, X, y):
    """Gradient of `mse`: ``X^T (X theta - y) / n``; on a batch, the batch average.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    X : ndarray, shape (b, d)
        The examples the gradient is estimated from (all n, a mini-batch, or one).
    y : ndarray, shape (b,)

    Returns
    -------
    ndarray, shape (d,)
    """
    return X.T @ (X @ theta - y) / len(y)


def make_problem(n, rng):
    """Linear data ``y = X theta_true + noise`` with features on different scales.

    Parameters
    ----------
    n : int
    rng : numpy.random.Generator

    Returns
    -------
    X : ndarray, shape (n, 5)
    y : ndarray, shape (n,)
    """
    scales = np.array([1.0, 0.7, 0.5, 0.3, 0.2])
    X = rng.standard_normal((n, 5)) * scales
    theta_true = rng.standard_normal(5)
    y = X @ theta_true + 0.1 * rng.standard_normal(n)
    return X, y


def minibatch_sgd(X, y, batch_size, lr, epochs, rng, decay=0.0):
    """Gradient descent on shuffled batches; ``batch_size = n`` is full-batch gradient descent.

    The step at update t is ``lr / (1 + decay * t)`` (``decay = 0``: constant step).

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    batch_size : int
        Divides n.
    lr : float
    epochs : int
    rng : numpy.random.Generator
        Shuffles the examples at every epoch.
    decay : float

    Returns
    -------
    theta : ndarray, shape (d,)
    history : list of ndarray
        ``theta`` after every epoch, the starting point first.
    updates : int
        Number of parameter updates made.
    """
    n = len(y)
    theta = np.zeros(X.shape[1])
    history, t = [theta.copy()], 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            theta = theta - lr / (1.0 + decay * t) * mse_grad(theta, X[batch], y[batch])
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
    """Train every method of `METHODS` on the same problem.

    Parameters
    ----------
    epochs : int
    seed : int

    Returns
    -------
    results : dict
        name -> (excess loss after each epoch as an ndarray of shape (epochs + 1,), updates, lr).
    L : float
        Largest eigenvalue of ``X^T X / n``.
    curvatures : ndarray, shape (n,)
        ``||x_i||^2``, the curvature of the loss of example i alone.
    """
    rng = np.random.default_rng(seed)
    X, y = make_problem(1024, rng)
    theta_star, *_ = np.linalg.lstsq(X, y, rcond=None)
    best = mse(theta_star, X, y)
    L = float(np.linalg.eigvalsh(X.T @ X / len(y)).max())
    results = {}
    for name, batch_size, lr_units, decay in METHODS:
        lr = lr_units / L
        _, history, updates = minibatch_sgd(X, y, batch_size, lr, epochs, rng, decay)
        excess = np.array([mse(theta, X, y) - best for theta in history])
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
    print("\nlowest and highest excess loss over epochs 2 to 20")
    for name, (excess, _, _) in results.items():
        print(f"  {name:20s}{max(excess[2:].min(), 0.0):10.1e}{excess[2:].max():10.1e}")


if __name__ == "__main__":
    main()
