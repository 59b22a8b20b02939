"""snippets/q17_scalar_graph.py against torch: objective_grad of the worked scalar graph."""

import numpy as np
import pytest
import torch

from snippets import q17_scalar_graph as m
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("w,b,x,y,lam", [(0.5, 0.25, 1.5, 1.0, 0.1), (-2.0, 0.7, 0.3, 0.0, 0.5)])
def test_objective_grad_matches_autograd(compare, w, b, x, y, lam):
    ours = m.objective_grad(w, b, x=x, y=y, lam=lam)
    tw, tb = tensor(w, requires_grad=True), tensor(b, requires_grad=True)
    J = 0.5 * (torch.sigmoid(tw * x + tb) - y) ** 2 + 0.5 * lam * tw**2
    compare("objective_grad", np.array(m.objective(w, b, x=x, y=y, lam=lam)), J, "J")
    for value, theirs, name in zip(ours, grads(J, [tw, tb]), ["w", "b"], strict=True):
        compare("objective_grad", np.array(value), theirs, name)
