"""Cross-check of the hand-written backpropagation in Q1's `fit` with PyTorch autograd (float64)."""

import inspect

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from snippets import q01_linear_vs_network as q  # noqa: E402


def parameters(predict):
    """W, b, v, c held by the function that `fit` returns."""
    outer = inspect.getclosurevars(predict).nonlocals
    inner = inspect.getclosurevars(outer["features"]).nonlocals
    return inner["W"], inner["b"], outer["v"], np.array([outer["c"]])


@pytest.mark.parametrize("hidden", [0, 5])
@pytest.mark.parametrize("step", [1, 2, 7])
def test_fit_steps_along_the_autograd_gradient(hidden, step):
    rng = np.random.default_rng(11)
    x = rng.normal(size=(30, 3))
    y = (rng.uniform(size=30) < 0.4).astype(float)
    lr = 0.3
    before = parameters(q.fit(x, y, hidden, np.random.default_rng(2), steps=step, lr=lr))
    after = parameters(q.fit(x, y, hidden, np.random.default_rng(2), steps=step + 1, lr=lr))
    W, b, v, c = (torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in before)
    xt, yt = torch.tensor(x), torch.tensor(y)
    h = xt if hidden == 0 else torch.tanh(xt @ W + b)
    z = h @ v + c[0]
    torch.nn.functional.binary_cross_entropy_with_logits(z, yt).backward()
    tensors = {"W": W, "b": b, "v": v, "c": c}
    for name in ("W", "b", "v", "c") if hidden else ("v", "c"):
        i = "Wbvc".index(name)
        expected = tensors[name].grad.numpy()
        got = (before[i] - after[i]) / lr
        scale = np.maximum(np.abs(expected), 1e-12)
        assert np.all(np.abs(got - expected) / scale <= 1e-8), (name, got, expected)
