"""Tests of snippets/q15_leakage.py."""

import numpy as np

from snippets.nn.gradcheck import check_gradient
from snippets.q15_leakage import (
    fit,
    logistic_loss,
    logistic_loss_grad,
    predict,
    sample_period,
    standardise,
)


def test_logistic_loss_grad_matches_finite_differences():
    rng = np.random.default_rng(0)
    A, w = rng.normal(size=(10, 3)), rng.normal(size=3)
    y = (rng.uniform(size=10) > 0.5).astype(float)
    check_gradient(lambda v: logistic_loss(v, A, y), logistic_loss_grad(w, A, y), w)


def test_logistic_loss_is_stable_for_large_logits():
    A = np.array([[1000.0], [-1000.0]])
    assert np.isfinite(logistic_loss(np.array([1.0]), A, np.array([0.0, 1.0])))


def test_standardise_uses_the_statistics_it_is_given():
    X = np.array([[1.0, 10.0], [3.0, 30.0]])
    np.testing.assert_allclose(
        standardise(X, np.array([1.0, 10.0]), np.array([2.0, 20.0])), [[0.0, 0.0], [1.0, 1.0]]
    )


def test_drift_moves_only_feature_one():
    X0, y0 = sample_period(np.random.default_rng(1), 50)
    X1, y1 = sample_period(np.random.default_rng(1), 50, drift=8.0)
    np.testing.assert_allclose(X1[:, 0] - X0[:, 0], 8.0)
    np.testing.assert_array_equal(X1[:, 1], X0[:, 1])
    np.testing.assert_array_equal(y0, y1)


def test_fit_beats_chance_on_fresh_data():
    rng = np.random.default_rng(2)
    X, y = sample_period(rng, 400)
    mean, std = X.mean(axis=0), X.std(axis=0)
    w = fit(standardise(X, mean, std), y)
    X_new, y_new = sample_period(rng, 400)
    assert np.mean(predict(w, standardise(X_new, mean, std)) == y_new) > 0.7
