"""Unit tests of snippets/nn/gradcheck.py, the checker every other gradient test relies on: it
must pass right gradients and fail wrong ones."""

import numpy as np
import pytest

from snippets.nn.gradcheck import check_gradient, numerical_gradient


def test_numerical_gradient_is_second_order_accurate_and_leaves_x_alone(rng):
    x = rng.normal(size=(3, 2))
    before = x.copy()
    for eps, bound in ((1e-2, 2e-5), (1e-3, 2e-7)):  # error ~ eps**2 / 6 |f'''|
        error = np.abs(numerical_gradient(lambda v: float(np.sin(v).sum()), x, eps) - np.cos(x))
        assert error.max() < bound
    np.testing.assert_array_equal(x, before)


def test_check_gradient_accepts_the_right_gradient_and_reports_its_error(rng):
    x = rng.normal(size=5)
    worst = check_gradient(lambda v: float(np.sum(v**3)), 3 * x**2, x)
    assert 0.0 <= worst < 1e-8


@pytest.mark.parametrize(
    "wrong", [lambda x: 3 * x**2 * (1 + 1e-4), lambda x: 3 * x**2 + 1e-6, lambda x: 2 * x**2]
)
def test_check_gradient_rejects_a_wrong_gradient(wrong):
    # At x = 0.1 the gradient is 0.03 and the tolerance 1e-8 + 1e-6 * 0.03: an offset of 1e-6 is
    # caught there. (Where |3 x^2| >= 1 it is not, so random points made this test flaky.)
    x = np.array([0.1, -0.4, 0.7, -1.3, 2.0])
    with pytest.raises(AssertionError, match="Not equal to tolerance"):
        check_gradient(lambda v: float(np.sum(v**3)), wrong(x), x)


def test_check_gradient_rejects_a_wrong_shape(rng):
    x = rng.normal(size=(2, 3))
    with pytest.raises(AssertionError, match="shape"):
        check_gradient(lambda v: float(np.sum(v**2)), (2 * x).T, x)
