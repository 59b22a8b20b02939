"""snippets/nn/regularisation.py against F.dropout: the same scaling of kept units, and the same
backward pass for the same dropped units."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets.nn import regularisation
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("p", [0.1, 0.5, 0.8])
def test_dropout(compare, p):
    rng = np.random.default_rng(108)
    x, G = rng.normal(size=(40, 50)), rng.normal(size=(40, 50))
    torch.manual_seed(8)
    xt = tensor(x, requires_grad=True)
    y_t = F.dropout(xt, p, training=True)
    (torch_mask,) = grads(y_t.sum(), [xt], keep=True)  # d y / d x: torch's mask, with its scale
    y, mask = regularisation.dropout_forward(x, p, rng)
    compare("dropout_forward", np.unique(mask), np.unique(torch_mask.numpy()), "mask values")
    compare("dropout_forward", x * torch_mask.numpy(), y_t, "torch's y is x * mask too")
    (theirs,) = grads(y_t, [xt], upstream=G)
    compare("dropout_backward", regularisation.dropout_backward(G, torch_mask.numpy()), theirs)
