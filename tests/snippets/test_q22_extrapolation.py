"""Unit tests of snippets/q22_extrapolation.py."""

import numpy as np
import pytest

from snippets import q22_extrapolation as m


def test_frequencies_are_geometric_from_one_to_nearly_one_over_base():
    theta = m.rope_frequencies(128)
    assert theta[0] == 1.0 and theta[-1] == pytest.approx(10000.0 ** (-126 / 128))
    np.testing.assert_allclose(theta[1:] / theta[:-1], theta[1] / theta[0])


def test_score_of_ones_is_the_cosine_sum():
    assert m.rope_score_ones(0, 128) == pytest.approx(128.0)
    theta = m.rope_frequencies(8)
    assert m.rope_score_ones(3, 8) == pytest.approx(2 * np.cos(3 * theta).sum())


def test_slow_pair_count_by_direct_rotation():
    theta = m.rope_frequencies(128)
    # a pair completes a turn within 2048 tokens iff some position p < 2048 has p * theta >= 2 pi
    count = sum(2047 * t < 2 * np.pi for t in theta)
    assert count == np.sum(2 * np.pi / theta > 2048) == 23
