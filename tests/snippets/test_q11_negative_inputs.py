"""Unit tests of snippets/q11_negative_inputs.py."""

import numpy as np
import pytest

from snippets import q11_negative_inputs as m
from snippets.nn.gradcheck import check_gradient

Z = np.array([-8.0, -2.0, -0.5, 0.5, 3.0])


def _swish(z):
    return z * m.sigmoid(z)


def test_swish_derivative_matches_central_differences():
    check_gradient(lambda z: float(_swish(z).sum()), m.swish_derivative(Z), Z)


def test_relu_derivative_matches_central_differences():
    check_gradient(lambda z: float(np.maximum(z, 0).sum()), m.relu_derivative(Z), Z)


@pytest.mark.parametrize(
    ("act", "derivative"),
    [(lambda z: np.maximum(z, 0.0), m.relu_derivative), (_swish, m.swish_derivative)],
    ids=["relu", "swish"],
)
def test_weight_gradient_matches_central_differences(act, derivative):
    rng = np.random.default_rng(0)
    X, W, U = rng.standard_normal((6, 3)), rng.standard_normal((3, 4)), rng.standard_normal((6, 4))
    b = -0.5
    analytic = X.T @ (U * derivative(X @ W + b))
    check_gradient(lambda W_: float((U * act(X @ W_ + b)).sum()), analytic, W)


def test_relu_units_negative_on_every_example_get_no_gradient():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((32, 4))
    Z = X @ rng.standard_normal((4, 10)) - 50.0
    U = rng.standard_normal(Z.shape)
    assert np.all(X.T @ (U * m.relu_derivative(Z)) == 0.0)
    assert np.all((X.T @ (U * m.swish_derivative(Z))).any(axis=0))


def test_report_prints_the_dead_units(capsys):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((16, 4))
    Z = X @ rng.standard_normal((4, 8)) - 50.0
    m.report(X, Z, rng.standard_normal(Z.shape))
    assert "8 of 8" in capsys.readouterr().out
