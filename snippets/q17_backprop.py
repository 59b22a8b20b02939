"""Backpropagation through a two-layer tanh network with an L2 penalty, checked by central differences."""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def objective_and_grad(params, X, Y, lam):
    """Mean cross-entropy (one-hot ``Y``) + lam/2 (|W1|^2 + |W2|^2), and its gradient, by backprop."""
    W1, b1, W2, b2 = params
    H = np.tanh(X @ W1 + b1)  # forward: hidden activations (n, 5), kept for the backward pass
    log_P = log_softmax(H @ W2 + b2)  # log-probabilities (n, 3)
    J = -np.sum(Y * log_P) / len(X) + lam / 2 * (np.sum(W1**2) + np.sum(W2**2))
    dZ2 = (np.exp(log_P) - Y) / len(X)  # backward: error signal of the output layer, (P - Y)/n
    dZ1 = (dZ2 @ W2.T) * (1.0 - H**2)  # back through W2, then through tanh' = 1 - H^2
    grads = [X.T @ dZ1 + lam * W1, dZ1.sum(axis=0), H.T @ dZ2 + lam * W2, dZ2.sum(axis=0)]
    return J, grads  # the penalty adds lam * W to the weight gradients; biases are not penalised


if __name__ == "__main__":
    rng, lam, eps = np.random.default_rng(0), 0.1, 1e-6
    X, Y = rng.normal(size=(8, 4)), np.eye(3)[rng.integers(0, 3, size=8)]  # 8 examples, 3 classes
    params = [rng.normal(size=s) for s in [(4, 5), (5,), (5, 3), (3,)]]  # W1, b1, W2, b2
    V = [rng.normal(size=p.shape) for p in params]  # a random direction in parameter space
    J, grads = objective_and_grad(params, X, Y, lam)
    slope = sum(np.sum(g * v) for g, v in zip(grads, V, strict=True))  # backprop's slope along V
    theta_plus = [p + eps * v for p, v in zip(params, V, strict=True)]
    theta_minus = [p - eps * v for p, v in zip(params, V, strict=True)]
    J_plus, _ = objective_and_grad(theta_plus, X, Y, lam)
    J_minus, _ = objective_and_grad(theta_minus, X, Y, lam)
    central = (J_plus - J_minus) / (2 * eps)  # central differences along V
    relative = abs(slope - central) / (abs(slope) + abs(central))
    print(f"objective {J:.4f}; slope along V: backprop {slope:.6f}, central {central:.6f}")
    print(f"relative difference of the slopes below 1e-8: {relative < 1e-8}")
