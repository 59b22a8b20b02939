"""The trimmed Tensor of snippets/q10_training_loop.py against torch autograd in float64: the
gradients of the loss the training loop minimises, for both models."""

import numpy as np
import pytest
import torch

from snippets import q10_training_loop as m
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("hidden", [0, 8])
def test_training_loss_gradients(compare, hidden):
    rng = np.random.default_rng(hidden)
    x, y = m.make_xor(rng, 50)
    layers = (
        [m.Linear(rng, 2, hidden), m.Linear(rng, hidden, 1)] if hidden else [m.Linear(rng, 2, 1)]
    )
    for layer in layers:
        layer.b.data = rng.normal(size=layer.b.data.shape)  # nonzero biases test more
    h = m.Tensor(x)
    for layer in layers[:-1]:
        h = layer(h).tanh()
    loss = m.logistic_loss(layers[-1](h), y)
    loss.backward()
    params = [p for layer in layers for p in layer.parameters()]
    ptorch = [tensor(p.data, requires_grad=True) for p in params]
    ht = tensor(x)
    for W, b in zip(ptorch[:-2:2], ptorch[1:-2:2], strict=True):
        ht = torch.tanh(ht @ W + b)
    z = ht @ ptorch[-2] + ptorch[-1]
    loss_t = torch.nn.functional.binary_cross_entropy_with_logits(z, tensor(y))
    compare("logistic_loss", loss.data, loss_t)
    for p, g in zip(params, grads(loss_t, ptorch), strict=True):
        compare("training-loop Tensor backward", p.grad, g, f"{p.data.shape}")
