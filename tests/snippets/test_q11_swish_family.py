"""Unit tests of snippets/q11_swish_family.py."""

import math

import numpy as np
import pytest

from snippets import q11_swish_family as m
from snippets.nn.gradcheck import check_gradient

X = np.array([-6.0, -2.4, -1.0, -0.2, 0.0, 0.3, 1.5, 4.0])


@pytest.mark.parametrize("beta", [0.3, 1.0, 1.702, 5.0])
def test_swish_derivative_matches_central_differences(beta):
    check_gradient(lambda x: float(m.swish(x, beta).sum()), m.swish_derivative(X, beta), X)


@pytest.mark.parametrize("beta", [0.3, 1.0, 5.0])
def test_swish_beta_grad_matches_central_differences(beta):
    b = np.array([beta])
    check_gradient(lambda b_: float(m.swish(X, b_[0]).sum()), [m.swish_beta_grad(X, beta).sum()], b)


def test_limits_in_beta():
    x = np.linspace(-5.0, 5.0, 100001)
    np.testing.assert_allclose(m.swish(x, 0.0), x / 2)
    assert np.abs(m.swish(x, 1e-4) - x / 2).max() < 1e-3
    # the distance to ReLU is exactly (max |swish_1 - relu|) / beta = 0.2785 / beta
    for beta in [1.0, 10.0, 100.0]:
        assert np.abs(m.swish(x, beta) - np.maximum(x, 0.0)).max() == pytest.approx(
            0.278464 / beta, rel=1e-4
        )


def test_minimum():
    x_min, f_min = m.swish_minimum(1.0)
    assert x_min == pytest.approx(-1.2784645, abs=1e-6)
    assert f_min == pytest.approx(x_min + 1.0, abs=1e-12)
    assert abs(float(m.swish_derivative(np.array(x_min)))) < 1e-12
    grid = np.linspace(-10, 10, 200001)
    assert m.swish(grid).min() >= f_min - 1e-15
    for beta in [0.5, 10.0]:
        xb, fb = m.swish_minimum(beta)
        assert xb == pytest.approx(x_min / beta) and fb == pytest.approx(f_min / beta)


def test_swish_is_not_monotonic_and_is_bounded_below():
    x = np.linspace(-20, 20, 40001)
    d = np.diff(m.swish(x))
    assert (d < 0).any() and (d > 0).any()
    assert m.swish_derivative(x).max() == pytest.approx(1.0998, abs=1e-4)


def test_gelu_and_its_sigmoid_approximation():
    assert float(m.gelu(np.array(1.0))) == pytest.approx(0.5 * (1 + math.erf(1 / math.sqrt(2))))
    x = np.linspace(-5, 5, 1001)
    assert np.abs(m.gelu(x) - m.swish(x, 1.702)).max() < 0.021


@pytest.mark.parametrize("beta", [0.3, 1.0, 10.0])
def test_slopes_at_x_and_minus_x_sum_to_one_and_share_their_extremes(beta):
    x = np.linspace(-40.0 / beta, 40.0 / beta, 400001)
    d = m.swish_derivative(x, beta)
    np.testing.assert_allclose(d + m.swish_derivative(-x, beta), 1.0, atol=1e-12)
    np.testing.assert_allclose(d, m.swish_derivative(beta * x, 1.0), atol=1e-15)
    assert d.min() == pytest.approx(-0.0998, abs=1e-4)
    assert d.max() == pytest.approx(1.0998, abs=1e-4)
    assert x[d.argmax()] == pytest.approx(2.3994 / beta, rel=1e-3)
