"""Unit tests of snippets/q19_why_not_train_loss.py."""

import numpy as np
import pytest

from snippets import q19_why_not_train_loss as m
from tests.gradcheck import check_gradient


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
        return m.mse(m.ridge_fit(X, y, float(np.exp(z[0]))), Xv, yv)

    analytic = np.array([m.val_mse_log_lambda_grad(log_lam, X, y, Xv, yv)])
    check_gradient(val_of, analytic, np.array([log_lam]), rtol=1e-5)


def test_training_error_never_prefers_more_regularisation():
    (X, y), _ = _splits(2)
    errors = [m.mse(m.ridge_fit(X, y, lam), X, y) for lam in 10.0 ** np.arange(-4, 3)]
    assert all(a <= b + 1e-12 for a, b in zip(errors, errors[1:], strict=False))
