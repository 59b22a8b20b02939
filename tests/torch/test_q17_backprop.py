"""snippets/q17_backprop.py against torch: objective_and_grad of the core program."""

import numpy as np
import pytest
import torch

from snippets import q17_backprop as m
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("seed,lam", [(0, 0.1), (1, 0.0), (2, 1.0)])
def test_objective_and_grad_matches_autograd(compare, seed, lam):
    rng = np.random.default_rng(seed)
    X, Y = rng.normal(size=(6, 4)), np.eye(3)[rng.integers(0, 3, size=6)]
    params = [rng.normal(size=s) for s in [(4, 5), (5,), (5, 3), (3,)]]
    J, ours = m.objective_and_grad(params, X, Y, lam)
    W1, b1, W2, b2 = (tensor(p, requires_grad=True) for p in params)
    Z = torch.tanh(tensor(X) @ W1 + b1) @ W2 + b2
    ce = -(tensor(Y) * torch.log_softmax(Z, dim=1)).sum() / len(X)
    theirs_J = ce + 0.5 * lam * ((W1**2).sum() + (W2**2).sum())
    compare("objective_and_grad", np.array(J), theirs_J, "J")
    theirs = grads(theirs_J, [W1, b1, W2, b2])
    for value, other, name in zip(ours, theirs, ["W1", "b1", "W2", "b2"], strict=True):
        compare("objective_and_grad", value, other, name)
