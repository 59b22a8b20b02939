"""Where a network wins: data with structure that an architecture can build in.

Each example is a noisy 1-D signal of length 32 that contains one of two short motifs at a random
position; the task is to say which motif. The label does not depend on *where* the motif is.
Three models learn from the same few examples:

* logistic regression on the 32 raw values;
* a dense MLP (32 -> 32 ReLU -> 1);
* a tiny convolutional network: 4 filters of width 4 slid along the signal (the same weights at
  every position), ReLU, the maximum over positions, then a linear read-out.

The convolution assumes that a pattern means the same thing wherever it occurs, which is true
here, so it learns from 20 examples what the dense models cannot learn from 320. Its designer also
knew the motif width (the filters are exactly as wide) and that only presence matters (the
maximum over positions). Logistic regression has almost nothing to work with: both motifs sum to
zero, so once the position is averaged out the two classes have the same mean signal, except
within 3 samples of the ends. The last line teaches the dense network the same invariance from
data instead: it is trained on all 32 circular shifts of each training signal.
"""

import numpy as np

MOTIFS = np.array([[1.0, 1.0, -1.0, -1.0], [1.0, -1.0, 1.0, -1.0]])


def make_signals(n, rng, length=32, noise=0.8):
    """``n`` signals, each Gaussian noise plus motif 0 or 1 at a uniformly random position.

    Returns
    -------
    x : ndarray, shape (n, length)
    y : ndarray, shape (n,)
        Which motif, in {0.0, 1.0}.
    """
    y = rng.integers(0, 2, size=n)
    x = noise * rng.normal(size=(n, length))
    starts = rng.integers(0, length - MOTIFS.shape[1] + 1, size=n)
    for i in range(n):
        x[i, starts[i] : starts[i] + MOTIFS.shape[1]] += 2.0 * MOTIFS[y[i]]
    return x, y.astype(float)


def windows(x, width):
    """All length-``width`` windows of each signal: shape (n, length - width + 1, width).

    Examples
    --------
    >>> windows(np.arange(5.0)[None, :], 3)[0].tolist()
    [[0.0, 1.0, 2.0], [1.0, 2.0, 3.0], [2.0, 3.0, 4.0]]
    """
    return np.lib.stride_tricks.sliding_window_view(x, width, axis=1)


def conv_forward(params, x):
    """Logit of the convolutional model, shape (n,), and what the backward pass needs.

    Parameters
    ----------
    params : dict
        ``K`` filters (width, f), ``c`` filter biases (f,), ``v`` read-out (f,), ``b`` (1,).
    x : ndarray, shape (n, length)
    """
    pre = windows(x, params["K"].shape[0]) @ params["K"] + params["c"]  # (n, positions, f)
    where = pre.argmax(axis=1)  # (n, f): position of the strongest response of each filter
    pooled = np.maximum(np.take_along_axis(pre, where[:, None, :], axis=1)[:, 0, :], 0.0)
    return pooled @ params["v"] + params["b"][0], (pre, where, pooled)


