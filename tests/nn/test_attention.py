"""Unit tests of snippets/nn/attention.py: weights, causality, every gradient by finite
differences (with and without a mask), large scores."""

import numpy as np
import pytest

from snippets.nn.attention import (
    causal_mask,
    scaled_dot_product_attention,
    scaled_dot_product_attention_backward,
)
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(6)
Q, K, V = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3)), RNG.normal(size=(4, 2))


def test_weights_are_a_distribution_over_allowed_keys():
    _, weights = scaled_dot_product_attention(Q, K, V, causal_mask(4))
    np.testing.assert_allclose(weights.sum(axis=1), 1.0, rtol=1e-15)
    assert np.all(weights[~causal_mask(4)] == 0.0) and np.all(weights[causal_mask(4)] > 0.0)


def test_causal_output_ignores_later_positions():
    out, _ = scaled_dot_product_attention(Q, K, V, causal_mask(4))
    K2, V2 = K.copy(), V.copy()
    K2[2:], V2[2:] = 100.0, -100.0  # change positions 2 and 3
    out2, _ = scaled_dot_product_attention(Q, K2, V2, causal_mask(4))
    np.testing.assert_array_equal(out[:2], out2[:2])


def test_no_mask_is_the_full_formula():
    scores = Q @ K.T / np.sqrt(3)
    weights = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    out, w = scaled_dot_product_attention(Q, K, V)
    np.testing.assert_allclose(w, weights)
    np.testing.assert_allclose(out, weights @ V)


@pytest.mark.parametrize("mask", [None, causal_mask(4)], ids=["no mask", "causal"])
def test_scaled_dot_product_attention_backward(mask, rng):
    G = rng.normal(size=(4, 2))  # the loss is sum(out * G)
    _, weights = scaled_dot_product_attention(Q, K, V, mask)
    dQ, dK, dV = scaled_dot_product_attention_backward(G, Q, K, V, weights)
    f = scaled_dot_product_attention
    check_gradient(lambda q: float(np.sum(f(q, K, V, mask)[0] * G)), dQ, Q)
    check_gradient(lambda k: float(np.sum(f(Q, k, V, mask)[0] * G)), dK, K)
    check_gradient(lambda v: float(np.sum(f(Q, K, v, mask)[0] * G)), dV, V)


def test_rectangular_shapes(rng):
    Qr, Kr, Vr = rng.normal(size=(2, 3)), rng.normal(size=(5, 3)), rng.normal(size=(5, 7))
    out, weights = scaled_dot_product_attention(Qr, Kr, Vr)
    grads = scaled_dot_product_attention_backward(np.ones((2, 7)), Qr, Kr, Vr, weights)
    assert out.shape == (2, 7) and weights.shape == (2, 5)
    assert [g.shape for g in grads] == [(2, 3), (5, 3), (5, 7)]


def test_huge_scores_saturate_without_overflow():
    with np.errstate(over="raise", invalid="raise"):
        out, weights = scaled_dot_product_attention(1000.0 * Q, 1000.0 * K, V, causal_mask(4))
        grads = scaled_dot_product_attention_backward(
            np.ones((4, 2)), 1000 * Q, 1000 * K, V, weights
        )
    assert np.all(np.isfinite(out)) and all(np.all(np.isfinite(g)) for g in grads)
    np.testing.assert_allclose(weights.max(axis=1), 1.0)  # one key takes all the weight
