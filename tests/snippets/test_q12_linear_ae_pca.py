"""Tests of snippets/q12_linear_ae_pca.py."""

import numpy as np
import pytest

from snippets import q12_linear_autoencoder
from snippets.nn.gradcheck import check_gradient
from snippets.q12_linear_ae_pca import (
    fmt,
    imbalance,
    loss,
    loss_grad,
    make_data,
    principal_angles_deg,
    train,
)


def _setup():
    rng = np.random.default_rng(0)
    return rng.normal(size=(9, 5)), rng.normal(size=(2, 5)), rng.normal(size=(5, 2))


def test_encoder_gradient_matches_finite_differences():
    X, W_enc, W_dec = _setup()
    check_gradient(lambda W: loss(W, W_dec, X), loss_grad(W_enc, W_dec, X)[0], W_enc)


def test_decoder_gradient_matches_finite_differences():
    X, W_enc, W_dec = _setup()
    check_gradient(lambda W: loss(W_enc, W, X), loss_grad(W_enc, W_dec, X)[1], W_dec)


def test_loss_and_gradient_are_the_core_programs():
    X, W_enc, W_dec = _setup()
    assert loss(W_enc, W_dec, X) == q12_linear_autoencoder.loss(W_enc, W_dec, X)
    for ours, core in zip(
        loss_grad(W_enc, W_dec, X), q12_linear_autoencoder.loss_grad(W_enc, W_dec, X), strict=True
    ):
        np.testing.assert_array_equal(ours, core)


def test_make_data_is_centred_with_the_requested_spectrum():
    X = make_data(np.random.default_rng(1), n=20000)
    assert X.shape == (20000, 10)
    np.testing.assert_allclose(X.mean(axis=0), 0.0, atol=1e-12)
    eigenvalues = np.sort(np.linalg.eigvalsh(np.cov(X.T)))[::-1]
    np.testing.assert_allclose(eigenvalues[:3], [9.0, 4.0, 2.0], rtol=0.05)


def test_principal_angles_limits():
    basis = np.eye(4)
    np.testing.assert_allclose(
        principal_angles_deg(basis[:, :2], basis[:, :2] @ [[1, 1], [0, 2]]), 0.0, atol=1e-6
    )
    np.testing.assert_allclose(principal_angles_deg(basis[:, :2], basis[:, 2:]), 90.0)


def test_trained_autoencoder_reaches_the_pca_error_and_subspace():
    rng = np.random.default_rng(2)
    X = make_data(rng, n=300)
    W_enc, W_dec = train(X, 0.1 * rng.normal(size=(2, 10)), 0.1 * rng.normal(size=(10, 2)), 2000)
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    assert loss(W_enc, W_dec, X) == pytest.approx(np.sum(s[2:] ** 2) / len(X), rel=1e-4)
    assert principal_angles_deg(W_dec, Vt[:2].T).max() < 0.1


def test_gradient_descent_nearly_conserves_the_imbalance_and_ends_orthonormal():
    rng = np.random.default_rng(3)
    X = make_data(rng, n=300)
    start = (0.1 * rng.normal(size=(2, 10)), 0.1 * rng.normal(size=(10, 2)))
    W_enc, W_dec = train(X, *start, steps=2000, lr=0.005)
    assert np.linalg.norm(imbalance(W_enc, W_dec) - imbalance(*start)) < 0.01
    np.testing.assert_allclose(W_dec.T @ W_dec, np.eye(2), atol=0.1)


def test_train_does_not_modify_the_start():
    rng = np.random.default_rng(4)
    X = make_data(rng, n=50)
    start = (rng.normal(size=(2, 10)), rng.normal(size=(10, 2)))
    copy = (start[0].copy(), start[1].copy())
    train(X, *start, steps=5)
    np.testing.assert_array_equal(start[0], copy[0])
    np.testing.assert_array_equal(start[1], copy[1])


def test_fmt():
    assert fmt([1.0, 0.12345], 2) == "1.00, 0.12"
