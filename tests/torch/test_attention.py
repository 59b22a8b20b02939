"""snippets/nn/attention.py against F.scaled_dot_product_attention: output, weights and the
gradients for Q, K and V, with no mask, our causal mask and torch's own is_causal."""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets.nn import attention
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(106)
Q, K, V = RNG.normal(size=(5, 3)), RNG.normal(size=(5, 3)), RNG.normal(size=(5, 4))
G = RNG.normal(size=(5, 4))


def test_causal_mask_is_torchs(compare):
    mask = attention.causal_mask(5)
    compare("causal_mask", mask, torch.ones(5, 5, dtype=torch.bool).tril())
    out, _ = attention.scaled_dot_product_attention(Q, K, V, mask)
    theirs = F.scaled_dot_product_attention(tensor(Q), tensor(K), tensor(V), is_causal=True)
    compare("causal_mask", out, theirs, "attention with is_causal=True")


@pytest.mark.parametrize("masked", [False, True], ids=["no mask", "causal"])
@pytest.mark.parametrize("scale", [1.0, 30.0], ids=["ordinary", "saturated"])
def test_scaled_dot_product_attention(compare, masked, scale):
    q, k = scale * Q, scale * K
    mask = attention.causal_mask(5) if masked else None
    qt, kt, vt = (tensor(a, requires_grad=True) for a in (q, k, V))
    mask_t = None if mask is None else torch.tensor(mask)
    out_t = F.scaled_dot_product_attention(qt, kt, vt, attn_mask=mask_t)
    scores_t = (tensor(q) @ tensor(k).T / math.sqrt(3)).masked_fill(
        torch.zeros(5, 5, dtype=torch.bool) if mask is None else ~mask_t, -math.inf
    )
    out, weights = attention.scaled_dot_product_attention(q, k, V, mask)
    compare("scaled_dot_product_attention", out, out_t, "out")
    compare("scaled_dot_product_attention", weights, torch.softmax(scores_t, -1), "weights")
    ours = attention.scaled_dot_product_attention_backward(G, q, k, V, weights)
    for what, mine, theirs in zip(
        "dQ dK dV".split(), ours, grads(out_t, [qt, kt, vt], G), strict=True
    ):
        compare("scaled_dot_product_attention_backward", mine, theirs, what)
