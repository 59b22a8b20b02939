"""Backpropagation through a two-layer network with an L2 penalty, checked by central differences."""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


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


def objective(params, X, Y, lam=0.1):
    """Mean cross-entropy for one-hot labels ``Y`` (n, k) plus lam/2 |theta|^2, a float."""
    Z, _ = mlp_forward(X, *params)
    return -np.sum(Y * log_softmax(Z)) / len(X) + lam / 2 * sum(np.sum(p**2) for p in params)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(8, 4)), np.eye(3)[rng.integers(0, 3, size=8)]  # 8 examples, 3 classes
    params, V = ([rng.normal(size=s) for s in [(4, 5), (5,), (5, 3), (3,)]] for _ in range(2))
    Z, cache = mlp_forward(X, *params)  # forward pass: logits Z (8, 3) and the cache
    grads = mlp_backward((np.exp(log_softmax(Z)) - Y) / len(X), cache)  # backward from (P - Y)/n
    up, down = (objective([*map(np.add, params, [t * v for v in V])], X, Y) for t in (1e-6, -1e-6))
    slope = sum(np.sum((g + 0.1 * p) * v) for g, p, v in zip(grads, params, V, strict=True))
    print(f"slope along V: backprop {slope:.6f}, central differences {(up - down) / 2e-6:.6f}")
