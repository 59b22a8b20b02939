"""Unit tests of snippets/q05_capacity_curve.py."""

import numpy as np
import pytest
from numpy.polynomial import legendre

from snippets import q05_capacity_curve as m


def test_mse_is_zero_for_an_exact_polynomial_and_per_set():
    x = np.linspace(-1, 1, 30)
    coef = np.array([[0.5, 1.0], [-2.0, 0.0], [0.0, 3.0]])  # two polynomials, shape (3, 2)
    y = np.stack([0.5 - 2.0 * x, 1.0 + 3.0 * legendre.legval(x, [0, 0, 1])])
    np.testing.assert_allclose(m.poly_mse(coef, x, y), [0.0, 0.0], atol=1e-24)
    assert m.poly_mse(coef, x, y + 1.0).shape == (2,)
    np.testing.assert_allclose(m.poly_mse(coef, x, y + 1.0), [1.0, 1.0])


@pytest.fixture(scope="module")
def page_curve():
    return m.capacity_curve(np.random.default_rng(0))


def test_training_error_never_increases_with_degree(page_curve):
    train, _, _ = page_curve
    assert np.all(np.diff(train) <= 1e-12)  # nested least-squares fits


def test_validation_error_is_u_shaped_and_the_page_numbers_hold(page_curve):
    train, val, truth = page_curve
    best = int(np.argmin(val))
    assert best == 3
    assert val[-1] > 8 * val[best]
    assert train[-1] < m.NOISE_SD**2 < val[-1]  # the gap, not the training error, is the symptom
    assert abs(truth - m.NOISE_SD**2) < 0.003  # the true curve scores the noise, on average


def test_the_minimum_is_not_a_lucky_seed():
    for seed in (1, 5):
        train, val, _ = m.capacity_curve(np.random.default_rng(seed))
        assert int(np.argmin(val)) in (3, 4, 5)
        assert 0.8 < val[-1] < 1.2


def test_main_prints_one_row_per_degree(capsys):
    m.main()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 + 16 + 1
    assert sum("<- lowest" in line for line in lines) == 1
