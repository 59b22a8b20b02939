"""PyTorch autograd cross-check of the page-specific gradient of snippets/q05_remedies.py."""

import numpy as np
import pytest

from snippets import q05_remedies as m

torch = pytest.importorskip("torch")


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("shape", [(1, 20, 16), (4, 12, 5), (200, 20, 16)])
def test_least_squares_grad_matches_autograd(seed, shape):
    sets, n, p = shape
    rng = np.random.default_rng(seed)
    phi, Y, W = rng.normal(size=(n, p)), rng.normal(size=(sets, n)), rng.normal(size=(sets, p))
    w = torch.tensor(W, dtype=torch.float64, requires_grad=True)
    loss = ((w @ torch.tensor(phi).T - torch.tensor(Y)) ** 2).mean(dim=1).sum()
    loss.backward()
    expected = w.grad.numpy()
    got = m.least_squares_grad(W, phi, Y)
    assert np.max(np.abs(got - expected)) <= 1e-8 * np.max(np.abs(expected))
