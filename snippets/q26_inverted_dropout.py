"""Inverted dropout: scaled at training time, identity at inference, expectation preserved."""

import numpy as np


def dropout_forward(x, p, rng):
    """Inverted dropout of ``x`` (any shape), units zeroed with probability ``p``: ``(y, mask)``."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {p}")
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask


def dropout_backward(grad_y, mask):
    """Gradient ``grad_y * mask`` of inverted dropout for ``grad_y`` (shape of the input)."""
    return grad_y * mask


def show(name, a):
    print(f"{name:<31}", np.array2string(a, precision=3, floatmode="fixed"))


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    p = 0.5  # drop probability (PyTorch's p); keep probability 1 - p
    x = np.array([1.0, -2.0, 0.5, 3.0, 4.0])
    y, mask = dropout_forward(x, p, rng)  # training: one random thinned layer
    show("x", x)
    show("mask: 0 or 1/(1-p)", mask)
    show("y = x * mask (training)", y + 0.0)
    show("dL/dx = dL/dy * mask", dropout_backward(np.ones_like(x), mask))
    Y, _ = dropout_forward(np.tile(x, (200_000, 1)), p, rng)  # 200,000 draws of the mask
    show("mean of y over 200,000 masks", Y.mean(axis=0))
    show("Monte Carlo standard error", np.abs(x) * np.sqrt(p / (1 - p) / 200_000))
    show("mean of y^2 / x^2 = 1/(1-p)", (Y**2).mean(axis=0) / x**2)
    show("y at inference (identity)", x)
