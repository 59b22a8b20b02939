"""Unit tests of snippets/q31_next_token.py (the core program)."""

import numpy as np
import pytest

from snippets import q31_next_token as m


def test_the_perplexity_of_a_uniform_model_is_the_vocabulary_size():
    logits = np.zeros((5, 7))
    nll = -m.log_softmax(logits)[np.arange(5), [0, 3, 6, 2, 1]]
    assert np.exp(nll.mean()) == pytest.approx(7.0)


def test_the_printed_loss_is_the_mean_cross_entropy_of_the_shifted_tokens():
    rows = np.arange(6)
    expected = -np.log(m.softmax(m.logits)[rows, m.tokens[1:]])
    np.testing.assert_allclose(m.nll, expected, rtol=1e-12)


def test_nucleus_is_the_smallest_prefix_reaching_the_mass():
    p = np.array([0.1, 0.5, 0.15, 0.25])
    np.testing.assert_array_equal(m.nucleus(p, 0.7), [1, 3])  # 0.5 + 0.25 >= 0.7
    np.testing.assert_array_equal(m.nucleus(p, 0.75), [1, 3])  # exactly reached
    np.testing.assert_array_equal(m.nucleus(p, 0.76), [1, 3, 2])
    np.testing.assert_array_equal(m.nucleus(p, 0.01), [1])  # always at least the top token


def test_nucleus_with_p_one_keeps_every_token(rng):
    p = m.softmax(rng.normal(size=50))
    assert len(m.nucleus(p, 1.0)) >= 49  # all, up to rounding of the last cumulative sum


def test_nucleus_adapts_to_the_shape_of_the_distribution():
    peaked = m.softmax(np.array([10.0, 0.0, 0.0, 0.0, 0.0]))
    flat = m.softmax(np.zeros(5))
    assert len(m.nucleus(peaked, 0.9)) == 1
    assert len(m.nucleus(flat, 0.9)) == 5


def test_temperature_sharpens_below_one_and_flattens_above(rng):
    z = rng.normal(size=8)
    top = np.argmax(z)
    probs = [m.softmax(z / T)[top] for T in (0.1, 0.5, 1.0, 2.0, 10.0)]
    assert all(a > b for a, b in zip(probs, probs[1:], strict=False))
    assert m.softmax(z / 1e-3)[top] == pytest.approx(1.0)  # T -> 0 is greedy
