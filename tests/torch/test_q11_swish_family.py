"""snippets/q11_swish_family.py against torch: Swish's derivative in z and in a trainable beta."""

import numpy as np
import pytest
import torch

from snippets import q11_swish_family as m
from tests.torch.crosscheck import grads, tensor

Z = np.random.default_rng(11).normal(0.0, 3.0, 40)


@pytest.mark.parametrize("beta", [0.3, 1.0, 1.702, 8.0])
def test_swish_gradients_in_z_and_beta_match_autograd(compare, beta):
    z, b = tensor(Z, requires_grad=True), tensor(beta, requires_grad=True)
    out = z * torch.sigmoid(b * z)
    upstream = np.ones_like(Z)
    (dz,) = grads(out, [z], upstream, keep=True)
    compare("swish_derivative", m.swish_derivative(Z, beta), dz, f"beta={beta}")
    per_element = [torch.autograd.grad(out[i], b, retain_graph=True)[0] for i in range(len(Z))]
    compare("swish_beta_grad", m.swish_beta_grad(Z, beta), torch.stack(per_element), f"beta={beta}")


def test_gelu_matches_torch_exact_gelu(compare):
    compare("gelu", m.gelu(Z), torch.nn.functional.gelu(tensor(Z)))
