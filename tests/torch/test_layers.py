"""snippets/nn/layers.py against torch: the dense layer and the tanh MLP, forward and backward."""

import numpy as np
import torch
import torch.nn.functional as F

from snippets.nn import layers
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(102)
X = RNG.normal(size=(5, 3))


def test_dense(compare, rng):
    W, b, G = rng.normal(size=(3, 4)), rng.normal(size=4), rng.normal(size=(5, 4))
    Xt, Wt, bt = (tensor(a, requires_grad=True) for a in (X, W, b))
    out = F.linear(Xt, Wt.T, bt)  # torch stores W as (d_out, d_in)
    compare("dense_forward", layers.dense_forward(X, W, b), out)
    for what, ours, theirs in zip(
        ("grad_X", "grad_W", "grad_b"),
        layers.dense_backward(X, W, G),
        grads(out, [Xt, Wt, bt], upstream=G),
        strict=True,
    ):
        compare("dense_backward", ours, theirs, what)


def test_mlp(compare, rng):
    params = [rng.normal(size=s) for s in ((3, 6), (6,), (6, 2), (2,))]
    G = rng.normal(size=(5, 2))
    tensors = [tensor(p, requires_grad=True) for p in params]
    W1, b1, W2, b2 = tensors
    out_t = F.linear(torch.tanh(F.linear(tensor(X), W1.T, b1)), W2.T, b2)
    out, cache = layers.mlp_forward(X, *params)
    compare("mlp_forward", out, out_t)
    for what, ours, theirs in zip(
        ("grad_W1", "grad_b1", "grad_W2", "grad_b2"),
        layers.mlp_backward(G, cache),
        grads(out_t, tensors, upstream=G),
        strict=True,
    ):
        compare("mlp_backward", ours, theirs, what)
