"""Tests of snippets/q07_fourier_features.py."""

import numpy as np
import pytest

from snippets.nn.gradcheck import check_gradient
from snippets.q07_fourier_features import (
    amplitude,
    fourier_features,
    init_mlp,
    mlp_loss_grad,
    mlp_predict,
    shift_matrix,
    sinusoidal_encoding,
    train_adam,
)


@pytest.mark.parametrize("key", ["W1", "b1", "W2", "b2", "W3", "b3"])
def test_mlp_loss_grad_matches_finite_differences(key):
    rng = np.random.default_rng(0)
    params = init_mlp(rng, 3, 5)
    params = {k: v + 0.1 * rng.normal(size=v.shape) for k, v in params.items()}  # nonzero biases
    X, y = rng.normal(size=(7, 3)), rng.normal(size=7)
    _, grads = mlp_loss_grad(params, X, y)

    def loss_of(value):
        return mlp_loss_grad({**params, key: value}, X, y)[0]

    check_gradient(loss_of, grads[key], params[key])


def test_mlp_loss_is_mean_squared_error_of_predictions():
    rng = np.random.default_rng(1)
    params = init_mlp(rng, 2, 4)
    X, y = rng.normal(size=(6, 2)), rng.normal(size=6)
    loss, _ = mlp_loss_grad(params, X, y)
    assert loss == pytest.approx(np.mean((mlp_predict(params, X) - y) ** 2))


def test_adam_reduces_the_loss():
    rng = np.random.default_rng(2)
    params = init_mlp(rng, 1, 8)
    X = np.linspace(-1, 1, 32)[:, None]
    y = np.sin(2 * X[:, 0])
    before = mlp_loss_grad(params, X, y)[0]
    train_adam(params, X, y, 300)
    assert mlp_loss_grad(params, X, y)[0] < 0.1 * before


def test_sinusoidal_encoding_values_and_shift_property():
    pe = sinusoidal_encoding(np.arange(50), 8)
    assert pe.shape == (50, 8)
    np.testing.assert_allclose(pe[0], [0, 1, 0, 1, 0, 1, 0, 1], atol=1e-15)
    np.testing.assert_allclose(pe[3, 0], np.sin(3.0))
    np.testing.assert_allclose(pe[:-7] @ shift_matrix(7, 8), pe[7:], atol=1e-12)


def test_shift_matrix_is_orthogonal():
    R = shift_matrix(13, 16)
    np.testing.assert_allclose(R @ R.T, np.eye(16), atol=1e-12)


def test_fourier_features_shape_and_unit_norm_pairs():
    gamma = fourier_features(np.linspace(0, 1, 5), np.array([1.0, 2.5, -3.0]))
    assert gamma.shape == (5, 6)
    np.testing.assert_allclose(gamma[:, :3] ** 2 + gamma[:, 3:] ** 2, 1.0)


def test_amplitude_recovers_a_sinusoid():
    x = np.arange(128) / 128
    assert amplitude(0.7 * np.sin(2 * np.pi * 5 * x), 5) == pytest.approx(0.7)
    assert amplitude(0.7 * np.sin(2 * np.pi * 5 * x), 6) == pytest.approx(0.0, abs=1e-12)