def bce(z, y):
    """Mean binary cross-entropy of logits ``z`` (n,) against labels ``y`` (n,)."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def conv_grad(params, x, y):
    """Gradient of ``bce(conv_forward(params, x)[0], y)``; same keys and shapes as ``params``.

    The maximum over positions passes the gradient to the winning position only; ReLU passes it
    only where the pooled response is positive.
    """
    z, (pre, where, pooled) = conv_forward(params, x)
    dz = (0.5 * (1.0 + np.tanh(0.5 * z)) - y) / len(y)  # sigmoid(z) - y, averaged
    dpooled = np.outer(dz, params["v"]) * (pooled > 0)  # (n, f)
    win = np.take_along_axis(windows(x, params["K"].shape[0]), where[:, :, None], axis=1)
    # win[i, j] is the input window that filter j responded to most strongly in example i
    return {
        "K": np.einsum("njw,nj->wj", win, dpooled),
        "c": dpooled.sum(axis=0),
        "v": pooled.T @ dz,
        "b": np.array([dz.sum()]),
    }


def dense_forward(params, x):
    """Logit of the dense MLP ``x -> ReLU(x W + c) v + b``, shape (n,), and the hidden layer."""
    h = np.maximum(x @ params["W"] + params["c"], 0.0)
    return h @ params["v"] + params["b"][0], h


def dense_grad(params, x, y):
    """Gradient of ``bce(dense_forward(params, x)[0], y)``; same keys and shapes as ``params``."""
    z, h = dense_forward(params, x)
    dz = (0.5 * (1.0 + np.tanh(0.5 * z)) - y) / len(y)
    dh = np.outer(dz, params["v"]) * (h > 0)
    return {"W": x.T @ dh, "c": dh.sum(axis=0), "v": h.T @ dz, "b": np.array([dz.sum()])}


def linear_forward(params, x):
    """Logit of logistic regression on the raw signal, shape (n,)."""
    return x @ params["W"] + params["b"][0], None


def linear_grad(params, x, y):
    """Gradient of ``bce(linear_forward(params, x)[0], y)``."""
    z, _ = linear_forward(params, x)
    dz = (0.5 * (1.0 + np.tanh(0.5 * z)) - y) / len(y)
    return {"W": x.T @ dz, "b": np.array([dz.sum()])}


def init(model, rng, length=32, width=4, filters=4, hidden=32):
    """Initial parameters of ``model`` in {"linear", "dense", "conv"}."""
    if model == "linear":
        return {"W": np.zeros(length), "b": np.zeros(1)}
    if model == "dense":
        return {
            "W": rng.normal(0.0, np.sqrt(2.0 / length), size=(length, hidden)),
            "c": np.zeros(hidden),
            "v": rng.normal(0.0, np.sqrt(1.0 / hidden), size=hidden),
            "b": np.zeros(1),
        }
    return {
        "K": rng.normal(0.0, np.sqrt(2.0 / width), size=(width, filters)),
        "c": np.full(filters, 0.1),
        "v": rng.normal(0.0, np.sqrt(1.0 / filters), size=filters),
        "b": np.zeros(1),
    }


MODELS = {
    "linear": (linear_forward, linear_grad),
    "dense": (dense_forward, dense_grad),
    "conv": (conv_forward, conv_grad),
}


def train(model, x, y, rng, steps=300, lr=0.03, weight_decay=1e-3):
    """Full-batch Adam with weight decay; returns the trained parameters."""
    params = init(model, rng, length=x.shape[1])
    grad_fn = MODELS[model][1]
    m = {k: np.zeros_like(p) for k, p in params.items()}
    s = {k: np.zeros_like(p) for k, p in params.items()}
    for t in range(1, steps + 1):
        grads = grad_fn(params, x, y)
        for k in params:
            g = grads[k] + weight_decay * params[k]
            m[k] = 0.9 * m[k] + 0.1 * g
            s[k] = 0.999 * s[k] + 0.001 * g**2
            params[k] = params[k] - lr * (m[k] / (1 - 0.9**t)) / (
                np.sqrt(s[k] / (1 - 0.999**t)) + 1e-8
            )
    return params


def all_shifts(x, y):
    """Every circular shift of every signal, with its label: shapes (length * n, length), (length * n,).

    Examples
    --------
    >>> all_shifts(np.array([[1.0, 2.0, 3.0]]), np.array([1.0]))[0].tolist()
    [[1.0, 2.0, 3.0], [3.0, 1.0, 2.0], [2.0, 3.0, 1.0]]
    """
    length = x.shape[1]
    return np.concatenate([np.roll(x, s, axis=1) for s in range(length)]), np.tile(y, length)


def held_out_accuracy(model, n_train, rng, n_test=2000, augment=False):
    """Train ``model`` on ``n_train`` fresh signals; accuracy on ``n_test`` fresh signals.

    With ``augment``, the model is trained on `all_shifts` of its training signals.
    """
    x, y = make_signals(n_train, rng)
    params = train(model, *(all_shifts(x, y) if augment else (x, y)), rng)
    x_test, y_test = make_signals(n_test, rng)
    z, _ = MODELS[model][0](params, x_test)
    return float(np.mean((z > 0) == (y_test == 1)))


def main():
    rng = np.random.default_rng(0)
    counts = {m: sum(p.size for p in init(m, rng).values()) for m in MODELS}
    print("test accuracy on 2000 new signals, mean of 3 runs (50% is guessing)")
    print(f"{'training signals':>16s}" + "".join(f"{m:>9s}" for m in MODELS))
    for n in (20, 80, 320):
        accs = [np.mean([held_out_accuracy(m, n, rng) for _ in range(3)]) for m in MODELS]
        print(f"{n:16d}" + "".join(f"{a:9.0%}" for a in accs))
    print(f"{'parameters':>16s}" + "".join(f"{counts[m]:9d}" for m in MODELS))
    augmented = np.mean([held_out_accuracy("dense", 20, rng, augment=True) for _ in range(3)])
    print(f"dense, trained on all 32 circular shifts of 20 signals: {augmented:.0%}")


if __name__ == "__main__":
    main()
