"""The Swish family z*sigmoid(beta z): its two limits, its minimum, its slopes, and GELU.

Shows that beta -> 0 gives the line z/2 and beta -> infinity gives ReLU (the gap shrinks like
1/beta), finds the negative minimum by Newton's method, checks both derivatives (in z and in a
trainable beta) against central differences, shows that every beta has the same extreme slopes,
and measures how close x*sigmoid(1.702 x) is to the exact GELU.
"""

import math

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


def swish_beta_grad(z, beta=1.0):
    """``d swish / d beta = z^2 s (1 - s)``, ``s = sigmoid(beta z)`` (any shape): for a learned beta."""
    s = sigmoid(beta * z)
    return z * z * s * (1.0 - s)


def gelu(z):
    """Exact GELU ``z Phi(z)``, ``Phi`` the standard normal CDF (any shape)."""
    erf = np.vectorize(math.erf)
    return z * 0.5 * (1.0 + erf(z / math.sqrt(2.0)))


def swish_minimum(beta=1.0, iterations=50):
    """``(z_min, swish(z_min))`` by Newton's method on ``1 + u (1 - sigmoid(u)) = 0``, ``u = beta z``.

    >>> z_min, f_min = swish_minimum()
    >>> print(f"{z_min:.4f} {f_min:.4f}")
    -1.2785 -0.2785
    """
    u = -1.0
    for _ in range(iterations):
        s = 1.0 / (1.0 + math.exp(-u))
        u -= (1.0 + u * (1.0 - s)) / ((1.0 - s) * (1.0 - u * s))
    return u / beta, float(swish(np.array(u / beta), beta))


def main():
    z = np.linspace(-5.0, 5.0, 100001)

    print("Distance from the two limits on z in [-5, 5]")
    print("      beta   max|swish - z/2|   max|swish - relu|")
    for beta in [0.001, 0.1, 1.0, 10.0, 100.0]:
        f = swish(z, beta)
        to_line = np.abs(f - z / 2).max()
        to_relu = np.abs(f - np.maximum(z, 0.0)).max()
        print(f"  {beta:8g}   {to_line:16.4f}   {to_relu:17.4f}")

    print("\nNot monotonic: one minimum below zero")
    for beta in [1.0, 10.0, 100.0]:
        z_min, f_min = swish_minimum(beta)
        print(f"  beta = {beta:5g}: minimum {f_min:.4f} at z = {z_min:.4f}  (value = z + 1/beta)")

    print("\nDerivatives against central differences (beta in {0.5, 1, 2})")
    eps = 1e-6
    err_z = err_beta = 0.0
    for beta in [0.5, 1.0, 2.0]:
        numeric_z = (swish(z + eps, beta) - swish(z - eps, beta)) / (2 * eps)
        numeric_beta = (swish(z, beta + eps) - swish(z, beta - eps)) / (2 * eps)
        err_z = max(err_z, np.abs(swish_derivative(z, beta) - numeric_z).max())
        err_beta = max(err_beta, np.abs(swish_beta_grad(z, beta) - numeric_beta).max())
    print(f"  d swish / dz    max error below 1e-8: {err_z < 1e-8}")
    print(f"  d swish / dbeta max error below 1e-8: {err_beta < 1e-8}")

    print("\nSlopes: below 0 for some inputs, above 1 for others; the same extremes for every beta")
    for beta in [1.0, 10.0]:
        d = swish_derivative(z, beta)
        print(
            f"  beta = {beta:4g}: min {d.min():.4f} at z = {z[d.argmin()]:.2f},"
            f"  max {d.max():.4f} at z = {z[d.argmax()]:.2f}"
        )
    symmetric = all(
        np.abs(swish_derivative(z, b) + swish_derivative(-z, b) - 1.0).max() < 1e-12
        for b in [0.5, 1.0, 10.0]
    )
    print(f"  swish'(z) + swish'(-z) = 1 everywhere (beta in {{0.5, 1, 10}}): {symmetric}")

    g = gelu(z)
    print("\nGELU z Phi(z) against Swish on z in [-5, 5]")
    print(f"  max|GELU - swish(beta=1)|     = {np.abs(g - swish(z, 1.0)).max():.4f}")
    print(f"  max|GELU - swish(beta=1.702)| = {np.abs(g - swish(z, 1.702)).max():.4f}")


if __name__ == "__main__":
    main()
