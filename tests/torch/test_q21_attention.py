"""snippets/q21_transformer_block.py's multi-head attention against torch.nn.MultiheadAttention
(bias-free, float64), with and without the causal mask."""

import numpy as np
import pytest
import torch

from snippets import q21_transformer_block as m
from tests.torch.crosscheck import tensor


@pytest.mark.parametrize("causal", [False, True])
@pytest.mark.parametrize("n_heads", [1, 4])
def test_multi_head_attention_matches_torch(compare, causal, n_heads):
    rng = np.random.default_rng(21)
    d, n = 16, 7
    p = m.init_block(d, rng)
    X = rng.normal(size=(n, d))
    mha = torch.nn.MultiheadAttention(d, n_heads, bias=False, batch_first=True, dtype=torch.float64)
    with torch.no_grad():
        mha.in_proj_weight.copy_(tensor(np.concatenate([p["W_q"].T, p["W_k"].T, p["W_v"].T])))
        mha.out_proj.weight.copy_(tensor(p["W_o"].T))
    mask = m.causal_mask(n) if causal else None
    torch_mask = None if mask is None else torch.tensor(~mask)  # torch: True = not allowed
    expected, _ = mha(*(tensor(X)[None],) * 3, attn_mask=torch_mask, need_weights=False)
    ours = m.multi_head_attention(X, p, n_heads, mask)
    compare("multi_head_attention", ours, expected[0].detach(), f"heads={n_heads} causal={causal}")
