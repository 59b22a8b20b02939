"""Unit tests of snippets/q13_gradient_descent.py."""

import numpy as np
import pytest

from snippets import q13_gradient_descent as m
from tests.gradcheck import check_gradient


@pytest.fixture(scope="module")
def data():
    return m.make_data(50, np.random.default_rng(3))


def test_loss_grad_matches_central_differences(data):
    X, y = data
    for theta in [np.zeros(3), np.array([2.0, -1.0, 0.5]), np.array([-30.0, 40.0, 5.0])]:
        check_gradient(lambda t: m.loss(t, X, y), m.loss_grad(theta, X, y), theta)


def test_loss_is_stable_for_large_logits():
    X = np.array([[1000.0], [-1000.0]])
    y = np.array([1.0, 1.0])
    assert m.loss(np.array([1.0]), X, y) == pytest.approx(500.0)


def test_numerical_gradient_agrees_on_a_quadratic():
    theta = np.array([1.0, -2.0])
    np.testing.assert_allclose(
        m.numerical_gradient(lambda t: float(t @ t), theta), 2 * theta, atol=1e-8
    )


def test_step_one_over_l_decreases_the_loss_and_stops_on_the_gradient(data):
    X, y = data
    L = np.linalg.eigvalsh(X.T @ X).max() / (4 * len(y))
    theta, history, reason = m.gradient_descent(X, y, 1.0 / L)
    losses = np.array([h[1] for h in history])
    assert np.all(np.diff(losses) < 0)
    assert reason.startswith("gradient norm below")
    assert np.linalg.norm(m.loss_grad(theta, X, y)) < 1e-6


def test_other_stopping_criteria(data):
    X, y = data
    L = np.linalg.eigvalsh(X.T @ X).max() / (4 * len(y))
    _, history, reason = m.gradient_descent(X, y, 1.0 / L, max_iters=5)
    assert history[-1][0] == 5 and reason.startswith("budget")
    _, _, reason = m.gradient_descent(X, y, 1.0 / L, grad_tol=0.0, loss_tol=1e-8)
    assert reason.startswith("loss decrease below")
    _, _, reason = m.gradient_descent(X, y, 50.0 / L)
    assert reason.startswith("loss went up")
