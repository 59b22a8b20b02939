"""The page-specific gradients of Q23 (snippets/q23_*.py) against torch autograd, float64."""

import numpy as np
import pytest
import torch

from snippets import (
    q23_clipping,
    q23_jacobian_products,
    q23_normalisation_residual,
    q23_plain_vs_residual,
)
from tests.torch.crosscheck import grads, tensor

ACT = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "ReLU": torch.relu}


def _data(seed, n=6, d=5, depth=5, scale=0.9):
    rng = np.random.default_rng(seed)
    Ws = [rng.normal(0.0, scale, (d, d)) for _ in range(depth)]
    return rng.normal(size=(n, d)), rng.normal(size=(n, d)), Ws


@pytest.mark.parametrize("residual", [False, True])
def test_stack_input_grad(compare, residual):
    x, g, Ws = _data(23)
    h = xt = tensor(x, requires_grad=True)
    for W in Ws:
        f = torch.tanh(h @ tensor(W))
        h = h + f if residual else f
    (expected,) = grads(h, [xt], upstream=g)
    ours = q23_plain_vs_residual.stack_input_grad(x, g, Ws, residual)
    compare("stack_input_grad", ours, expected, f"residual={residual}")


@pytest.mark.parametrize("activation", list(ACT))
def test_plain_stack_input_grad(compare, activation):
    x, g, Ws = _data(24)
    h = xt = tensor(x, requires_grad=True)
    for W in Ws:
        h = ACT[activation](h @ tensor(W))
    (expected,) = grads(h, [xt], upstream=g)
    ours, _, _ = q23_jacobian_products.plain_stack_input_grad(x, g, Ws, activation)
    compare("plain_stack_input_grad", ours, expected, activation)


def _norm(z, norm):
    if norm == "layer norm":
        return torch.nn.functional.layer_norm(z, z.shape[-1:], eps=1e-5)
    if norm == "batch norm":
        return torch.nn.functional.batch_norm(z, None, None, training=True, eps=1e-5)
    return z


@pytest.mark.parametrize("norm", ["none", "layer norm", "batch norm"])
@pytest.mark.parametrize("activation", ["tanh", "ReLU"])
@pytest.mark.parametrize("residual,scale", [(False, 1.0), (True, 1.0), (True, 0.3)])
def test_normed_stack_input_grad(compare, norm, activation, residual, scale):
    x, g, Ws = _data(25)
    h = xt = tensor(x, requires_grad=True)
    for W in Ws:
        f = ACT[activation](_norm(h @ tensor(W), norm))
        h = h + scale * f if residual else f
    (expected,) = grads(h, [xt], upstream=g)
    ours = q23_normalisation_residual.normed_stack_input_grad(
        x, g, Ws, activation, norm, residual, scale
    )
    compare("normed_stack_input_grad", ours, expected, f"{activation} {norm} residual={residual}")


@pytest.mark.parametrize("w", [-1.1, 0.3, 1.0353, 1.2])
def test_recurrence_loss_grad(compare, w):
    wt = tensor(w, requires_grad=True)
    h = torch.ones((), dtype=torch.float64)
    for _ in range(q23_clipping.T):
        h = wt * h
    (expected,) = grads(0.5 * (h - q23_clipping.TARGET) ** 2, [wt])
    compare(
        "recurrence_loss_grad", np.array(q23_clipping.recurrence_loss_grad(w)), expected, f"w={w}"
    )
