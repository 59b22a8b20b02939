"""PyTorch autograd (float64) cross-check of the page-specific gradient of
snippets/q04_image_classifier.py: conv_backward, through conv2d, a global max and a linear layer."""

import numpy as np
import pytest

from snippets import q04_image_classifier as m

torch = pytest.importorskip("torch")


def _relative_error(a, b):
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(b)), 1e-300))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_conv_backward_matches_autograd(seed):
    rng = np.random.default_rng(seed)
    images, y = m.make_images(rng, 12, np.arange(1, 6))
    w, V, c = rng.normal(size=(6, 9)), rng.normal(size=(6, 4)), rng.normal(size=4)
    logits, cache = m.conv_forward(m.patches(images), w, V, c)
    ours = m.conv_backward(m.softmax_cross_entropy_grad(logits, y), cache)

    wt, Vt, ct = (torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in (w, V, c))
    x = torch.tensor(images[:, None], dtype=torch.float64)
    maps = torch.nn.functional.conv2d(x, wt.reshape(6, 1, 3, 3))  # (n, 6, 8, 8)
    logits_t = maps.amax(dim=(2, 3)) @ Vt + ct
    loss = torch.nn.functional.cross_entropy(logits_t, torch.tensor(y))
    loss.backward()

    np.testing.assert_allclose(logits_t.detach().numpy(), logits, rtol=1e-12, atol=1e-12)
    assert abs(loss.item() - m.softmax_cross_entropy(logits, y)) <= 1e-12
    for mine, theirs in zip(ours, (wt.grad, Vt.grad, ct.grad), strict=True):
        assert _relative_error(mine, theirs.numpy()) <= 1e-8
