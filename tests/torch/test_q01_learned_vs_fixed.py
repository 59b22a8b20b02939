"""Cross-check of the hand-written backpropagation in Q1's `fit` with PyTorch autograd (float64)."""

import inspect

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from snippets import q01_learned_vs_fixed as q  # noqa: E402


def parameters(predict):
    """W, b, v, c held by the function that `fit` returns."""
    held = inspect.getclosurevars(predict).nonlocals
    return held["W"], held["b"], held["v"], np.array([held["c"]])


@pytest.mark.parametrize("train_features", [False, True])
@pytest.mark.parametrize("step", [1, 2, 7])
def test_fit_steps_along_the_autograd_gradient(train_features, step):
    rng = np.random.default_rng(11)
    x = rng.normal(size=(30, 3))
    y = (rng.uniform(size=30) < 0.4).astype(float)
    lr = 0.3
    before = parameters(q.fit(x, y, 5, train_features, np.random.default_rng(2), steps=step, lr=lr))
    after = parameters(
        q.fit(x, y, 5, train_features, np.random.default_rng(2), steps=step + 1, lr=lr)
    )
    W, b, v, c = (torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in before)
    z = torch.tanh(torch.tensor(x) @ W + b) @ v + c[0]
    torch.nn.functional.binary_cross_entropy_with_logits(z, torch.tensor(y)).backward()
    tensors = {"W": W, "b": b, "v": v, "c": c}
    for name in "Wbvc" if train_features else "vc":
        i = "Wbvc".index(name)
        expected = tensors[name].grad.numpy()
        got = (before[i] - after[i]) / lr
        scale = np.maximum(np.abs(expected), 1e-12)
        assert np.all(np.abs(got - expected) / scale <= 1e-8), (name, got, expected)
