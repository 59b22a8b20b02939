"""A single-layer model cannot fit XOR; a two-layer network trained by backpropagation can.

The single layer (logistic regression, trained by gradient descent) ends at the loss ln 2 = 0.6931
and predicts 0.5 for every input: no line separates XOR. A hidden layer of tanh units followed by
a sigmoid output, trained by backpropagation on the same loss, drives the loss towards 0. The
last parts show that a solution existing is not the same as gradient descent finding it: a failed
start fits two points and leaves two at P = 0.5, a loss of (ln 2) / 2 that longer training only
approaches, and identical initial weights never become different.
"""

import numpy as np

X_XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y_XOR = np.array([0.0, 1.0, 1.0, 0.0])


def sigmoid(z):
    """Logistic function ``1 / (1 + exp(-z))``, elementwise, without overflow.

    Examples
    --------
    >>> sigmoid(np.array([0.0])).tolist()
    [0.5]
    """
    return np.exp(-np.logaddexp(0.0, -z))


def bce_from_logits(z, y):
    """Mean binary cross-entropy of labels ``y`` in {0, 1} given logits ``z``, both shape (n,).

    Computed as ``mean(log(1 + exp(z)) - y z)``, which is stable for large ``|z|``.

    Examples
    --------
    >>> print(f"{bce_from_logits(np.zeros(4), np.array([0.0, 1.0, 1.0, 0.0])):.4f}")
    0.6931
    """
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def logistic_loss(w, X, y):
    """Loss of the single-layer model ``sigmoid(X w[:2] + w[2])``.

    Parameters
    ----------
    w : ndarray, shape (d + 1,)
        Weights, bias last.
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
        Labels in {0, 1}.

    Returns
    -------
    float
    """
    return bce_from_logits(X @ w[:-1] + w[-1], y)


def logistic_grad(w, X, y):
    """Gradient of `logistic_loss` with respect to ``w``, shape (d + 1,)."""
    r = (sigmoid(X @ w[:-1] + w[-1]) - y) / len(y)
    return np.append(X.T @ r, r.sum())


def init_mlp(hidden, rng):
    """Weights of a 2-``hidden``-1 network, drawn from N(0, 1); biases zero.

    Returns
    -------
    dict
        ``W1`` (2, hidden), ``b1`` (hidden,), ``W2`` (hidden,), ``b2`` (scalar array).
    """
    return {
        "W1": rng.normal(size=(2, hidden)),
        "b1": np.zeros(hidden),
        "W2": rng.normal(size=hidden),
        "b2": np.zeros(()),
    }


def mlp_forward(params, X):
    """Forward pass: ``h = tanh(X W1 + b1)``, logit ``z = h W2 + b2``.

    Parameters
    ----------
    params : dict
        As returned by `init_mlp`.
    X : ndarray, shape (n, 2)

    Returns
    -------
    z : ndarray, shape (n,)
        Output logits; ``sigmoid(z)`` is the predicted probability of class 1.
    cache : dict
        ``X`` and the hidden activations ``h`` (n, hidden), for `mlp_backward`.
    """
    h = np.tanh(X @ params["W1"] + params["b1"])
    return h @ params["W2"] + params["b2"], {"X": X, "h": h}


def mlp_loss(params, X, y):
    """Mean binary cross-entropy of the network on ``(X, y)``, labels in {0, 1}."""
    return bce_from_logits(mlp_forward(params, X)[0], y)


def mlp_backward(params, cache, z, y):
    """Backpropagation: gradient of `mlp_loss` with respect to every parameter.

    Parameters
    ----------
    params : dict
        As returned by `init_mlp`.
    cache : dict
        From `mlp_forward`.
    z : ndarray, shape (n,)
        Logits from `mlp_forward`.
    y : ndarray, shape (n,)
        Labels in {0, 1}.

    Returns
    -------
    dict
        Same keys and shapes as ``params``.
    """
    dz = (sigmoid(z) - y) / len(y)  # d loss / d z, shape (n,)
    dh = np.outer(dz, params["W2"])  # shape (n, hidden)
    da = dh * (1.0 - cache["h"] ** 2)  # through tanh, shape (n, hidden)
    return {
        "W1": cache["X"].T @ da,
        "b1": da.sum(axis=0),
        "W2": cache["h"].T @ dz,
        "b2": np.array(dz.sum()),
    }


