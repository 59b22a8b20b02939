"""Unit tests of snippets/nn/activations.py: derivatives by finite differences, invariants,
stability at extreme inputs."""

import numpy as np
import pytest

from snippets.nn import activations as act
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(0)
Z = RNG.normal(0.0, 3.0, 24)
Z = Z[np.abs(Z) > 1e-2]  # away from the kinks of ReLU and leaky ReLU
EXTREME = np.array([-1000.0, -50.0, -1.0, 0.0, 1.0, 50.0, 1000.0])

DERIVATIVES = {
    "sigmoid_derivative": (act.sigmoid, act.sigmoid_derivative),
    "tanh_derivative": (np.tanh, act.tanh_derivative),
    "relu_derivative": (act.relu, act.relu_derivative),
    "leaky_relu_derivative": (
        lambda z: act.leaky_relu(z, alpha=0.1),
        lambda z: act.leaky_relu_derivative(z, alpha=0.1),
    ),
    "gelu_tanh_derivative": (act.gelu_tanh, act.gelu_tanh_derivative),
    "swish_derivative": (
        lambda z: act.swish(z, beta=1.7),
        lambda z: act.swish_derivative(z, beta=1.7),
    ),
    "softplus is integrated sigmoid": (act.softplus, act.sigmoid),
}


@pytest.mark.parametrize("name", DERIVATIVES)
def test_derivative_matches_central_differences(name):
    f, df = DERIVATIVES[name]
    check_gradient(lambda z: float(np.sum(f(z))), df(Z), Z)


def test_softmax_backward_matches_central_differences(rng):
    Zm, G = rng.normal(0.0, 2.0, (3, 5)), rng.normal(size=(3, 5))
    analytic = act.softmax_backward(act.softmax(Zm), G)
    check_gradient(lambda z: float(np.sum(act.softmax(z) * G)), analytic, Zm)


def test_gradient_of_logsumexp_is_softmax(rng):
    Zm = rng.normal(0.0, 2.0, (3, 5))
    check_gradient(lambda z: float(act.logsumexp(z).sum()), act.softmax(Zm), Zm)


@pytest.mark.parametrize(
    "f",
    [
        act.sigmoid,
        act.sigmoid_derivative,
        act.tanh_derivative,
        act.relu,
        act.relu_derivative,
        act.leaky_relu,
        act.leaky_relu_derivative,
        act.gelu_tanh,
        act.gelu_tanh_derivative,
        act.swish,
        act.swish_derivative,
        act.softplus,
        act.logsumexp,
        act.softmax,
        act.log_softmax,
    ],
    ids=lambda f: f.__name__,
)
def test_finite_without_overflow_at_extreme_inputs(f):
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        out = f(EXTREME)
    assert np.all(np.isfinite(out)), out


def test_extreme_values_are_the_limits():
    np.testing.assert_array_equal(act.sigmoid(EXTREME[[0, -1]]), [0.0, 1.0])
    np.testing.assert_array_equal(act.softplus(EXTREME[[0, -1]]), [0.0, 1000.0])
    np.testing.assert_array_equal(act.gelu_tanh(EXTREME[[0, -1]]), [0.0, 1000.0])
    np.testing.assert_array_equal(act.swish_derivative(EXTREME[[0, -1]]), [0.0, 1.0])
    np.testing.assert_array_equal(act.gelu_tanh_derivative(EXTREME[[0, -1]]), [0.0, 1.0])


def test_sigmoid_and_tanh_derivatives_keep_full_relative_precision_in_the_tails():
    """No cancellation in ``1 - sigmoid`` or ``1 - tanh**2``: the tails are right to the last digits."""
    z = np.array([-40.0, 40.0])
    np.testing.assert_allclose(act.sigmoid_derivative(z), np.exp(-40.0), rtol=1e-12)
    np.testing.assert_allclose(act.tanh_derivative(z / 2), 4 * np.exp(-40.0), rtol=1e-12)
    assert act.sigmoid_derivative(np.array([0.0])).item() == 0.25


def test_sigmoid_is_symmetric():
    np.testing.assert_allclose(act.sigmoid(-Z), 1.0 - act.sigmoid(Z), atol=1e-15)


def test_derivatives_at_the_kink_follow_pytorch():
    assert act.relu_derivative(np.array([0.0])).tolist() == [0.0]
    assert act.leaky_relu_derivative(np.array([0.0]), alpha=0.2).tolist() == [0.2]


def test_swish_with_beta_1_is_silu_and_tends_to_relu():
    np.testing.assert_allclose(act.swish(Z), Z * act.sigmoid(Z))
    np.testing.assert_allclose(act.swish(Z, beta=1e4), act.relu(Z), atol=1e-12)


def test_softmax_rows_sum_to_one_and_ignore_shifts():
    logits = np.array([[1000.0, 999.0, -1000.0], [0.0, 1.0, 2.0]])
    s = act.softmax(logits)
    np.testing.assert_allclose(s.sum(axis=-1), 1.0, rtol=1e-15)
    np.testing.assert_allclose(s[1], act.softmax(logits[1] + 500.0), rtol=1e-14)
    np.testing.assert_allclose(act.softmax(logits.T, axis=0), s.T)


def test_log_softmax_is_log_of_softmax_where_finite():
    logits = np.array([[0.0, 1.0, 2.0], [1000.0, 0.0, -1000.0]])
    with np.errstate(divide="ignore"):
        naive = np.log(act.softmax(logits))
    finite = np.isfinite(naive)
    assert not finite.all()  # the naive form loses the small probabilities
    np.testing.assert_allclose(act.log_softmax(logits)[finite], naive[finite], atol=1e-15)
    assert act.log_softmax(logits)[1].tolist() == [0.0, -1000.0, -2000.0]


def test_logsumexp_handles_large_and_empty_rows():
    z = np.array([[1000.0, 1000.0], [-np.inf, -np.inf], [0.0, -np.inf]])
    with np.errstate(divide="ignore"):
        out = act.logsumexp(z)
    np.testing.assert_allclose(out, [1000.0 + np.log(2.0), -np.inf, 0.0])
    np.testing.assert_allclose(act.logsumexp(z[:1], axis=0), [1000.0, 1000.0])


def test_softmax_backward_rows_sum_to_zero(rng):
    """Adding a constant to all logits changes nothing, so the gradient is orthogonal to 1."""
    s, g = act.softmax(rng.normal(size=(4, 6))), rng.normal(size=(4, 6))
    np.testing.assert_allclose(act.softmax_backward(s, g).sum(axis=-1), 0.0, atol=1e-15)
