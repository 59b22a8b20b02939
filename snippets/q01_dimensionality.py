"""Does deep learning "solve the dimensionality issue"? It exploits structure that gradients see.

Part 1 shows the curse of dimensionality for points with independent coordinates: as the
dimension grows, the nearest and the farthest of 1000 random points sit at almost the same
distance, so "nearby" stops meaning anything.

Parts 2 to 4 use 1000 points in {-1, +1}^30 whose label depends on only 5 of the 30 inputs, in
two ways: "sum" (label 1 when |x1 + ... + x5| = 1) and "parity" (label 1 when x1 * ... * x5 = 1).
Both have the same low-dimensional structure; they differ in how visible it is to a gradient.

* Part 2 splits each target into Fourier degrees (exactly, over all 32 cases of the 5 inputs):
  the sum target is mostly pairwise correlations, which a gradient can detect; the parity is a
  single degree-5 term, uncorrelated with every lower-order function of the inputs.
* Part 3 trains a 15-nearest-neighbour classifier (on all 30 inputs, and on the 5 relevant ones)
  and a small MLP (300 full-batch Adam steps). On the sum target the MLP puts its first-layer
  weight on the 5 relevant inputs and is perfect, while the 25 irrelevant inputs drown the
  neighbours. On the parity the same MLP, data and budget memorise the training set instead.
* Part 4 solves the parity with a method that knows its structure: linear algebra over GF(2).
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


def label(name, x):
    """The label of rows ``x`` (shape (n, k), values +-1) under target ``name``.

    Parameters
    ----------
    name : {"sum", "parity"}
        ``sum``: 1 when |x_1 + ... + x_k| = 1 (depends on the inputs only through their sum);
        ``parity``: 1 when x_1 * ... * x_k = 1 (flips whenever any one of the k inputs flips).
    x : ndarray, shape (n, k)

    Returns
    -------
    ndarray, shape (n,), values in {0.0, 1.0}

    Examples
    --------
    >>> label("sum", np.array([[1.0, 1.0, -1.0, -1.0, 1.0]])).tolist()
    [1.0]
    >>> label("parity", np.array([[1.0, 1.0, -1.0, -1.0, -1.0]])).tolist()
    [0.0]
    """
    if name == "sum":
        return (np.abs(x.sum(axis=1)) == 1).astype(float)
    if name == "parity":
        return (np.prod(x, axis=1) == 1).astype(float)
    raise ValueError(f"unknown task {name!r}")


def fourier_weights(name, k=5):
    """Share of the label's variance carried by each Fourier degree 1..k, computed exactly.

    On {-1, +1}^k every function is a sum of coefficients times products of inputs
    (``x_S = prod_{i in S} x_i``); the coefficient of ``x_S`` is the mean of ``label * x_S`` over
    all 2^k cases, and the squares of the coefficients of degree |S| add up to that degree's
    share of the variance.

    Returns
    -------
    ndarray, shape (k,)
        Entry ``j`` is the share of degree ``j + 1``; the entries sum to 1.
    """
    cases = 1.0 - 2.0 * ((np.arange(2**k)[:, None] >> np.arange(k)) & 1)  # all 2^k rows of +-1
    y = label(name, cases)
    weights = np.zeros(k)
    for subset in range(1, 2**k):
        members = ((subset >> np.arange(k)) & 1).astype(bool)
        weights[members.sum() - 1] += np.mean(y * np.prod(cases[:, members], axis=1)) ** 2
    return weights / y.var()


def make_task(name, n, dim, rng, k=5):
    """Inputs in {-1, +1}^dim whose label depends only on the first ``k`` coordinates.

    Parameters
    ----------
    name : {"sum", "parity"}
        The target, as in `label`.
    n, dim, k : int
    rng : numpy.random.Generator

    Returns
    -------
    x : ndarray, shape (n, dim)
    y : ndarray, shape (n,), values in {0.0, 1.0}
    """
    x = 2.0 * rng.integers(0, 2, size=(n, dim)) - 1.0
    return x, label(name, x[:, :k])


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


def solve_gf2(a, b):
    """The unique solution ``s`` of ``a s = b`` over GF(2) (arithmetic modulo 2), or None.

    Gauss-Jordan elimination with XOR as addition. None when the rows do not determine ``s``
    (rank below the number of unknowns) or contradict each other.

    Parameters
    ----------
    a : ndarray, shape (m, d), values in {0, 1}
    b : ndarray, shape (m,), values in {0, 1}

    Returns
    -------
    ndarray, shape (d,), values in {0, 1}, or None

    Examples
    --------
    >>> solve_gf2(np.array([[1, 1], [0, 1]]), np.array([1, 1])).tolist()
    [0, 1]
    >>> solve_gf2(np.array([[1, 1], [1, 1]]), np.array([1, 1])) is None
    True
    """
    m = np.concatenate([a, b[:, None]], axis=1).astype(np.uint8) % 2
    d = a.shape[1]
    for col in range(d):
        candidates = np.flatnonzero(m[col:, col])
        if len(candidates) == 0:
            return None
        pivot = col + candidates[0]
        m[[col, pivot]] = m[[pivot, col]]
        others = m[:, col].astype(bool)
        others[col] = False
        m[others] ^= m[col]
    if m[d:, -1].any():
        return None
    return m[:d, -1].copy()


def find_parity_inputs(x, y):
    """Which inputs a parity label multiplies, from the fewest leading rows that determine them.

    With bits ``b = (1 - x) / 2``, the label is 0 exactly when an odd number of the chosen inputs
    is -1, so ``b s = 1 - y`` modulo 2 for the indicator vector ``s`` of the chosen inputs.

    Parameters
    ----------
    x : ndarray, shape (n, d), values +-1
    y : ndarray, shape (n,), values in {0.0, 1.0}

    Returns
    -------
    inputs : ndarray of int
        Indices of the chosen inputs, or None if all ``n`` rows do not determine them.
    rows : int
        How many leading rows were needed.
    """
    bits, target = (x < 0).astype(np.uint8), (y == 0).astype(np.uint8)
    for rows in range(x.shape[1], len(y) + 1):
        s = solve_gf2(bits[:rows], target[:rows])
        if s is not None:
            return np.flatnonzero(s), rows
    return None, len(y)


def main():
    rng = np.random.default_rng(0)
    print("1) distance contrast (farthest - nearest) / nearest, 1000 uniform points")
    for dim in (2, 10, 100, 1000):
        print(f"   d = {dim:4d}: {distance_contrast(dim, 1000, rng):7.2f}")

    print("2) share of each target's variance by Fourier degree in the 5 relevant inputs")
    print("   target " + "".join(f"{f'degree {j}':>10s}" for j in range(1, 6)))
    for name in ("sum", "parity"):
        print(f"   {name:7s}" + "".join(f"{w:10.0%}" for w in fourier_weights(name)))

    dim, n_train, n_test, k = 30, 1000, 2000, 5
    print(f"3) label depends on {k} of {dim} inputs; {n_train} training, {n_test} test points")
    print(
        f"   {'target':7s} {'majority':>9s} {'15-NN':>6s} {'15-NN on 5':>11s}"
        f" {'MLP train':>10s} {'MLP test':>9s} {'MLP weight on 5':>16s}"
    )
    parity_data = None
    for name in ("sum", "parity"):
        x_train, y_train = make_task(name, n_train, dim, rng)
        x_test, y_test = make_task(name, n_test, dim, rng)
        base = max(y_test.mean(), 1 - y_test.mean())
        knn = np.mean(knn_predict(x_train, y_train, x_test) == y_test)
        knn_k = np.mean(knn_predict(x_train[:, :k], y_train, x_test[:, :k]) == y_test)
        params = train_mlp(x_train, y_train, rng)
        fit = np.mean(mlp_predict(params, x_train) == y_train)
        test = np.mean(mlp_predict(params, x_test) == y_test)
        share = np.sum(params["W1"][:k] ** 2) / np.sum(params["W1"] ** 2)
        print(
            f"   {name:7s} {base:9.0%} {knn:6.0%} {knn_k:11.0%}"
            f" {fit:10.0%} {test:9.0%} {share:16.0%}"
        )
        parity_data = (x_train, y_train, x_test, y_test)
    print(f"   (at initialisation the {k} relevant inputs hold about {k}/{dim} = {k / dim:.0%})")

    x_train, y_train, x_test, y_test = parity_data
    inputs, rows = find_parity_inputs(x_train, y_train)
    predicted = (np.prod(x_test[:, inputs], axis=1) == 1).astype(float)
    names = ", ".join(f"x{j + 1}" for j in inputs)
    print("4) parity by linear algebra over GF(2) (modulo 2)")
    print(f"   the first {rows} training rows determine the inputs {names}")
    print(f"   test accuracy of their parity: {np.mean(predicted == y_test):.0%}")


if __name__ == "__main__":
    main()