def train_mlp(params, epochs=1000, lr=1.0, report=()):
    """Full-batch gradient descent on XOR from ``params``; prints the loss at epochs in ``report``.

    Returns
    -------
    dict
        The trained parameters (``params`` itself is not modified).
    """
    for epoch in range(epochs + 1):
        z, cache = mlp_forward(params, X_XOR)
        if epoch in report:
            print(f"  epoch {epoch:5d}  loss {bce_from_logits(z, Y_XOR):.4f}")
        if epoch == epochs:
            break
        grads = mlp_backward(params, cache, z, Y_XOR)
        params = {k: params[k] - lr * grads[k] for k in params}
    return params


def main():
    print("single layer (logistic regression), gradient descent from random weights:")
    w = np.random.default_rng(0).normal(size=3)
    for epoch in range(5001):
        if epoch in (0, 100, 1000, 5000):
            print(f"  epoch {epoch:5d}  loss {logistic_loss(w, X_XOR, Y_XOR):.4f}")
        w = w - 1.0 * logistic_grad(w, X_XOR, Y_XOR)
    p = sigmoid(X_XOR @ w[:2] + w[2])
    print(
        "  predicted P(y=1) for 00, 01, 10, 11:",
        np.array2string(p, precision=3, floatmode="fixed", suppress_small=True),
    )

    grid = np.linspace(-3, 3, 25)
    best = max(
        int(np.sum((X_XOR @ np.array([a, b]) + c > 0) == (Y_XOR == 1)))
        for a in grid
        for b in grid
        for c in grid
    )
    print(f"  best of {grid.size**3} linear threshold units: {best} of 4 points right")

    print("\ntwo layers (2 tanh hidden units + sigmoid output), backpropagation:")
    params = train_mlp(
        init_mlp(2, np.random.default_rng(0)), 3000, report=(0, 100, 500, 1000, 3000)
    )
    p = sigmoid(mlp_forward(params, X_XOR)[0])
    print(
        "  predicted P(y=1) for 00, 01, 10, 11:",
        np.array2string(p, precision=3, floatmode="fixed", suppress_small=True),
    )
    print(f"  predicted labels: {(p > 0.5).astype(int).tolist()}  (XOR: [0, 1, 1, 0])")

    print("\nsame training, 20 random initialisations each (solved = all 4 right, loss < 0.1):")
    for hidden in (2, 3, 8):
        unsolved = []
        for seed in range(20):
            z, _ = mlp_forward(train_mlp(init_mlp(hidden, np.random.default_rng(seed))), X_XOR)
            loss = bce_from_logits(z, Y_XOR)
            if not (np.all((z > 0) == (Y_XOR == 1)) and loss < 0.1):
                unsolved.append(loss)
        ending = f", the others end near loss {np.median(unsolved):.3f}" if unsolved else ""
        print(f"  {hidden} hidden units: solved {20 - len(unsolved)} of 20{ending}")

    print("\none failed start (2 hidden units, seed 2), trained longer:")
    short = train_mlp(init_mlp(2, np.random.default_rng(2)))
    longer = train_mlp(short, 10000)
    for label, params in [("after  1000 epochs", short), ("after 11000 epochs", longer)]:
        z, _ = mlp_forward(params, X_XOR)
        p = np.array2string(sigmoid(z), precision=3, floatmode="fixed", suppress_small=True)
        print(f"  {label}: P(y=1) = {p}, loss {bce_from_logits(z, Y_XOR):.4f}")
    print(f"  (ln 2) / 2 = {np.log(2) / 2:.4f}: the loss of two points fitted and two left at 0.5")

    print("\nconstant initialisation (8 hidden units, every weight 0.5):")
    same = {
        "W1": np.full((2, 8), 0.5),
        "b1": np.zeros(8),
        "W2": np.full(8, 0.5),
        "b2": np.zeros(()),
    }
    params = train_mlp(same, 3000)
    z, _ = mlp_forward(params, X_XOR)
    identical = np.allclose(params["W1"], params["W1"][:, :1]) and np.allclose(
        params["W2"], params["W2"][0]
    )
    print(f"  after 3000 epochs the 8 hidden units are still identical: {identical}")
    print(
        f"  loss {bce_from_logits(z, Y_XOR):.4f}, predicted labels {(z > 0).astype(int).tolist()}"
    )


if __name__ == "__main__":
    main()
