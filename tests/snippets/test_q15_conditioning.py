"""Tests of snippets/q15_conditioning.py."""

import numpy as np

from snippets.q15_conditioning import gradient_descent, make_data, with_intercept


def test_with_intercept():
    A = with_intercept(np.arange(6.0).reshape(3, 2))
    np.testing.assert_array_equal(A[:, 0], 1.0)
    assert A.shape == (3, 3)


def test_gradient_descent_reaches_least_squares_on_standardised_data():
    X, y = make_data(np.random.default_rng(1), n=200)
    A = with_intercept((X - X.mean(axis=0)) / X.std(axis=0))
    w, steps, gap = gradient_descent(A, y, tol=1e-10)
    assert steps is not None and steps < 50 and gap <= 1e-10
    np.testing.assert_allclose(w, np.linalg.lstsq(A, y, rcond=None)[0], atol=1e-4)


def test_gradient_descent_reports_failure_when_the_budget_is_too_small():
    X, y = make_data(np.random.default_rng(2), n=200)
    _, steps, gap = gradient_descent(with_intercept(X), y, max_steps=100)
    assert steps is None and gap > 1e-6


def test_standardising_lowers_the_condition_number():
    X, _ = make_data(np.random.default_rng(3))
    raw = np.linalg.cond(with_intercept(X).T @ with_intercept(X))
    Z = with_intercept((X - X.mean(axis=0)) / X.std(axis=0))
    assert np.linalg.cond(Z.T @ Z) < 2.0 < 1e3 < raw


def test_whiten_gives_identity_covariance():
    from snippets.q15_conditioning import whiten

    rng = np.random.default_rng(4)
    X = rng.multivariate_normal([5.0, -3.0], [[4.0, 3.0], [3.0, 9.0]], 400)
    np.testing.assert_allclose(np.cov(whiten(X), rowvar=False), np.eye(2), atol=1e-10)


def test_adam_steps_reaches_tolerance_and_reports_none_when_capped():
    from snippets.q15_conditioning import adam_steps

    X, y = make_data(np.random.default_rng(5), n=200)
    A = with_intercept((X - X.mean(0)) / X.std(0))
    assert adam_steps(A, y) is not None
    assert adam_steps(A, y, max_steps=3, lrs=(1e-3,)) is None
