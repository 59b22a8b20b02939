"""Softmax cross-entropy from logits and its gradient (P - Y) / n, checked."""

import numpy as np


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


def main():
    Z = np.array([[2.0, 1.0, -1.0], [0.5, 2.5, 0.0], [1000.0, 0.0, -1000.0]])
    y = np.array([0, 2, 1])  # the third example is confidently wrong
    G = softmax_cross_entropy_grad(Z, y)
    numeric = np.zeros_like(Z)  # central differences, one logit at a time
    for k, E in enumerate(1e-6 * np.eye(Z.size).reshape(-1, *Z.shape)):
        up, down = (softmax_cross_entropy(Z + s * E, y) for s in (1, -1))
        numeric.flat[k] = (up - down) / 2e-6
    per_example = ", ".join(f"{v:.4f}" for v in -log_softmax(Z)[np.arange(3), y])
    print(f"losses: {per_example}; mean {softmax_cross_entropy(Z, y):.4f}")
    print(f"gradient (P - Y) / n, rows sum to {np.abs(G.sum(1)).max():.4f}:")
    print(np.array2string(G, precision=4, floatmode="fixed"))
    print(f"central differences agree to 1e-6: {abs(G - numeric).max() < 1e-6}")


if __name__ == "__main__":
    main()
