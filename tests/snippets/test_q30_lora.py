"""Unit tests of snippets/q30_lora.py (the core program)."""

import numpy as np
import pytest

from snippets import q30_lora as m


def _layer(rng, d_in=7, d_out=5, r=3):
    W = rng.normal(size=(d_out, d_in))
    A = rng.normal(size=(r, d_in))
    B = rng.normal(size=(d_out, r))
    return W, A, B, rng.normal(size=(4, d_in))


@pytest.mark.parametrize("alpha", [1.0, 16.0])
def test_forward_equals_the_merged_weight_matrix(rng, alpha):
    W, A, B, X = _layer(rng)
    merged = W + (alpha / A.shape[0]) * B @ A
    np.testing.assert_allclose(
        m.lora_forward(X, W, A, B, alpha), X @ merged.T, rtol=1e-12, atol=1e-12
    )


def test_zero_B_leaves_the_pretrained_layer_exactly_unchanged(rng):
    W, A, _, X = _layer(rng)
    assert np.array_equal(m.lora_forward(X, W, A, np.zeros((W.shape[0], A.shape[0])), 8.0), X @ W.T)


def test_update_has_rank_at_most_r(rng):
    W, A, B, _ = _layer(rng, d_in=9, d_out=8, r=2)
    assert np.linalg.matrix_rank(B @ A) == 2


def test_the_printed_counts():
    assert m.full == 1024 * 1024
    assert m.lora == 8 * (1024 + 1024)
    assert m.same
