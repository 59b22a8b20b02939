"""snippets/nn/gradcheck.py against autograd: central differences agree with exact gradients,
and `check_gradient` accepts autograd's gradient."""

import numpy as np
import pytest
import torch

from snippets.nn import gradcheck
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(109)
X = RNG.normal(size=(3, 4))
M = RNG.normal(size=(4, 4))


def _loss(x):
    """A smooth scalar of a (3, 4) array, written for NumPy and torch alike."""
    lib, m = (torch, tensor(M)) if isinstance(x, torch.Tensor) else (np, M)
    return (lib.tanh(x @ m) ** 2).sum() + (lib.sin(x) * x).sum()


def test_numerical_gradient_equals_autograd_and_check_gradient_accepts_it(compare):
    xt = tensor(X, requires_grad=True)
    (exact,) = grads(_loss(xt), [xt])
    numeric = gradcheck.numerical_gradient(lambda x: float(_loss(x)), X)
    compare("numerical_gradient", numeric, exact)
    assert gradcheck.check_gradient(lambda x: float(_loss(x)), exact.numpy(), X) < 1e-8
    with pytest.raises(AssertionError):  # and rejects it 1e-4 off
        gradcheck.check_gradient(lambda x: float(_loss(x)), exact.numpy() * (1 + 1e-4), X)
