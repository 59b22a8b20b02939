"""Tests of snippets/q15_leakage.py."""

import numpy as np

from snippets.q15_leakage import accuracy, fit, sample_period, standardise_apply, top_correlated


def test_drift_moves_only_feature_zero():
    X0, y0 = sample_period(np.random.default_rng(1), 50)
    X1, y1 = sample_period(np.random.default_rng(1), 50, drift=8.0)
    np.testing.assert_allclose(X1[:, 0] - X0[:, 0], 8.0)
    np.testing.assert_array_equal(X1[:, 1], X0[:, 1])
    np.testing.assert_array_equal(y0, y1)


def test_fit_beats_chance_on_fresh_data():
    rng = np.random.default_rng(2)
    X, y = sample_period(rng, 400)
    mean, std = X.mean(axis=0), X.std(axis=0)
    w = fit(standardise_apply(X, mean, std), y)
    X_new, y_new = sample_period(rng, 400)
    assert accuracy(w, standardise_apply(X_new, mean, std), y_new) > 70


def test_fit_is_invariant_to_a_per_feature_affine_map():
    # why pooled scaler statistics change nothing for this model
    rng = np.random.default_rng(3)
    X, y = sample_period(rng, 300)
    Z = standardise_apply(X, X.mean(axis=0), X.std(axis=0))
    w1 = fit(Z, y, steps=5000)
    w2 = fit(2.0 * Z + 1.0, y, steps=5000)
    X_new, _ = sample_period(rng, 300)
    Z_new = standardise_apply(X_new, X.mean(axis=0), X.std(axis=0))
    p1 = np.hstack([np.ones((300, 1)), Z_new]) @ w1
    p2 = np.hstack([np.ones((300, 1)), 2.0 * Z_new + 1.0]) @ w2
    np.testing.assert_allclose(p1, p2, atol=1e-2)


def test_top_correlated_finds_the_informative_column():
    rng = np.random.default_rng(4)
    y = rng.integers(0, 2, 100).astype(float)
    X = rng.normal(size=(100, 50))
    X[:, 7] += 3.0 * y
    assert top_correlated(X, y, 1).tolist() == [7]
