"""Unit tests of snippets/q06_activations.py, the core program."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from snippets import q06_activations as m
from snippets.nn.gradcheck import check_gradient

Z = np.array([-6.0, -2.5, -0.3, 0.4, 1.7, 5.0])  # away from ReLU's kink


@pytest.mark.parametrize(
    ("f", "df"),
    [(m.sigmoid, m.sigmoid_derivative), (lambda z: np.maximum(z, 0.0), m.relu_derivative)],
    ids=["sigmoid", "relu"],
)
def test_derivatives_match_central_differences(f, df):
    check_gradient(lambda z: float(f(z).sum()), df(Z), Z)


def test_tanh_slope_from_the_sigmoid_identity():
    check_gradient(lambda z: float(np.tanh(z).sum()), 4 * m.sigmoid_derivative(2 * Z), Z)
    np.testing.assert_allclose(np.tanh(Z), 2 * m.sigmoid(2 * Z) - 1, atol=1e-15)


def test_slope_bounds_and_relu_kink():
    z = np.linspace(-30.0, 30.0, 60001)
    assert m.sigmoid_derivative(z).max() == pytest.approx(0.25, abs=1e-15)
    assert (4 * m.sigmoid_derivative(2 * z)).max() == pytest.approx(1.0, abs=1e-15)
    assert m.relu_derivative(np.array([0.0])).tolist() == [0.0]
    assert np.all(np.isfinite(m.sigmoid(np.array([-1000.0, 1000.0]))))


def test_program_shows_the_collapse_and_its_failure_with_relu():
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, str(root / "snippets" / "q06_activations.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "two linear layers = one: True" in out
    assert "with ReLU between them:  False" in out
