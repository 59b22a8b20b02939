"""snippets/q30_lora_gradient.py's lora_backward against torch autograd (float64)."""

import pytest
import torch

from snippets import q30_lora_gradient as m
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("alpha", [1.0, 16.0])
@pytest.mark.parametrize("r", [1, 4])
def test_lora_backward_matches_torch(compare, rng, alpha, r):
    n, d_in, d_out = 6, 9, 5
    X, W = rng.normal(size=(n, d_in)), rng.normal(size=(d_out, d_in))
    A, B = rng.normal(size=(r, d_in)), rng.normal(size=(d_out, r))
    G = rng.normal(size=(n, d_out))
    tX, tA, tB = tensor(X, True), tensor(A, True), tensor(B, True)
    # torch.nn.functional.linear computes x W^T, the convention of nn.Linear and of the paper.
    Y = torch.nn.functional.linear(tX, tensor(W)) + (alpha / r) * torch.nn.functional.linear(
        torch.nn.functional.linear(tX, tA), tB
    )
    compare("lora_forward", m.lora_forward(X, W, A, B, alpha), Y.detach(), f"r={r}")
    expected = grads(Y, [tX, tA, tB], upstream=G)
    for name, ours, theirs in zip(
        ("dX", "dA", "dB"), m.lora_backward(G, X, W, A, B, alpha), expected, strict=True
    ):
        compare("lora_backward", ours, theirs, f"{name} r={r} alpha={alpha}")
