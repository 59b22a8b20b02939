"""Unit tests of snippets/q06_saturation.py."""

import numpy as np
import pytest

from snippets import q06_saturation as m
from tests.gradcheck import check_gradient

Z = np.array([-6.0, -2.5, -0.3, 0.4, 1.7, 5.0])  # away from ReLU's kink


@pytest.mark.parametrize(
    ("f", "df"),
    [(m.sigmoid, m.sigmoid_derivative), (np.tanh, m.tanh_derivative), (m.relu, m.relu_derivative)],
    ids=["sigmoid", "tanh", "relu"],
)
def test_derivatives_match_central_differences(f, df):
    check_gradient(lambda z: float(f(z).sum()), df(Z), Z)


def test_derivative_bounds():
    z = np.linspace(-30.0, 30.0, 60001)
    assert m.sigmoid_derivative(z).max() == pytest.approx(0.25, abs=1e-15)
    assert m.tanh_derivative(z).max() == pytest.approx(1.0, abs=1e-15)
    assert m.sigmoid_derivative(z).min() >= 0.0 and m.tanh_derivative(z).min() >= 0.0
    assert z[m.sigmoid_derivative(z).argmax()] == pytest.approx(0.0, abs=1e-12)


def test_sigmoid_is_stable_and_symmetric():
    z = np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0])
    s = m.sigmoid(z)
    assert np.all(np.isfinite(s))
    np.testing.assert_allclose(s + m.sigmoid(-z), 1.0, atol=1e-15)


def test_central_difference_is_second_order():
    z = np.array([0.3, -1.1])
    err = np.abs(m.central_difference(np.sin, z, 1e-3) - np.cos(z))
    assert err.max() < 1e-6


def test_gradient_through_depth_vanishes_for_sigmoid_only():
    ratios = {
        name: m.gradient_through_depth(name, 20, 64, np.random.default_rng(1))
        for name in m.ACTIVATIONS
    }
    for r in ratios.values():
        assert r.shape == (20,)
    assert ratios["sigmoid"][0] < 1e-9
    assert ratios["tanh"][0] > 1e-2
    assert 0.1 < ratios["relu"][0] < 10.0
