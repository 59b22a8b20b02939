"""Unit tests of snippets/q13_learning_rate.py."""

import numpy as np
import pytest

from snippets import q13_learning_rate as m
from snippets.nn.gradcheck import check_gradient


def test_quadratic_grad_matches_central_differences():
    A, _ = m.rotated_quadratic([2.0, 7.0], 0.4)
    theta = np.array([0.3, -1.7])
    check_gradient(lambda t: m.quadratic(t, A), m.quadratic_grad(theta, A), theta)


def test_rotated_quadratic_has_the_requested_spectrum():
    A, Q = m.rotated_quadratic([1.0, 10.0], np.pi / 6)
    np.testing.assert_allclose(np.linalg.eigvalsh(A), [1.0, 10.0])
    np.testing.assert_allclose(A @ Q, Q * np.array([1.0, 10.0]), atol=1e-12)


@pytest.mark.parametrize("eta_l", [0.2, 1.0, 1.5, 1.99])
def test_converges_below_two_over_l(eta_l):
    A, Q = m.rotated_quadratic([1.0, 10.0], 0.5)
    path = m.gradient_descent(lambda t: m.quadratic_grad(t, A), Q @ [1.0, 1.0], eta_l / 10, 3000)
    assert np.linalg.norm(path[-1]) < 1e-6


@pytest.mark.parametrize(("eta_l", "steps"), [(2.01, 1000), (2.5, 100)])
def test_diverges_above_two_over_l(eta_l, steps):
    A, Q = m.rotated_quadratic([1.0, 10.0], 0.5)
    path = m.gradient_descent(lambda t: m.quadratic_grad(t, A), Q @ [1.0, 1.0], eta_l / 10, steps)
    assert np.linalg.norm(path[-1]) > 1e3


@pytest.mark.parametrize("lr", [0.02, 0.19, 0.21])
def test_measurement_matches_the_eigenvalue_formula(lr):
    eigenvalues = np.array([1.0, 10.0])
    A, Q = m.rotated_quadratic(eigenvalues, np.pi / 6)
    theta0 = Q @ [1.0, 1.0]
    path = m.gradient_descent(lambda t: m.quadratic_grad(t, A), theta0, lr, 50)
    measured = np.linalg.norm(path[-1]) / np.linalg.norm(theta0)
    predicted = np.sqrt(np.mean((1.0 - lr * eigenvalues) ** 100))
    assert measured == pytest.approx(predicted, rel=1e-9)
