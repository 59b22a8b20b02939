"""Tests of snippets/q15_l2_normalise.py."""

import numpy as np

from snippets.q15_l2_normalise import l2_normalise


def test_rows_have_unit_norm_and_keep_their_direction():
    X = np.random.default_rng(0).normal(size=(5, 4)) * np.array(
        [[0.1], [1.0], [3.0], [10.0], [50.0]]
    )
    U = l2_normalise(X)
    np.testing.assert_allclose(np.linalg.norm(U, axis=1), 1.0)
    np.testing.assert_allclose(U * np.linalg.norm(X, axis=1, keepdims=True), X)


def test_zero_row_stays_zero():
    np.testing.assert_array_equal(l2_normalise(np.zeros((1, 3))), 0.0)


def test_dot_product_of_unit_rows_is_cosine_and_distance_follows():
    a, b = np.array([[3.0, 4.0]]), np.array([[1.0, 0.0]])
    ua, ub = l2_normalise(a)[0], l2_normalise(b)[0]
    assert np.isclose(ua @ ub, 0.6)
    assert np.isclose(np.sum((ua - ub) ** 2), 2 - 2 * 0.6)
