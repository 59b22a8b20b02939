"""Unit tests of snippets/q06_saturation.py."""

import numpy as np
import pytest

from snippets import q06_saturation as m
from snippets.nn.gradcheck import check_gradient

Z = np.array([-6.0, -2.5, -0.3, 0.4, 1.7, 5.0])  # away from ReLU's kink
PAIRS = [
    (m.sigmoid, m.sigmoid_derivative),
    (np.tanh, m.tanh_derivative),
    (m.relu, m.relu_derivative),
    (m.gelu_tanh, m.gelu_tanh_derivative),
    (m.swish, m.swish_derivative),
]


@pytest.mark.parametrize(("f", "df"), PAIRS, ids=["sigmoid", "tanh", "relu", "gelu", "swish"])
def test_derivatives_match_central_differences(f, df):
    check_gradient(lambda z: float(f(z).sum()), df(Z), Z)


def test_activation_table_matches_the_pairs():
    assert list(m.ACTIVATIONS.values()) == PAIRS


def test_gelu_and_silu_minima():
    z = np.linspace(-10.0, 10.0, 20001)
    assert m.swish(z).min() == pytest.approx(-0.2785, abs=1e-4)
    assert m.gelu_tanh(z).min() == pytest.approx(-0.1700, abs=1e-4)
    # the slope is zero at the minimum and negative to its left
    assert abs(float(m.swish_derivative(np.array(-1.2785)))) < 1e-4
    assert m.swish_derivative(np.array(-2.0)) < 0 < m.swish_derivative(np.array(-1.0))


def test_sigmoid_gradient_vanishes_tanh_and_relu_do_not():
    results = {
        (name, gain): m.gradient_through_depth(name, 20, 64, np.random.default_rng(1), gain)
        for name, gain in [("sigmoid", 1.0), ("tanh", 1.0), ("ReLU", 2.0)]
    }
    ratios = {name: r for (name, _), (r, _) in results.items()}
    assert all(r.shape == (20,) for r in ratios.values())
    assert ratios["sigmoid"][0] < 1e-9
    assert ratios["tanh"][0] > 1e-2
    assert 0.1 < ratios["ReLU"][0] < 10.0
    assert 0.2 < results[("sigmoid", 1.0)][1] <= 0.25  # not saturated: mean slope near 1/4
    assert results[("ReLU", 2.0)][1] == pytest.approx(0.5, abs=0.05)


def test_larger_sigmoid_weights_offset_the_slope_but_saturate_the_units():
    small, slope_small = m.gradient_through_depth("sigmoid", 20, 64, np.random.default_rng(1), 1.0)
    large, slope_large = m.gradient_through_depth("sigmoid", 20, 64, np.random.default_rng(1), 16.0)
    assert large[0] > 1e6 * small[0]  # far more gradient arrives ...
    assert large[0] < 1e-2  # ... but it still vanishes
    assert slope_large < 0.6 * slope_small  # because the units saturate
