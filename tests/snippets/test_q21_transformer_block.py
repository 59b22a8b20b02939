"""Unit tests of snippets/q21_transformer_block.py."""

import numpy as np
import pytest

from snippets import q21_transformer_block as m

RNG = np.random.default_rng(0)
P = m.init_block(8, RNG)
X = RNG.normal(size=(5, 8))


def test_one_head_is_plain_attention_with_an_output_projection():
    out = m.multi_head_attention(X, P, 1)
    expected = m.scaled_dot_product_attention(X @ P["W_q"], X @ P["W_k"], X @ P["W_v"])[0]
    np.testing.assert_allclose(out, expected @ P["W_o"], rtol=1e-12)


@pytest.mark.parametrize("n_heads", [1, 2, 4])
def test_kv_cache_decoding_equals_full_causal_attention(n_heads):
    full = m.multi_head_attention(X, P, n_heads, m.causal_mask(len(X)))
    np.testing.assert_allclose(m.decode_with_kv_cache(X, P, n_heads), full, rtol=1e-10, atol=1e-12)


def test_permutation_equivariance_without_a_mask_only():
    perm = np.array([3, 0, 4, 1, 2])
    unmasked = m.transformer_block(X[perm], P, 2)
    np.testing.assert_allclose(unmasked, m.transformer_block(X, P, 2)[perm], atol=1e-12)
    causal = m.transformer_block(X[perm], P, 2, m.causal_mask(5))
    assert not np.allclose(causal, m.transformer_block(X, P, 2, m.causal_mask(5))[perm])


def test_block_is_residual_so_zero_sublayers_give_the_identity():
    zero = {
        k: (np.zeros_like(v) if k.startswith(("W_o", "W_2", "b_2")) else v) for k, v in P.items()
    }
    np.testing.assert_array_equal(m.transformer_block(X, zero, 2), X)


def test_parameter_count_is_12_d_squared_plus_9_d():
    d = 8
    assert sum(a.size for a in P.values()) == 12 * d * d + 9 * d
