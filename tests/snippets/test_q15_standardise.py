"""Tests of snippets/q15_standardise.py."""

import numpy as np

from snippets.q15_standardise import show, standardise_apply, standardise_fit


def test_training_split_becomes_zero_mean_unit_std():
    X = np.random.default_rng(0).normal([40.0, 60.0, 0.5], [12.0, 15.0, 0.3], size=(50, 3))
    Z = standardise_apply(X, *standardise_fit(X))
    np.testing.assert_allclose(Z.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(Z.std(axis=0), 1.0)


def test_other_data_uses_the_training_statistics_unchanged():
    mean, std = standardise_fit(np.array([[0.0, 10.0], [2.0, 30.0]]))
    np.testing.assert_allclose(standardise_apply(np.array([[3.0, 40.0]]), mean, std), [[2.0, 2.0]])


def test_constant_column_becomes_zero_not_nan():
    X = np.array([[1.0, 5.0], [3.0, 5.0]])
    Z = standardise_apply(X, *standardise_fit(X))
    np.testing.assert_array_equal(Z[:, 1], 0.0)


def test_show_prints_no_negative_zero():
    assert show(np.array([-1e-17, 0.5])) == "[0.00 0.50]"
