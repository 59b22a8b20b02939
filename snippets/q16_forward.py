"""Forward propagation through a 4 -> 5 -> 3 network on a batch of 6, every shape printed."""

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


rng = np.random.default_rng(16)
X = rng.normal(size=(6, 4))  # a batch: 6 examples (rows), 4 features
y = rng.integers(0, 3, size=6)  # their class labels
W1, b1 = rng.normal(0.0, np.sqrt(2 / 4), (4, 5)), np.zeros(5)
W2, b2 = rng.normal(0.0, np.sqrt(2 / 5), (5, 3)), np.zeros(3)

Z1 = dense_forward(X, W1, b1)  # pre-activations of the hidden layer
A1 = relu(Z1)  # its activations
Z2 = dense_forward(A1, W2, b2)  # logits
log_p = log_softmax(Z2)  # log-probabilities, computed from the logits
loss = -log_p[np.arange(len(y)), y].mean()  # mean cross-entropy

for name, value in [("X", X), ("Z1", Z1), ("A1", A1), ("Z2", Z2)]:
    print(f"{name:2} shape {value.shape}")
print(f"probabilities sum to 1 per row: {np.allclose(np.exp(log_p).sum(axis=1), 1.0)}")
print(f"loss = {loss:.4f}")
# backpropagation reads each layer's input (ReLU's mask is the sign of A1) and the probabilities
print(f"kept for backpropagation (X, A1, probabilities): {X.size + A1.size + log_p.size} numbers")
