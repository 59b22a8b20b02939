"""One application end to end: images -> two classifiers -> cross-entropy -> top-1, then a shift."""

import numpy as np

SHAPES = {  # the four classes: 3 x 3 strokes
    "-": np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], float),
    "|": np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], float),
    "\\": np.eye(3),
    "/": np.fliplr(np.eye(3)),
}


def make_images(rng, n, corners, noise=0.2, size=10):
    """``n`` noisy images (n, size, size), each a random stroke whose top-left corner has row and
    column drawn from ``corners``, and their labels (n,)."""
    labels = rng.integers(0, len(SHAPES), size=n)
    images = noise * rng.normal(size=(n, size, size))
    rows, cols = rng.choice(corners, size=n), rng.choice(corners, size=n)
    strokes = list(SHAPES.values())
    for image, label, r, c in zip(images, labels, rows, cols, strict=True):
        image[r : r + 3, c : c + 3] += strokes[label]
    return images, labels


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax_cross_entropy(Z, y):
    """Mean cross-entropy of logits ``Z`` (n, k) and integer labels ``y`` (n,), a float."""
    return float(-np.mean(log_softmax(Z)[np.arange(len(y)), y]))


def softmax_cross_entropy_grad(Z, y):
    """Gradient ``(softmax(Z) - onehot(y)) / n`` of the mean cross-entropy for logits ``Z`` (n, k)."""
    P = np.exp(log_softmax(Z))  # softmax = exp(log_softmax), reusing the stable helper
    P[np.arange(len(y)), y] -= 1.0
    return P / len(y)


def mlp_forward(X, W1, b1, W2, b2):
    """Two-layer perceptron ``tanh(X @ W1 + b1) @ W2 + b2`` on ``X`` (n, d_in), output (n, d_out)."""
    H = np.tanh(X @ W1 + b1)
    return H @ W2 + b2, (X, H, W2)


def mlp_backward(grad_out, cache):
    """Gradients of `mlp_forward`'s parameters (W1, b1, W2, b2) from ``grad_out`` (n, d_out)."""
    X, H, W2 = cache
    # tanh'(a) = 1 - tanh(a)**2, from the stored activations: no need to keep a = X @ W1 + b1.
    grad_A = (grad_out @ W2.T) * (1.0 - H**2)
    return X.T @ grad_A, grad_A.sum(axis=0), H.T @ grad_out, grad_out.sum(axis=0)


def im2col(x, k_h, k_w, stride=1, padding=0):
    """Patches of ``x`` (C_in, H, W) as columns: (C_in k_h k_w, H_out W_out)."""
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    C, H, W = x.shape
    H_out, W_out = (H - k_h) // stride + 1, (W - k_w) // stride + 1
    cols = np.empty((C, k_h, k_w, H_out, W_out), dtype=x.dtype)
    for i in range(k_h):  # k_h k_w strided copies, instead of a Python loop over every patch
        for j in range(k_w):
            cols[:, i, j] = x[:, i : i + stride * H_out : stride, j : j + stride * W_out : stride]
    return cols.reshape(C * k_h * k_w, H_out * W_out)


def patches(images):
    """The 3 x 3 patches of each image (n, size, size), shape (n, 9, positions)."""
    return np.stack([im2col(image[None], 3, 3) for image in images])


def conv_forward(P, w, V, c):
    """Logits (n, k) of: 3 x 3 convolution with filters ``w`` (f, 9) on patches ``P``, maximum
    over positions, linear layer ``V`` (f, k), ``c`` (k,); also the cache for `conv_backward`."""
    maps = np.einsum("fk,nkp->nfp", w, P)  # feature maps (n, f, positions)
    where = maps.argmax(axis=2)
    pooled = np.take_along_axis(maps, where[..., None], axis=2)[..., 0]  # (n, f)
    return pooled @ V + c, (P, where, pooled, V)


def conv_backward(grad_out, cache):
    """Gradients (grad_w, grad_V, grad_c) of `conv_forward`, given dloss/dlogits (n, k): the
    maximum passes each feature's gradient to the one patch that produced it."""
    P, where, pooled, V = cache
    winners = np.take_along_axis(P, where[:, None, :], axis=2)  # (n, 9, f)
    grad_w = np.einsum("nf,nkf->fk", grad_out @ V.T, winners)
    return grad_w, pooled.T @ grad_out, grad_out.sum(axis=0)


def train(params, forward, backward, y, steps=300, lr=0.1, momentum=0.9):
    """Minimise the cross-entropy of ``forward(*params)`` by gradient descent with momentum."""
    velocity = [np.zeros_like(p) for p in params]
    for _ in range(steps):
        logits, cache = forward(*params)
        grads = backward(softmax_cross_entropy_grad(logits, y), cache)
        for p, v, g in zip(params, velocity, grads, strict=True):
            v *= momentum
            v += g
            p -= lr * v


def main():
    rng = np.random.default_rng(0)
    seen, unseen = np.arange(1, 4), np.arange(5, 7)  # corner rows/columns; unseen: never trained
    X, y = make_images(rng, 600, seen)
    tests = {
        "test": make_images(rng, 400, seen),
        "moved": make_images(rng, 400, unseen),
        "noisy": make_images(rng, 400, seen, noise=0.4),
    }
    k, hidden, filters = len(SHAPES), 32, 8
    flat = X.reshape(len(X), -1)
    dense = [rng.normal(size=(100, hidden)) / 10, np.zeros(hidden)]
    dense += [rng.normal(size=(hidden, k)) / hidden**0.5, np.zeros(k)]
    train(dense, lambda *p: mlp_forward(flat, *p), mlp_backward, y, lr=0.3)
    P = patches(X)
    conv = [0.1 * rng.normal(size=(filters, 9)), 0.1 * rng.normal(size=(filters, k)), np.zeros(k)]
    train(conv, lambda *p: conv_forward(P, *p), conv_backward, y, lr=0.05)

    models = {
        "dense network": (
            dense,
            lambda im: mlp_forward(im.reshape(len(im), -1), *dense)[0],
        ),
        "convolution + max-pool": (conv, lambda im: conv_forward(patches(im), *conv)[0]),
    }
    print(f"4 classes {' '.join(SHAPES)}, 10 x 10 images\n600 training, 400 per test set")
    for name, (params, predict) in models.items():
        logits = predict(X)
        loss, top1 = softmax_cross_entropy(logits, y), np.mean(logits.argmax(axis=1) == y)
        accs = [np.mean(predict(im).argmax(axis=1) == labels) for im, labels in tests.values()]
        print(f"{name}, {sum(p.size for p in params)} parameters")
        print(f"  train: loss {loss:.4f}, top-1 {top1:.3f}")
        print("  top-1: " + ", ".join(f"{k} {a:.3f}" for k, a in zip(tests, accs, strict=True)))
    moved = np.exp(log_softmax(models["dense network"][1](tests["moved"][0])))
    print(f"dense, moved: mean top probability {moved.max(axis=1).mean():.3f}")


if __name__ == "__main__":
    main()
