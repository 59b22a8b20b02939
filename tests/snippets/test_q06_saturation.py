"""Unit tests of snippets/q06_saturation.py."""

import numpy as np
import pytest

from snippets import q06_saturation as m
from snippets.nn.gradcheck import check_gradient

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
    results = {
        name: m.gradient_through_depth(name, 20, 64, np.random.default_rng(1))
        for name in m.ACTIVATIONS
    }
    ratios = {name: r for name, (r, _) in results.items()}
    for r in ratios.values():
        assert r.shape == (20,)
    assert ratios["sigmoid"][0] < 1e-9
    assert ratios["tanh"][0] > 1e-2
    assert 0.1 < ratios["relu"][0] < 10.0
    # with 1/fan-in weights the sigmoid units are not saturated: the mean slope is close to 1/4
    assert 0.2 < results["sigmoid"][1] <= 0.25
    assert results["relu"][1] == pytest.approx(0.5, abs=0.05)


def test_larger_sigmoid_weights_offset_the_slope_but_saturate_the_units():
    small, slope_small = m.gradient_through_depth("sigmoid", 20, 64, np.random.default_rng(1))
    large, slope_large = m.gradient_through_depth(
        "sigmoid", 20, 64, np.random.default_rng(1), gain=16.0
    )
    assert large[0] > 1e6 * small[0]  # far more gradient arrives ...
    assert large[0] < 1e-2  # ... but it still vanishes
    assert slope_large < 0.6 * slope_small  # because the units saturate


def test_default_gain_is_he_for_relu_and_lecun_otherwise():
    default, _ = m.gradient_through_depth("relu", 5, 16, np.random.default_rng(4))
    explicit, _ = m.gradient_through_depth("relu", 5, 16, np.random.default_rng(4), gain=2.0)
    np.testing.assert_array_equal(default, explicit)
    default, _ = m.gradient_through_depth("tanh", 5, 16, np.random.default_rng(4))
    explicit, _ = m.gradient_through_depth("tanh", 5, 16, np.random.default_rng(4), gain=1.0)
    np.testing.assert_array_equal(default, explicit)
