"""Sigmoid, tanh = 2 sigmoid(2z) - 1 and ReLU with their slopes; two linear layers are one."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(z):
    """Derivative ``sigmoid(z) (1 - sigmoid(z))`` of the sigmoid at ``z`` (any shape), at most 1/4."""
    # The same product written with exp(-|z|): no overflow, and no cancellation in 1 - sigmoid(z).
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


def relu_derivative(z):
    """Derivative of ReLU at ``z`` (any shape): 1 where z > 0, else 0 (0 at the kink, as PyTorch)."""
    return np.where(z > 0, 1.0, 0.0)


if __name__ == "__main__":
    np.set_printoptions(precision=4, floatmode="fixed", suppress=True)
    z = np.array([-4.0, -1.0, 0.0, 1.0, 4.0])
    print("z        ", z)
    print("sigmoid  ", sigmoid(z), " slope", sigmoid_derivative(z))
    print("tanh     ", np.tanh(z), " slope", 4 * sigmoid_derivative(2 * z))
    print("relu     ", np.maximum(z, 0.0), " slope", relu_derivative(z))
    rng = np.random.default_rng(0)
    X, W1, b1, W2, b2 = (rng.standard_normal(shape) for shape in [(100, 3), (3, 4), 4, (4, 2), 2])
    W, b = W1 @ W2, b1 @ W2 + b2  # (X W1 + b1) W2 + b2 = X (W1 W2) + (b1 W2 + b2)
    h = X @ W1 + b1  # the first layer's pre-activation
    print("two linear layers = one:", np.allclose(h @ W2 + b2, X @ W + b))
    print("with ReLU between them: ", np.allclose(np.maximum(h, 0.0) @ W2 + b2, X @ W + b))
