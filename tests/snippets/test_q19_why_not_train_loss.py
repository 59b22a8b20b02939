"""Unit tests of snippets/q19_why_not_train_loss.py."""

import numpy as np
import pytest

from snippets import q19_why_not_train_loss as m
from snippets.nn.gradcheck import check_gradient


def _splits(seed=0, d=8):
    rng = np.random.default_rng(seed)
    w_true = rng.normal(size=d) / np.sqrt(d)
    return m.make_split(20, w_true, 1.0, rng), m.make_split(30, w_true, 1.0, rng)


def test_ridge_fit_is_a_stationary_point():
    (X, y), _ = _splits()
    lam = 0.3
    w = m.ridge_fit(X, y, lam)
    grad = 2 * X.T @ (X @ w - y) / len(y) + 2 * lam * w
    np.testing.assert_allclose(grad, 0.0, atol=1e-12)


@pytest.mark.parametrize("log_lam", [-3.0, -0.5, 1.0])
def test_val_mse_log_lambda_grad_matches_central_differences(log_lam):
    (X, y), (Xv, yv) = _splits(1)

    def val_of(z):
        return m.linear_mse(m.ridge_fit(X, y, float(np.exp(z[0]))), Xv, yv)

    analytic = np.array([m.val_mse_log_lambda_grad(log_lam, X, y, Xv, yv)])
    check_gradient(val_of, analytic, np.array([log_lam]), rtol=1e-5)


def test_training_error_never_prefers_more_regularisation():
    (X, y), _ = _splits(2)
    errors = [m.linear_mse(m.ridge_fit(X, y, lam), X, y) for lam in 10.0 ** np.arange(-4, 3)]
    assert all(a <= b + 1e-12 for a, b in zip(errors, errors[1:], strict=False))


def test_ridge_path_matches_ridge_fit():
    (X, y), _ = _splits(3)
    lams = np.array([1e-3, 0.1, 10.0])
    W = m.ridge_path(X, y, lams)
    for lam, w in zip(lams, W, strict=True):
        np.testing.assert_allclose(w, m.ridge_fit(X, y, lam), rtol=1e-10, atol=1e-12)


def test_expected_test_mse_matches_a_large_sample():
    rng = np.random.default_rng(4)
    w_true, w = rng.normal(size=5), rng.normal(size=5)
    X, y = m.make_split(400_000, w_true, 0.7, rng)
    assert m.linear_mse(w, X, y) == pytest.approx(m.expected_test_mse(w, w_true, 0.7), rel=0.01)


def test_selection_makes_validation_error_optimistic():
    grid = 10.0 ** np.arange(-2.0, 2.5, 0.5)
    chosen, fixed = m.selection_gap(400, grid, 1.0, np.random.default_rng(5), d=10, n=20)
    assert chosen.mean() < fixed.mean() - 0.03
    assert abs(fixed.mean()) < 4 * fixed.std() / np.sqrt(len(fixed))
