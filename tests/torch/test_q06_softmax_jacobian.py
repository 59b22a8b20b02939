"""PyTorch autograd (float64) cross-check of the page-specific softmax_jacobian of
snippets/q06_softmax_jacobian.py, and of the depth experiment's backward pass in
snippets/q06_saturation.py."""

import numpy as np
import pytest
import torch

from snippets import q06_saturation as sat
from snippets import q06_softmax_jacobian as m
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize(
    "z", [[2.0, 1.0, 0.1], [0.0, 0.0], [30.0, -4.0, 0.5, 2.0], [1000.0, 999.0, -1000.0]]
)
def test_softmax_jacobian_matches_autograd(compare, z):
    z = np.array(z)
    theirs = torch.autograd.functional.jacobian(lambda v: torch.softmax(v, dim=0), tensor(z))
    compare("softmax_jacobian", m.softmax_jacobian(z), theirs)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "ReLU", "GELU", "SiLU"])
def test_depth_backward_pass_matches_autograd(compare, name):
    """The manual loop g = (g * f'(z)) @ W.T of gradient_through_depth, against autograd."""
    torch_f = {
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "ReLU": torch.relu,
        "GELU": lambda t: torch.nn.functional.gelu(t, approximate="tanh"),
        "SiLU": torch.nn.functional.silu,
    }[name]
    f, df = sat.ACTIVATIONS[name]
    rng = np.random.default_rng(5)
    weights = [rng.normal(0.0, 0.5, (6, 6)) for _ in range(4)]
    x, upstream = rng.standard_normal((3, 6)), rng.standard_normal((3, 6))
    h, pre = x, []
    for W in weights:
        pre.append(h @ W)
        h = f(pre[-1])
    g = upstream
    for W, z in zip(reversed(weights), reversed(pre), strict=True):
        g = (g * df(z)) @ W.T
    xt = tensor(x, requires_grad=True)
    ht = xt
    for W in weights:
        ht = torch_f(ht @ tensor(W))
    (theirs,) = grads(ht, [xt], upstream)
    compare(f"{name} backward through depth", g, theirs)
