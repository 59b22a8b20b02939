"""Unit tests of snippets/q09_log_softmax_underflow.py."""

import numpy as np
import pytest

from snippets import q09_log_softmax_underflow as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("z", [np.array([2.0, -1.0, 0.5]), np.array([30.0, 0.0, -4.0])])
@pytest.mark.parametrize("label", [0, 2])
def test_chain_rule_gradient_matches_central_differences(z, label):
    check_gradient(
        lambda v: float(-np.log(m.softmax(v))[label]), m.log_of_softmax_grad(z, label), z
    )


def test_chain_rule_gradient_equals_p_minus_y_while_p_is_representable():
    z = np.array([3.0, -2.0, 1.0, 0.0])
    expected = m.softmax(z) - np.eye(4)[1]
    np.testing.assert_allclose(m.log_of_softmax_grad(z, 1), expected, atol=1e-14)


def test_naive_log_of_softmax_is_minus_inf_exactly_after_underflow():
    with np.errstate(divide="ignore"):
        assert np.isfinite(np.log(m.softmax(np.array([745.0, 0.0])))[1])
        assert np.log(m.softmax(np.array([745.2, 0.0])))[1] == -np.inf
    assert m.log_softmax(np.array([1e5, 0.0]))[1] == -1e5


def test_chain_rule_gradient_is_nan_after_underflow():
    with np.errstate(divide="ignore", invalid="ignore"):
        assert np.all(np.isnan(m.log_of_softmax_grad(np.array([746.0, 0.0]), 1)))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_printed_thresholds_bracket_the_underflow(dtype):
    tiny = float(np.finfo(dtype).smallest_subnormal)
    gap = np.log(2.0) - np.log(tiny)
    with np.errstate(under="ignore"):
        assert m.softmax(np.array([0.98 * gap, 0.0], dtype=dtype))[1] > 0
        assert m.softmax(np.array([1.02 * gap, 0.0], dtype=dtype))[1] == 0


def test_unshifted_softmax_overflows_to_nan_and_the_shifted_one_does_not():
    with np.errstate(over="ignore", invalid="ignore"):
        assert np.isnan(m.softmax_unshifted(np.array([710.0, 0.0]))[0])
    np.testing.assert_allclose(m.softmax(np.array([710.0, 0.0])), [1.0, 0.0], atol=1e-300)
