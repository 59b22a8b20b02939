"""A batched forward pass equals the per-example one; what it keeps for backpropagation.

The network is an MLP with ReLU hidden layers and a softmax output. Backpropagation reads each
layer's input and the output probabilities: that count grows with the batch, the parameters do not.
"""

import numpy as np


def relu(z):
    """Rectified linear unit ``max(z, 0)`` of ``z`` (any shape)."""
    return np.maximum(z, 0.0)


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def dense_forward(X, W, b):
    """Dense layer ``X @ W + b`` on ``X`` (n, d_in), with ``W`` (d_in, d_out): output (n, d_out)."""
    return X @ W + b


def init_params(sizes, rng):
    """He-scaled weights ``(W, b)`` per layer, W of shape (n_{l-1}, n_l), for widths ``sizes``."""
    return [
        (rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out)), rng.normal(0.0, 0.1, n_out))
        for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True)
    ]


def forward(params, X, y):
    """Mean cross-entropy of the MLP on ``X`` (B, n_0), labels ``y`` (B,), and what backpropagation
    reads: every layer's input (the ReLU mask is its sign) and the probabilities, each (B, width)."""
    kept, A = [], X
    for W, b in params[:-1]:
        kept.append(A)
        A = relu(dense_forward(A, W, b))
    kept.append(A)
    W, b = params[-1]
    log_p = log_softmax(dense_forward(A, W, b))
    loss = -log_p[np.arange(len(y)), y].mean()
    return float(loss), kept + [np.exp(log_p)]


def main():
    rng = np.random.default_rng(16)
    sizes, batch = [4, 5, 3], 6
    params = init_params(sizes, rng)
    X, y = rng.normal(size=(batch, 4)), rng.integers(0, 3, size=batch)

    loss, cache = forward(params, X, y)
    p = cache[-1]
    singles = [forward(params, X[i : i + 1], y[i : i + 1]) for i in range(batch)]
    loop_p = np.vstack([c[-1] for _, c in singles])
    loop_loss = np.mean([single_loss for single_loss, _ in singles])
    print(f"batch of {batch}: loss {loss:.4f}; one example at a time: loss {loop_loss:.4f}")
    print(f"same probabilities (to 1e-12): {np.allclose(p, loop_p, rtol=0, atol=1e-12)}")

    print("\nNumbers kept for the backward pass, against the number of parameters")
    print("  widths                 batch      kept   parameters")
    for widths in ([4, 5, 3], [4, 5, 5, 5, 3]):
        net = init_params(widths, rng)
        n_params = sum(W.size + b.size for W, b in net)
        for b in (1, 64, 4096):
            _, c = forward(net, rng.normal(size=(b, 4)), rng.integers(0, 3, size=b))
            kept = sum(v.size for v in c)
            print(f"  {str(widths):20s} {b:>6} {kept:>10,d} {n_params:>10,d}")


if __name__ == "__main__":
    main()
