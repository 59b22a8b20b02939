"""What Swish changes for negative inputs: small non-zero slopes where ReLU's are exactly zero.

A ReLU unit passes no gradient for a negative pre-activation, so a unit that is negative on every
example of a batch gets a weight gradient of exactly zero. The program counts zero slopes and
such units in one random layer under ReLU and Swish, before and after its biases drift to -3.
"""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu_derivative(z):
    """Derivative of ReLU at ``z`` (any shape): 1 where z > 0, else 0 (0 at the kink, as PyTorch)."""
    return np.where(z > 0, 1.0, 0.0)


def swish_derivative(z, beta=1.0):
    """Derivative ``s + beta z s (1 - s)``, ``s = sigmoid(beta z)``, of swish at ``z`` (any shape)."""
    s = sigmoid(beta * z)
    return s + beta * z * s * (1.0 - s)


def report(X, Z, upstream):
    """Zero slopes, units with an all-zero weight gradient ``X^T (upstream * f'(Z))``, median
    negative-side slope, for ReLU and Swish; X (n, d), Z and upstream (n, m)."""
    negative = Z < 0
    columns = []
    for derivative in [relu_derivative, swish_derivative]:
        slopes = derivative(Z)
        grad = X.T @ (upstream * slopes)
        dead = int((np.abs(grad).max(axis=0) == 0.0).sum())
        columns.append(
            [
                f"{(slopes == 0).mean():.1%}",
                f"{dead} of {Z.shape[1]}",
                f"{np.median(np.abs(slopes[negative])):.4f}",
            ]
        )
    labels = ["slopes exactly 0", "units with all-zero weight gradient", "median |slope| for z < 0"]
    print(f"  pre-activations below 0: {negative.mean():.1%}")
    print(f"  {'':38s}{'ReLU':>10s}{'Swish':>10s}")
    for label, relu_value, swish_value in zip(labels, *columns, strict=True):
        print(f"  {label:38s}{relu_value:>10s}{swish_value:>10s}")


def main():
    rng = np.random.default_rng(0)
    n, d, m = 128, 64, 256
    X = rng.standard_normal((n, d))
    W = rng.normal(0.0, np.sqrt(1.0 / d), (d, m))
    upstream = rng.standard_normal((n, m))
    print(f"One layer, {m} units, batch of {n}; biases 0")
    report(X, X @ W, upstream)
    print("\nSame layer after its biases drift to -3 (e.g. after a too-large update)")
    report(X, X @ W - 3.0, upstream)
    z = np.array([-1.0, -2.0, -4.0, -8.0])
    print("\nSwish slope at negative inputs (ReLU's is 0 at all of them)")
    print("  z        " + "".join(f"{v:10.1f}" for v in z))
    print("  swish'   " + "".join(f"{v:10.4f}" for v in swish_derivative(z)))


if __name__ == "__main__":
    main()
