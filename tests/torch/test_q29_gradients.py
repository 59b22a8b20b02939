"""The page-specific gradients of Q29 (snippets/q29_*.py) against torch autograd, float64."""

import numpy as np
import pytest
import torch

from snippets import q29_embedding_lookup, q29_word_vectors
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("tokens", [[4, 1, 4], [0, 0, 0], [5, 3, 2, 3, 1, 5]])
def test_embedding_backward(compare, rng, tokens):
    E = rng.normal(size=(6, 3))
    G = rng.normal(size=(len(tokens), 3))
    Et = tensor(E, requires_grad=True)
    out = torch.nn.functional.embedding(torch.tensor(tokens), Et)
    (expected,) = grads(out, [Et], upstream=G)
    ours = q29_embedding_lookup.embedding_backward(np.array(tokens), G, 6)
    compare("embedding_backward", ours, expected, f"tokens={tokens}")


@pytest.mark.parametrize("k", [1, 3, 5])
@pytest.mark.parametrize("scale", [0.3, 1.0, 1.5])  # unsaturated: gradients not ~1e-18
def test_sgns_grad(compare, rng, k, scale):
    v, u, U = (scale * rng.normal(size=s) for s in [(4,), (4,), (k, 4)])
    vt, ut, Ut = (tensor(a, requires_grad=True) for a in (v, u, U))
    F = torch.nn.functional
    loss = -F.logsigmoid(ut @ vt) - torch.sum(F.logsigmoid(-(Ut @ vt)))
    expected = grads(loss, [vt, ut, Ut])
    for name, ours, theirs in zip(
        ["dv", "du", "dU"], q29_word_vectors.sgns_grad(v, u, U), expected, strict=True
    ):
        compare("sgns_grad", ours, theirs, f"{name} k={k} scale={scale}")
