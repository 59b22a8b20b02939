"""Does deep learning "solve the dimensionality issue"? Only where there is structure to learn.

Part 1 shows the curse of dimensionality: as the dimension grows, the nearest and the farthest
of 1000 random points sit at almost the same distance, so "nearby" stops meaning anything.

Part 2 trains two learners on 1000 points in 30 dimensions, where the label depends on only 5
of the 30 inputs. A k-nearest-neighbour classifier measures distance in all 30 dimensions, so
the 25 irrelevant ones drown the signal. A small MLP learns which directions matter, and wins
on a smooth target. On a target that depends on the same 5 inputs but flips with every one of
them (their parity), the same MLP, data and training fail: depth did not remove the difficulty.
"""

import numpy as np


def distance_contrast(dim, n, rng):
    """Relative contrast (farthest - nearest) / nearest from the origin to ``n`` points.

    Parameters
    ----------
    dim : int
    n : int
    rng : numpy.random.Generator

    Returns
    -------
    float
        Large when neighbours are meaningful, near 0 when all points are equally far.
    """
    points = rng.uniform(-1.0, 1.0, size=(n, dim))
    dist = np.sqrt(np.sum(points**2, axis=1))
    return float((dist.max() - dist.min()) / dist.min())


def make_task(name, n, dim, rng, k=5):
    """Inputs in {-1, +1}^dim whose label depends only on the first ``k`` coordinates.

    Parameters
    ----------
    name : {"smooth", "parity"}
        ``smooth``: label 1 when |x_1 + ... + x_k| = 1 (a function of one direction);
        ``parity``: label 1 when x_1 * ... * x_k = 1 (flips whenever any of the k flips).
    n, dim, k : int
    rng : numpy.random.Generator

    Returns
    -------
    x : ndarray, shape (n, dim)
    y : ndarray, shape (n,), values in {0.0, 1.0}
    """
    x = 2.0 * rng.integers(0, 2, size=(n, dim)) - 1.0
    if name == "smooth":
        y = (np.abs(x[:, :k].sum(axis=1)) == 1).astype(float)
    elif name == "parity":
        y = (np.prod(x[:, :k], axis=1) == 1).astype(float)
    else:
        raise ValueError(f"unknown task {name!r}")
    return x, y


def knn_predict(x_train, y_train, x_test, k=15):
    """Majority vote of the ``k`` nearest training points (Euclidean).

    Distances between +-1 vectors tie often; a stable sort breaks ties by training index, so the
    result does not depend on the sorting algorithm. A tied vote goes to class 1.

    Returns
    -------
    ndarray, shape (n_test,), values in {0.0, 1.0}
    """
    # squared distances via |a|^2 + |b|^2 - 2 a.b; exact here because inputs are +-1
    d2 = (x_test**2).sum(1)[:, None] + (x_train**2).sum(1)[None, :] - 2.0 * x_test @ x_train.T
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
    return (y_train[nearest].mean(axis=1) >= 0.5).astype(float)


def mlp_loss_and_grad(params, x, y):
    """Mean binary cross-entropy of ``x -> ReLU(x W1 + b1) w2 + b2`` and its gradient.

    Parameters
    ----------
    params : dict
        ``W1`` (d, h), ``b1`` (h,), ``w2`` (h,), ``b2`` (1,).
    x : ndarray, shape (n, d)
    y : ndarray, shape (n,)

    Returns
    -------
    loss : float
    grads : dict
        Same keys and shapes as ``params``.
    """
    pre = x @ params["W1"] + params["b1"]
    h = np.maximum(pre, 0.0)
    z = h @ params["w2"] + params["b2"][0]
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    dz = (0.5 * (1.0 + np.tanh(0.5 * z)) - y) / len(y)  # sigmoid(z) - y, averaged
    dpre = np.outer(dz, params["w2"]) * (pre > 0)
    grads = {
        "W1": x.T @ dpre,
        "b1": dpre.sum(axis=0),
        "w2": h.T @ dz,
        "b2": np.array([dz.sum()]),
    }
    return loss, grads


def train_mlp(x, y, rng, hidden=32, steps=300, lr=0.01):
    """Train the MLP with Adam (full batch); return ``params`` as in `mlp_loss_and_grad`."""
    d = x.shape[1]
    params = {
        "W1": rng.normal(0.0, np.sqrt(2.0 / d), size=(d, hidden)),
        "b1": np.zeros(hidden),
        "w2": rng.normal(0.0, np.sqrt(1.0 / hidden), size=hidden),
        "b2": np.zeros(1),
    }
    m = {key: np.zeros_like(value) for key, value in params.items()}
    v = {key: np.zeros_like(value) for key, value in params.items()}
    for t in range(1, steps + 1):
        _, grads = mlp_loss_and_grad(params, x, y)
        for key in params:
            m[key] = 0.9 * m[key] + 0.1 * grads[key]
            v[key] = 0.999 * v[key] + 0.001 * grads[key] ** 2
            m_hat, v_hat = m[key] / (1 - 0.9**t), v[key] / (1 - 0.999**t)
            params[key] = params[key] - lr * m_hat / (np.sqrt(v_hat) + 1e-8)
    return params


def mlp_predict(params, x):
    """Class predictions in {0.0, 1.0} for inputs ``x`` of shape (n, d)."""
    z = np.maximum(x @ params["W1"] + params["b1"], 0.0) @ params["w2"] + params["b2"][0]
    return (z > 0).astype(float)


def main():
    rng = np.random.default_rng(0)
    print("1) distance contrast (farthest - nearest) / nearest, 1000 uniform points")
    for dim in (2, 10, 100, 1000):
        print(f"   d = {dim:4d}: {distance_contrast(dim, 1000, rng):7.2f}")

    dim, n_train, n_test = 30, 1000, 2000
    print(f"2) label depends on 5 of {dim} inputs; {n_train} training points")
    print(
        f"   {'target':7s} {'majority class':>15s} {'15-NN':>6s} {'MLP train':>10s} {'MLP test':>9s}"
    )
    for name in ("smooth", "parity"):
        x_train, y_train = make_task(name, n_train, dim, rng)
        x_test, y_test = make_task(name, n_test, dim, rng)
        base = max(y_test.mean(), 1 - y_test.mean())
        knn = np.mean(knn_predict(x_train, y_train, x_test) == y_test)
        params = train_mlp(x_train, y_train, rng)
        fit = np.mean(mlp_predict(params, x_train) == y_train)
        test = np.mean(mlp_predict(params, x_test) == y_test)
        print(f"   {name:7s} {base:15.0%} {knn:6.0%} {fit:10.0%} {test:9.0%}")


if __name__ == "__main__":
    main()
