"""The page-specific gradients of Q26 (label-smoothed cross-entropy) against torch autograd."""

import numpy as np
import pytest
import torch.nn.functional as F

from snippets import q26_dropout_theory, q26_regularisers_compared
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("eps", [0.0, 0.1, 0.3])
@pytest.mark.parametrize("module", [q26_dropout_theory, q26_regularisers_compared])
def test_smoothed_cross_entropy_grad(compare, eps, module):
    rng = np.random.default_rng(26)
    Z, y = rng.normal(size=(7, 5)) * 2, rng.integers(0, 5, size=7)
    Zt = tensor(Z, requires_grad=True)
    loss = F.cross_entropy(Zt, tensor(y).long(), label_smoothing=eps)
    (expected,) = grads(loss, [Zt], keep=True)
    compare("smoothed_cross_entropy_grad", module.smoothed_cross_entropy_grad(Z, y, eps), expected)
    if module is q26_dropout_theory:
        ours = module.smoothed_cross_entropy(Z, y, eps)
        compare("smoothed_cross_entropy", np.array(ours), loss.detach(), f"eps={eps}")
