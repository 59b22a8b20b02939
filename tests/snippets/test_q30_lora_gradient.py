"""Unit tests of snippets/q30_lora_gradient.py: lora_backward against finite differences."""

import numpy as np
import pytest

from snippets import q30_lora_gradient as m
from snippets.nn.gradcheck import check_gradient


def _setup(rng, n=5, d_in=6, d_out=4, r=3):
    X = rng.normal(size=(n, d_in))
    W = rng.normal(size=(d_out, d_in))
    A = rng.normal(size=(r, d_in))
    B = rng.normal(size=(d_out, r))
    G = rng.normal(size=(n, d_out))  # upstream gradient: the loss is sum(G * Y)
    return X, W, A, B, G


@pytest.mark.parametrize("alpha", [1.0, 8.0])
def test_lora_backward_matches_finite_differences(rng, alpha):
    X, W, A, B, G = _setup(rng)
    dX, dA, dB = m.lora_backward(G, X, W, A, B, alpha)
    check_gradient(lambda x: float(np.sum(G * m.lora_forward(x, W, A, B, alpha))), dX, X)
    check_gradient(lambda a: float(np.sum(G * m.lora_forward(X, W, a, B, alpha))), dA, A)
    check_gradient(lambda b: float(np.sum(G * m.lora_forward(X, W, A, b, alpha))), dB, B)


def test_lora_backward_through_the_mean_squared_error(rng):
    X, W, A, B, _ = _setup(rng)
    T = rng.normal(size=(X.shape[0], W.shape[0]))
    _, dA, dB = m.lora_backward(m.mse_grad(m.lora_forward(X, W, A, B, 2.0), T), X, W, A, B, 2.0)
    check_gradient(lambda a: m.mse(m.lora_forward(X, W, a, B, 2.0), T), dA, A)
    check_gradient(lambda b: m.mse(m.lora_forward(X, W, A, b, 2.0), T), dB, B)


def test_dA_is_exactly_zero_while_B_is_zero_and_dB_is_not(rng):
    X, W, A, B, G = _setup(rng)
    _, dA, dB = m.lora_backward(G, X, W, A, np.zeros_like(B), 4.0)
    assert np.all(dA == 0.0)
    assert np.linalg.norm(dB) > 0.0


def test_both_factors_zero_is_a_stationary_point(rng):
    X, W, A, B, _ = _setup(rng)
    T = rng.normal(size=(X.shape[0], W.shape[0]))
    A1, B1, losses = m.train(X, T, W, np.zeros_like(A), np.zeros_like(B), 4.0, lr=0.1, steps=20)
    assert np.all(A1 == 0.0) and np.all(B1 == 0.0)
    assert losses[0] == losses[-1]


def test_lora_init_decreases_the_loss(rng):
    X, W, A, B, _ = _setup(rng, n=40)
    T = rng.normal(size=(X.shape[0], W.shape[0]))
    *_, losses = m.train(X, T, W, 0.3 * A, np.zeros_like(B), 4.0, lr=0.01, steps=50)
    assert losses[-1] < losses[0]
