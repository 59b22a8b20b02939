"""Unit tests of snippets/q22_rope.py (the core program)."""

import numpy as np
import pytest

from snippets import q22_rope as m


def test_sinusoidal_encoding_matches_the_formula():
    pe = m.sinusoidal_encoding(20, 6)
    for p in range(20):
        for i in range(3):
            w = 10000.0 ** (-2 * i / 6)
            assert pe[p, 2 * i] == pytest.approx(np.sin(p * w), abs=1e-15)
            assert pe[p, 2 * i + 1] == pytest.approx(np.cos(p * w), abs=1e-15)


def test_sinusoidal_dot_product_depends_only_on_the_offset_and_is_even():
    pe = m.sinusoidal_encoding(60, 8)
    for k in (1, 3, 10):
        dots = [pe[p + k] @ pe[p] for p in range(50)]
        np.testing.assert_allclose(dots, dots[0], rtol=1e-10)
        assert pe[k] @ pe[0] == pytest.approx(pe[0] @ pe[k])


def test_rope_score_depends_only_on_the_offset():
    rng = np.random.default_rng(0)
    q, k = rng.normal(size=16), rng.normal(size=16)
    for offset in (-7, 0, 3, 50):
        scores = [m.rope(q, n + offset) @ m.rope(k, n) for n in (0, 11, 400, 5000)]
        np.testing.assert_allclose(scores, scores[0], rtol=1e-9, atol=1e-12)


def test_rope_is_a_rotation_and_position_zero_is_the_identity():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(5, 8))
    p = np.arange(5) * 37
    assert np.allclose(np.linalg.norm(m.rope(x, p), axis=1), np.linalg.norm(x, axis=1))
    np.testing.assert_array_equal(m.rope(x[0], 0), x[0])
    # rope(x, a + b) = rope(rope(x, a), b)
    np.testing.assert_allclose(m.rope(x, p + 9), m.rope(m.rope(x, p), 9), rtol=1e-10, atol=1e-12)


def test_rope_distinguishes_the_sign_of_the_offset():
    assert m.rope(m.q, 5) @ m.rope(m.k, 7) != pytest.approx(m.rope(m.q, 7) @ m.rope(m.k, 5))
