"""snippets/q07_fourier_features.py against torch: the MLP's loss and its backpropagated gradient."""

import numpy as np
import torch

from snippets import q07_fourier_features as m
from tests.torch.crosscheck import grads, tensor


def test_mlp_loss_grad_matches_autograd(compare):
    rng = np.random.default_rng(7)
    params = m.init_mlp(rng, 6, 9)
    params = {k: v + 0.1 * rng.normal(size=v.shape) for k, v in params.items()}  # nonzero biases
    X = m.fourier_features(rng.uniform(size=12), rng.normal(size=3))
    y = rng.normal(size=12)
    loss, ours = m.mlp_loss_grad(params, X, y)

    p = {k: tensor(v, requires_grad=True) for k, v in params.items()}
    a1 = torch.relu(tensor(X) @ p["W1"] + p["b1"])
    a2 = torch.relu(a1 @ p["W2"] + p["b2"])
    out = (a2 @ p["W3"] + p["b3"])[:, 0]
    torch_loss = torch.mean((out - tensor(y)) ** 2)
    compare("mlp_loss_grad", np.array(loss), torch_loss, "loss")
    for key, theirs in zip(p, grads(torch_loss, list(p.values())), strict=True):
        compare("mlp_loss_grad", ours[key], theirs, key)
