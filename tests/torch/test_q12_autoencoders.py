"""snippets/q12_*.py against torch autograd (float64): every page-specific gradient of Q12.

loss_grad of the linear autoencoder (core program q12_linear_autoencoder and its copy in
q12_linear_ae_pca) and reconstruction_loss_grad of the tanh autoencoder (q12_nonlinear_autoencoder).
"""

import numpy as np
import pytest
import torch

from snippets import q12_linear_ae_pca, q12_linear_autoencoder, q12_nonlinear_autoencoder
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(12)
X = RNG.normal(size=(30, 6))


@pytest.mark.parametrize("scale", [0.1, 1.0, 10.0])
def test_linear_autoencoder_loss_grad_matches_autograd(compare, scale, rng):
    W_enc, W_dec = scale * rng.normal(size=(2, 6)), scale * rng.normal(size=(6, 2))
    e, dcd = tensor(W_enc, requires_grad=True), tensor(W_dec, requires_grad=True)
    x = tensor(X)
    loss = torch.sum((x @ e.T @ dcd.T - x) ** 2) / len(X)
    g_enc, g_dec = grads(loss, [e, dcd])
    for module in (q12_linear_autoencoder, q12_linear_ae_pca):
        ours = module.loss_grad(W_enc, W_dec, X)
        compare(f"{module.__name__}.loss_grad", ours[0], g_enc, "encoder")
        compare(f"{module.__name__}.loss_grad", ours[1], g_dec, "decoder")
        assert abs(module.loss(W_enc, W_dec, X) - loss.item()) <= 1e-12 * loss.item()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_reconstruction_loss_grad_matches_autograd(compare, seed):
    rng = np.random.default_rng(seed)
    params = q12_nonlinear_autoencoder.init_autoencoder(rng, 6, 5, 2)
    params = {k: v + 0.3 * rng.normal(size=v.shape) for k, v in params.items()}
    t = {k: tensor(v, requires_grad=True) for k, v in params.items()}
    x = tensor(X)
    a1 = torch.tanh(x @ t["W1"] + t["b1"])
    code = a1 @ t["W2"] + t["b2"]
    out = torch.tanh(code @ t["W3"] + t["b3"]) @ t["W4"] + t["b4"]
    loss = torch.sum((out - x) ** 2) / len(X)
    keys = sorted(t)
    reference = dict(zip(keys, grads(loss, [t[k] for k in keys]), strict=True))
    ours_loss, ours = q12_nonlinear_autoencoder.reconstruction_loss_grad(params, X)
    assert abs(ours_loss - loss.item()) <= 1e-12 * loss.item()
    for k in keys:
        compare("q12_nonlinear_autoencoder.reconstruction_loss_grad", ours[k], reference[k], k)
