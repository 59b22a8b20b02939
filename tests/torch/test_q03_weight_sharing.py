"""PyTorch autograd (float64) cross-check of the page-specific gradient of
snippets/q03_weight_sharing.py: conv_backward, through a 1-D convolution, a maximum over
positions, a ReLU and a linear read-out, under the mean binary cross-entropy."""

import numpy as np
import pytest

from snippets import q03_weight_sharing as q
from tests.torch.crosscheck import grads, tensor

torch = pytest.importorskip("torch")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_conv_backward_matches_autograd(compare, seed):
    rng = np.random.default_rng(seed)
    x, y = q.make_signals(12, rng)
    params, _, _ = q.init("conv", rng)
    K, c, v, b = (p + 0.1 * rng.normal(size=p.shape) for p in params)
    z, cache = q.conv_forward(x, K, c, v, b)
    grad_out = (0.5 + 0.5 * np.tanh(z / 2) - y[:, None]) / len(y)  # as `train` computes it
    ours = q.conv_backward(grad_out, cache)

    Kt, ct, vt, bt = (tensor(a, requires_grad=True) for a in (K, c, v, b))
    signals = tensor(x)[:, None, :]  # (n, 1, length)
    maps = torch.nn.functional.conv1d(signals, Kt.T[:, None, :]) + ct[None, :, None]
    pooled = torch.relu(maps.amax(dim=2))  # (n, f)
    logits = pooled @ vt + bt
    loss = torch.nn.functional.binary_cross_entropy_with_logits(logits[:, 0], tensor(y))
    grad_logits, *theirs = grads(loss, [logits, Kt, ct, vt, bt])

    compare("conv_forward", z, logits, f"seed {seed}")
    compare("conv_backward", grad_out, grad_logits, f"upstream sigmoid(z) - y, seed {seed}")
    for name, mine, reference in zip(("K", "c", "v", "b"), ours, theirs, strict=True):
        compare("conv_backward", mine, reference, f"grad {name}, seed {seed}")
