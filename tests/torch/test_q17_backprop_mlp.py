"""snippets/q17_backprop_mlp.py and q17_cost_scaling.py against torch: deep_mlp_backward."""

import numpy as np
import pytest
import torch

from snippets import q17_backprop_mlp, q17_cost_scaling
from tests.torch.crosscheck import grads, tensor


@pytest.mark.parametrize("module", [q17_backprop_mlp, q17_cost_scaling], ids=lambda m: m.__name__)
@pytest.mark.parametrize("sizes", [(4, 16, 16, 3), (5, 7, 2), (3, 6, 5, 4, 3)])
def test_deep_mlp_backward_matches_autograd(compare, module, sizes):
    rng = np.random.default_rng(len(sizes))
    params = module.init_params(list(sizes), rng)
    params = {k: v + 0.1 * rng.normal(size=v.shape) for k, v in params.items()}  # nonzero biases
    x = rng.normal(size=(6, sizes[0]))
    y = rng.integers(0, sizes[-1], size=6)
    loss, cache = module.deep_mlp_forward(params, x, y)
    ours = module.deep_mlp_backward(params, cache, y)

    p = {k: tensor(v, requires_grad=True) for k, v in params.items()}
    a = tensor(x)
    n_layers = len(sizes) - 1
    for layer in range(1, n_layers + 1):
        z = a @ p[f"W{layer}"] + p[f"b{layer}"]
        a = torch.tanh(z) if layer < n_layers else z
    torch_loss = torch.nn.functional.cross_entropy(a, torch.tensor(y))
    compare("deep_mlp_backward", np.array(loss), torch_loss, "loss")
    for key, theirs in zip(p, grads(torch_loss, list(p.values())), strict=True):
        compare("deep_mlp_backward", ours[key], theirs, key)
