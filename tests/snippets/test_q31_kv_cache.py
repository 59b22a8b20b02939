"""Unit tests of snippets/q31_kv_cache.py."""

import numpy as np
import pytest

from snippets import q31_kv_cache as m


@pytest.mark.parametrize(("n_layers", "n_heads"), [(1, 1), (2, 2), (3, 4)])
def test_cached_decoding_equals_recomputing(rng, n_layers, n_heads):
    p = m.init_decoder(11, 16, n_layers, 32, rng)
    p["W_out"] = rng.normal(0.0, 1.0, p["W_out"].shape)  # well-separated logits for greedy
    prompt = rng.integers(0, 11, size=4).tolist()
    full, logits_full, _ = m.generate(prompt, 8, p, n_layers, n_heads, use_cache=False)
    kv, logits_kv, _ = m.generate(prompt, 8, p, n_layers, n_heads, use_cache=True)
    np.testing.assert_array_equal(full, kv)
    np.testing.assert_allclose(logits_kv, logits_full, atol=1e-10)


def test_each_cached_step_equals_the_last_row_of_a_full_pass(rng):
    p = m.init_decoder(7, 8, 2, 16, rng)
    x = rng.integers(0, 7, size=9)
    cache = [{"K": [], "V": []} for _ in range(2)]
    steps = np.array([m.decode_with_cache(t, i, p, 2, 2, cache) for i, t in enumerate(x)])
    np.testing.assert_allclose(steps, m.decoder_logits(x, p, 2, 2), atol=1e-12)


def test_cache_size_matches_the_formula(rng):
    n_layers, n_heads, d_model, n = 3, 4, 16, 5
    p = m.init_decoder(7, d_model, n_layers, 16, rng)
    cache = [{"K": [], "V": []} for _ in range(n_layers)]
    for i in range(n):
        m.decode_with_cache(i % 7, i, p, n_layers, n_heads, cache)
    stored = sum(np.array(c["K"]).nbytes + np.array(c["V"]).nbytes for c in cache)
    assert stored == 2 * n_layers * n_heads * (d_model // n_heads) * n * 8
