"""Unit tests of snippets/nn/normalisation.py: standardisation, batch, layer and RMS norm:
normalised statistics, every gradient by finite differences, large offsets and scales."""

import numpy as np
import pytest

from snippets.nn import normalisation as N
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(4)
X = RNG.normal(3.0, 2.0, (6, 4))
GAMMA, BETA = RNG.normal(size=4), RNG.normal(size=4)
G = RNG.normal(size=(6, 4))  # upstream gradient: the loss is sum(Y * G)


def test_standardise_gives_zero_mean_unit_std_and_reuses_training_statistics(rng):
    mean, std = N.standardise_fit(X)
    Z = N.standardise_apply(X, mean, std)
    np.testing.assert_allclose(Z.mean(axis=0), 0.0, atol=1e-15)
    np.testing.assert_allclose(Z.std(axis=0), 1.0, rtol=1e-14)
    X_test = rng.normal(3.0, 2.0, (3, 4))
    np.testing.assert_allclose(N.standardise_apply(X_test, mean, std), (X_test - mean) / std)


def test_standardise_maps_a_constant_column_to_zero():
    X_const = np.column_stack([X[:, 0], np.full(6, 7.0)])
    with np.errstate(divide="raise", invalid="raise"):
        Z = N.standardise_apply(X_const, *N.standardise_fit(X_const))
    assert Z[:, 1].tolist() == [0.0] * 6


@pytest.mark.parametrize("offset, scale", [(0.0, 1.0), (1e6, 1.0), (0.0, 1000.0), (-1000, 1e-3)])
def test_batch_and_layer_norm_outputs_have_zero_mean_unit_variance(offset, scale):
    Xs = offset + scale * X
    Y, _ = N.batch_norm_forward(Xs, np.ones(4), np.zeros(4), eps=0.0)
    np.testing.assert_allclose(Y.mean(axis=0), 0.0, atol=1e-9)
    np.testing.assert_allclose(Y.var(axis=0), 1.0, rtol=1e-9)
    Y, _ = N.layer_norm_forward(Xs, np.ones(4), np.zeros(4), eps=0.0)
    np.testing.assert_allclose(Y.mean(axis=1), 0.0, atol=1e-9)
    np.testing.assert_allclose(Y.var(axis=1), 1.0, rtol=1e-9)


def test_rms_norm_output_has_unit_root_mean_square():
    Y, _ = N.rms_norm_forward(1000.0 * X, np.ones(4), eps=0.0)
    np.testing.assert_allclose(np.sqrt(np.mean(Y**2, axis=1)), 1.0, rtol=1e-14)


def test_gamma_and_beta_scale_and_shift():
    Y1, _ = N.batch_norm_forward(X, np.ones(4), np.zeros(4))
    Y2, _ = N.batch_norm_forward(X, GAMMA, BETA)
    np.testing.assert_allclose(Y2, GAMMA * Y1 + BETA)


def test_batch_norm_backward():
    dX, dgamma, dbeta = N.batch_norm_backward(G, N.batch_norm_forward(X, GAMMA, BETA)[1])
    check_gradient(lambda x: float(np.sum(N.batch_norm_forward(x, GAMMA, BETA)[0] * G)), dX, X)
    check_gradient(lambda g: float(np.sum(N.batch_norm_forward(X, g, BETA)[0] * G)), dgamma, GAMMA)
    check_gradient(lambda b: float(np.sum(N.batch_norm_forward(X, GAMMA, b)[0] * G)), dbeta, BETA)


def test_layer_norm_backward():
    dX, dgamma, dbeta = N.layer_norm_backward(G, N.layer_norm_forward(X, GAMMA, BETA)[1])
    check_gradient(lambda x: float(np.sum(N.layer_norm_forward(x, GAMMA, BETA)[0] * G)), dX, X)
    check_gradient(lambda g: float(np.sum(N.layer_norm_forward(X, g, BETA)[0] * G)), dgamma, GAMMA)
    check_gradient(lambda b: float(np.sum(N.layer_norm_forward(X, GAMMA, b)[0] * G)), dbeta, BETA)


def test_rms_norm_backward():
    dX, dgamma = N.rms_norm_backward(G, N.rms_norm_forward(X, GAMMA)[1])
    check_gradient(lambda x: float(np.sum(N.rms_norm_forward(x, GAMMA)[0] * G)), dX, X)
    check_gradient(lambda g: float(np.sum(N.rms_norm_forward(X, g)[0] * G)), dgamma, GAMMA)


def test_batch_norm_gradient_is_blind_to_shifts_of_the_batch():
    """Adding a constant to a column changes nothing downstream: dX sums to 0 per column."""
    dX, _, _ = N.batch_norm_backward(G, N.batch_norm_forward(X, GAMMA, BETA)[1])
    np.testing.assert_allclose(dX.sum(axis=0), 0.0, atol=1e-12)


def test_norms_stay_finite_at_extreme_inputs():
    Xe = np.array([[-1000.0, 1000.0, 0.0, 1.0], [1000.0, -1000.0, 0.0, 1.0]])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        outputs = [
            N.batch_norm_forward(Xe, GAMMA, BETA)[0],  # column 2 and 3 are constant: var 0
            N.layer_norm_forward(Xe, GAMMA, BETA)[0],
            N.rms_norm_forward(Xe, GAMMA)[0],
            N.rms_norm_forward(np.zeros((2, 4)), GAMMA)[0],
        ]
    assert all(np.all(np.isfinite(Y)) for Y in outputs)
