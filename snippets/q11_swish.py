"""Swish z*sigmoid(beta z): between the line z/2 and ReLU, a negative minimum, its derivative."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def swish(z, beta=1.0):
    """Swish ``z sigmoid(beta z)`` of ``z`` (any shape); beta = 1 is SiLU."""
    return z * sigmoid(beta * z)


def swish_derivative(z, beta=1.0):
    """Derivative ``s + beta z s (1 - s)``, ``s = sigmoid(beta z)``, of swish at ``z`` (any shape)."""
    s = sigmoid(beta * z)
    return s + beta * z * s * (1.0 - s)


z = np.linspace(-5.0, 5.0, 100001)
print("beta  max|swish - z/2|  max|swish - relu|")
for beta in [0.1, 1.0, 10.0]:
    to_line = np.abs(swish(z, beta) - z / 2).max()
    to_relu = np.abs(swish(z, beta) - np.maximum(z, 0.0)).max()
    print(f"{beta:4g}  {to_line:16.4f}  {to_relu:17.4f}")

f = swish(z)
print(f"minimum {f.min():.4f} at z = {z[f.argmin()]:.4f}")
print(f"slope at z = -3: {swish_derivative(-3.0):.4f} (ReLU's: 0)")
numeric = (swish(z + 1e-6) - swish(z - 1e-6)) / 2e-6
error = np.abs(swish_derivative(z) - numeric).max()
print(f"derivative = central differences: {error < 1e-8}")
