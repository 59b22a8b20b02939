"""Unit tests of snippets/q21_scaling.py."""

import numpy as np
import pytest

from snippets import q21_scaling as m


def test_jacobian_norm_is_that_of_the_explicit_matrix():
    p = m.softmax(np.random.default_rng(0).normal(size=(3, 5)))
    for row, norm in zip(p, m.softmax_jacobian_norm(p), strict=True):
        J = np.diag(row) - np.outer(row, row)
        assert norm == pytest.approx(np.linalg.norm(J, 2), rel=1e-12)


def test_one_hot_softmax_has_zero_jacobian():
    assert m.softmax_jacobian_norm(np.array([[1.0, 0.0, 0.0]]))[0] == 0.0


def test_unscaled_scores_saturate_and_scaled_ones_do_not():
    rng = np.random.default_rng(1)
    raw_small, raw_big = m.saturation(4, False, rng), m.saturation(512, False, rng)
    fixed_small, fixed_big = m.saturation(4, True, rng), m.saturation(512, True, rng)
    assert raw_big[0] > 0.9 and raw_big[1] < 0.1 < raw_small[1]
    assert fixed_big[0] == pytest.approx(fixed_small[0], abs=0.03)
    assert fixed_big[1] == pytest.approx(fixed_small[1], abs=0.03)
