"""PyTorch autograd (float64) cross-check of the page-specific gradient of snippets/q09_accuracy_gradient.py."""

import numpy as np
import pytest

from snippets import q09_accuracy_gradient as m

torch = pytest.importorskip("torch")


def _relative_error(a, b):
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


@pytest.mark.parametrize("w", [[0.0, 0.0, 0.0], [0.3, -0.6, 0.2], [5.0, -8.0, 12.0]])
def test_cross_entropy_grad_matches_autograd(w):
    X, y = m.make_data(np.random.default_rng(3), 50)
    w = np.array(w)
    wt = torch.tensor(w, dtype=torch.float64, requires_grad=True)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(
        torch.tensor(X) @ wt, torch.tensor(y)
    )
    loss.backward()
    assert abs(loss.item() - m.cross_entropy(w, X, y)) <= 1e-12
    assert _relative_error(m.cross_entropy_grad(w, X, y), wt.grad.numpy()) <= 1e-8
