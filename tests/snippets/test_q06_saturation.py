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
    ratios = {name: r for (name, _), (r, _, _) in results.items()}
    assert all(r.shape == (20,) for r in ratios.values())
    assert ratios["sigmoid"][0] < 1e-9
    assert ratios["tanh"][0] > 1e-2
    assert 0.1 < ratios["ReLU"][0] < 10.0
    assert 0.2 < results[("sigmoid", 1.0)][1] <= 0.25  # not saturated: mean slope near 1/4
    assert results[("ReLU", 2.0)][1] == pytest.approx(0.5, abs=0.05)


def test_larger_sigmoid_weights_offset_the_slope_but_the_mean_saturates_the_units():
    small, slope_small, _ = m.gradient_through_depth(
        "sigmoid", 20, 64, np.random.default_rng(1), 1.0
    )
    large, slope_large, offset = m.gradient_through_depth(
        "sigmoid", 20, 64, np.random.default_rng(1), 16.0
    )
    centred, slope_centred, offset_centred = m.gradient_through_depth(
        "sigmoid - 1/2", 20, 64, np.random.default_rng(1), 16.0
    )
    assert large[0] > 1e6 * small[0]  # far more gradient arrives ...
    assert large[0] < 1e-2  # ... but it still vanishes
    assert slope_large < 0.6 * slope_small  # because the units saturate ...
    assert offset > 1.5 > 0.1 > offset_centred  # ... pushed by the 0.5 mean of their inputs
    assert centred[0] > 0.05  # centring the sigmoid removes the collapse
    assert slope_centred > 0.2


def test_tanh_net_is_a_sigmoid_net_with_four_times_the_weights_and_centring_biases():
    # tanh(u) = 2 sigmoid(2u) - 1, so a tanh layer with weights W is a sigmoid layer with 4 W and
    # bias -2 (column sums of W) acting on the sigmoid outputs s = (a + 1) / 2.
    rng = np.random.default_rng(0)
    weights = [rng.normal(0.0, 0.125, (64, 64)) for _ in range(5)]
    x = rng.standard_normal((16, 64))
    a, s = x, m.sigmoid(2 * x @ weights[0])
    for W in weights:
        a = np.tanh(a @ W)
    for W in weights[1:]:
        s = m.sigmoid(s @ (4 * W) - 2 * W.sum(axis=0))
    np.testing.assert_allclose(a, 2 * s - 1, atol=1e-12)


def test_exact_gelu_and_its_tanh_form_agree_to_5e_4():
    z = np.linspace(-10.0, 10.0, 20001)
    gap = np.abs(m.gelu_erf(z) - m.gelu_tanh(z)).max()
    assert 1e-4 < gap < 5e-4
    assert m.gelu_erf(np.array([0.0, 1.0]))[1] == pytest.approx(0.841344746, abs=1e-9)


def test_exploding_with_relu_at_twice_the_he_variance():
    ratios, _, _ = m.gradient_through_depth("ReLU", 20, 64, np.random.default_rng(1), 4.0)
    assert ratios[0] > 100.0  # about sqrt(2) per layer
