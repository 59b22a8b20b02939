"""Unit tests of snippets/q13_gradient_descent.py."""

import numpy as np
import pytest

from snippets import q13_gradient_descent as m
from snippets.nn.gradcheck import check_gradient


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
    assert reason.startswith("loss change below")


def test_non_finite_loss_stops_the_loop():
    X = np.array([[1.0], [1.0]])
    y = np.array([1.0, 1.0])
    with np.errstate(invalid="ignore"):  # inf * 0 in the forward pass gives NaN on purpose
        _, history, reason = m.gradient_descent(X * np.inf, y, 1.0)
    assert reason.startswith("loss is not finite") and len(history) == 1


def test_loss_hessian_matches_differences_of_the_gradient(data):
    X, y = data
    theta = np.array([0.7, -0.4, 0.2])
    H = m.loss_hessian(theta, X)
    for i in range(3):
        row = m.numerical_gradient(lambda t, i=i: float(m.loss_grad(t, X, y)[i]), theta)
        np.testing.assert_allclose(H[i], row, atol=1e-8)
    np.testing.assert_allclose(H, H.T)


def _losses(X, y, lr, steps):
    _, runs, _ = m.gradient_descent(X, y, lr, grad_tol=0.0, loss_tol=0.0, max_iters=steps)
    return np.array([h[1] for h in runs])


def test_steps_beyond_two_over_l_converge_below_the_local_limit():
    X, y = m.make_data(100, np.random.default_rng(0))
    L = np.linalg.eigvalsh(X.T @ X).max() / (4 * len(y))
    theta, _, _ = m.gradient_descent(X, y, 1.0 / L)
    sharpness = np.linalg.eigvalsh(m.loss_hessian(theta, X)).max()
    assert sharpness < 0.25 * L  # the curvature at the optimum is far below the global bound
    best = _losses(X, y, 1.0 / L, 2000)[-1]
    for multiple in [5.0, 9.5]:  # above 2/L, below 2/sharpness = 9.8/L
        assert multiple < 2 * L / sharpness
        assert _losses(X, y, multiple / L, 2000)[-1] == pytest.approx(best, abs=1e-12)
    assert 10.0 > 2 * L / sharpness
    tail = _losses(X, y, 10.0 / L, 2000)[-4:]
    assert tail.min() > best + 1e-3  # oscillates around the optimum instead of reaching it
    assert tail[0] == pytest.approx(tail[2]) and tail[1] == pytest.approx(tail[3])
