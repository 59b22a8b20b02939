"""Dropout, weight decay, augmentation, label smoothing and early stopping on one overfitting task."""

import numpy as np


def relu(z):
    """Rectified linear unit ``max(z, 0)`` of ``z`` (any shape)."""
    return np.maximum(z, 0.0)


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def dropout_forward(x, p, rng):
    """Inverted dropout of ``x`` (any shape), units zeroed with probability ``p``: ``(y, mask)``."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {p}")
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adamw_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """AdamW (decoupled weight decay) on weights ``w`` (any shape), as `adam_step`: ``(w, m, v)``."""
    return adam_step(w * (1.0 - lr * weight_decay), g, m, v, t, lr, beta1, beta2, eps)


def smoothed_cross_entropy_grad(Z, y, eps):
    """Gradient of the mean label-smoothed cross-entropy for logits ``Z`` (..., n, k), labels y (..., n)."""
    targets = (1.0 - eps) * np.eye(Z.shape[-1])[y] + eps / Z.shape[-1]
    return (np.exp(log_softmax(Z)) - targets) / Z.shape[-2]


def make_data(n, rng, noise):
    """``n`` points (n, 2), class 1 in the ring 0.45 < r < 0.8, labels flipped with prob. ``noise``."""
    X = rng.uniform(-1.0, 1.0, (n, 2))
    r = np.sqrt(X[:, 0] ** 2 + X[:, 1] ** 2)
    y = ((r > 0.45) & (r < 0.8)).astype(int)
    return X, np.where(rng.random(n) < noise, 1 - y, y)


def rotate(X, rng):
    """Each row of ``X`` (..., n, 2) turned by its own random angle: the labels do not change."""
    a = rng.uniform(0.0, 2.0 * np.pi, X.shape[:-1])
    c, s = np.cos(a), np.sin(a)
    return np.stack([c * X[..., 0] - s * X[..., 1], s * X[..., 0] + c * X[..., 1]], axis=-1)


def train(X, y, configs, rng, share=1, steps=600, hidden=32, lr=0.02):
    """Train one network per config, all at once; ``X`` (N, n, 2), ``y`` (N, n); ``share`` in a row start alike."""
    N = len(configs)
    keys = ("p", "wd", "eps")  # dropout rate, weight decay, label smoothing of each network
    col = np.array([[c.get(k, 0.0) for c in configs] for k in keys])[..., None, None]
    P = []
    for a, b in [(2, hidden), (hidden, hidden), (hidden, 2)]:
        W = rng.normal(0.0, np.sqrt(2.0 / a), (N // share, a, b)).repeat(share, axis=0)  # He init
        P += [W, np.zeros((N, 1, b))]
    M, V = [np.zeros_like(w) for w in P], [np.zeros_like(w) for w in P]
    augment = np.array(["aug" in c for c in configs])
    history = []
    for t in range(1, steps + 1):
        Xt = X.copy()
        Xt[augment] = rotate(X[augment], rng)
        W1, b1, W2, b2, W3, b3 = P
        Z1 = Xt @ W1 + b1
        H1, m1 = drop(relu(Z1), col[0], rng)
        Z2 = H1 @ W2 + b2
        H2, m2 = drop(relu(Z2), col[0], rng)
        G3 = smoothed_cross_entropy_grad(H2 @ W3 + b3, y, col[2])
        G2 = (G3 @ W3.transpose(0, 2, 1)) * m2 * (Z2 > 0)
        G1 = (G2 @ W2.transpose(0, 2, 1)) * m1 * (Z1 > 0)
        grads = [Xt.transpose(0, 2, 1) @ G1, G1.sum(1, keepdims=True)]
        grads += [H1.transpose(0, 2, 1) @ G2, G2.sum(1, keepdims=True)]
        grads += [H2.transpose(0, 2, 1) @ G3, G3.sum(1, keepdims=True)]
        for i in range(6):
            wd = col[1] if i % 2 == 0 else 0.0  # decay weights, not biases
            P[i], M[i], V[i] = adamw_step(P[i], grads[i], M[i], V[i], t, lr, weight_decay=wd)
            # Last-bit differences between NumPy builds (exp, sin, BLAS sums) would otherwise grow
            # over 600 steps into different printed accuracies; rounding to 1e-6 absorbs them.
            P[i] = np.round(P[i], 6)
        if t % 25 == 0:
            history.append([w.copy() for w in P])
    return P, history


def drop(H, p, rng):
    """Inverted dropout of ``H`` (N, n, h), network i with its own rate ``p[i]`` (N, 1, 1)."""
    out, mask = H.copy(), np.ones_like(H)
    for rate in np.unique(p):
        if rate > 0.0:
            rows = p[:, 0, 0] == rate
            out[rows], mask[rows] = dropout_forward(H[rows], float(rate), rng)
    return out, mask


def accuracy(P, X, y):
    """Accuracy of each network of the stack ``P`` on ``X`` (N, n, 2), ``y`` (N, n): (N,)."""
    W1, b1, W2, b2, W3, b3 = P
    return ((relu(relu(X @ W1 + b1) @ W2 + b2) @ W3 + b3).argmax(axis=-1) == y).mean(axis=-1)


def main():
    rng = np.random.default_rng(26)
    grid = {"none": [{}], "dropout": [{"p": 0.2}, {"p": 0.5}], "augmentation": [{"aug": "rotate"}]}
    grid["weight decay"] = [{"wd": 1.0}, {"wd": 3.0}]
    grid["label smoothing"] = [{"eps": 0.1}, {"eps": 0.2}]
    names = [name for name, cs in grid.items() for _ in cs]
    configs = [c for cs in grid.values() for c in cs]
    sizes = ((100, 0.2), (200, 0.2), (2000, 0.0))  # train, validation, test (clean labels)
    sets = [[make_data(n, rng, noise) for n, noise in sizes] for _ in range(4)]
    # Each split stacked with one copy of a set's data per config: (sets * configs, n, ...).
    data = [[np.stack([s[j][k] for s in sets for _ in configs]) for k in (0, 1)] for j in range(3)]
    P, history = train(*data[0], configs * len(sets), rng, share=len(configs))  # paired starts
    acc = np.array([accuracy(P, X, y).reshape(len(sets), -1) for X, y in data])
    none = np.arange(0, len(P[0]), len(configs))  # the unregularised networks, one per set
    hist = np.array(
        [[accuracy([w[none] for w in Q], X[none], y[none]) for Q in history] for X, y in data]
    )
    stop = hist[1].argmax(axis=0)  # early stopping: each set's best checkpoint on validation data
    rows = []
    for name in grid:
        cols = [j for j, other in enumerate(names) if other == name]
        best = max(cols, key=lambda j: acc[1][:, j].mean())  # strength chosen on validation data
        rows.append((name, str(next(iter(configs[best].values()), "-")), acc[:, :, best]))
    rows.append(("early stopping", "-", hist[:, stop, np.arange(len(sets))]))
    print("4 sets of 100 training points, 20 % of labels flipped; mean accuracy, clean test labels")
    print(f"{'method':<16}{'strength':>9}{'train':>8}{'val':>8}{'test':>8}   test - none, each set")
    for name, strength, (tr, va, te) in rows:
        print(
            f"{name:<16}{strength:>9}{tr.mean():8.1%}{va.mean():8.1%}{te.mean():8.1%}"
            "   " + " ".join(f"{100 * d:+5.1f}" for d in te - acc[2][:, 0])
        )
    print("early stopping: steps chosen", ", ".join(str(25 * (k + 1)) for k in stop))


if __name__ == "__main__":
    main()
