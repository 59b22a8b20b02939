"""Tests of snippets/q12_linear_autoencoder.py (the core program)."""

import numpy as np

from snippets.nn.gradcheck import check_gradient
from snippets.q12_linear_autoencoder import loss, loss_grad


def _setup():
    rng = np.random.default_rng(0)
    return rng.normal(size=(9, 5)), rng.normal(size=(2, 5)), rng.normal(size=(5, 2))


def test_encoder_gradient_matches_finite_differences():
    X, W_enc, W_dec = _setup()
    check_gradient(lambda W: loss(W, W_dec, X), loss_grad(W_enc, W_dec, X)[0], W_enc)


def test_decoder_gradient_matches_finite_differences():
    X, W_enc, W_dec = _setup()
    check_gradient(lambda W: loss(W_enc, W, X), loss_grad(W_enc, W_dec, X)[1], W_dec)


def test_loss_is_zero_for_the_identity_and_the_pca_error_for_the_pca_projection():
    X, _, _ = _setup()
    X = X - X.mean(axis=0)
    assert loss(np.eye(5), np.eye(5), X) == 0.0
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    assert np.isclose(loss(Vt[:2], Vt[:2].T, X), np.sum(s[2:] ** 2) / len(X))


def test_gradient_vanishes_at_the_pca_solution():
    X, _, _ = _setup()
    X = X - X.mean(axis=0)
    _, _, Vt = np.linalg.svd(X, full_matrices=False)
    for g in loss_grad(Vt[:2], Vt[:2].T, X):
        np.testing.assert_allclose(g, 0.0, atol=1e-12)
