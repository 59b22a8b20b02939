"""Tests of snippets/q12_nonlinear_autoencoder.py."""

import numpy as np
import pytest

from snippets.nn.gradcheck import check_gradient
from snippets.q12_nonlinear_autoencoder import (
    auroc,
    build_example,
    forward,
    init_autoencoder,
    quadratic_decoder,
    reconstruction_loss_grad,
    sample_curve,
)


@pytest.mark.parametrize("key", ["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"])
def test_reconstruction_loss_grad_matches_finite_differences(key):
    rng = np.random.default_rng(0)
    params = init_autoencoder(rng, 4, 3, 2)
    params = {k: v + 0.1 * rng.normal(size=v.shape) for k, v in params.items()}
    X = rng.normal(size=(6, 4))
    _, grads = reconstruction_loss_grad(params, X)

    def loss_of(value):
        return reconstruction_loss_grad({**params, key: value}, X)[0]

    check_gradient(loss_of, grads[key], params[key])


def test_forward_shapes():
    params = init_autoencoder(np.random.default_rng(1), 8, 16, 1)
    a1, code, a3, out = forward(params, np.zeros((5, 8)))
    assert (a1.shape, code.shape, a3.shape, out.shape) == ((5, 16), (5, 1), (5, 16), (5, 8))


def test_sample_curve_lies_on_the_curve_without_noise():
    rng = np.random.default_rng(2)
    E, _ = np.linalg.qr(rng.normal(size=(8, 2)))
    noisy, clean = sample_curve(rng, 100, E, noise=0.0)
    np.testing.assert_array_equal(noisy, clean)
    plane = clean @ E
    np.testing.assert_allclose(plane[:, 1], 1.5 * plane[:, 0] ** 2, atol=1e-12)
    _, shifted = sample_curve(rng, 100, E, noise=0.0, offset=0.3)
    plane = shifted @ E
    np.testing.assert_allclose(np.abs(plane[:, 1] - 1.5 * plane[:, 0] ** 2), 0.3, atol=1e-12)


def test_auroc_limits():
    assert auroc(np.array([0.0, 1.0]), np.array([2.0, 3.0])) == 1.0
    assert auroc(np.array([2.0, 3.0]), np.array([0.0, 1.0])) == 0.0
    assert auroc(np.array([1.0]), np.array([1.0])) == 0.0  # ties do not count as detections
    assert auroc(np.array([0.1, 0.2]), np.array([0.3, 0.15])) == 0.75


def test_quadratic_decoder_recovers_an_exact_quadratic():
    c = np.linspace(-1, 1, 20)
    X = np.stack([1 + 2 * c, 3 * c**2 - c], axis=1)
    np.testing.assert_allclose(quadratic_decoder(c, X)(c), X, atol=1e-12)


def test_pca_code_is_fine_and_its_linear_decoder_is_the_problem():
    ex = build_example()
    X = ex["X_test"]

    def mse(reconstruct):
        return np.mean(np.sum((reconstruct(X) - X) ** 2, axis=1))

    linear, quadratic, ae = mse(ex["pca"](1)), mse(ex["pca_quadratic"]), mse(ex["autoencoder"])
    assert ae < quadratic < linear / 5
