"""PyTorch autograd (float64) cross-check of one training step of `score` in
snippets/q03_learning_curve.py, for logistic regression and for the tanh network."""

import numpy as np
import pytest

from snippets import q03_learning_curve as q
from tests.torch.crosscheck import grads, tensor

torch = pytest.importorskip("torch")

LINEAR = (lambda X, W, b: (X @ W + b, X), lambda g, X: (X.T @ g, g.sum(axis=0)))  # as in main


@pytest.mark.parametrize("model", ["linear", "network"])
def test_one_step_of_score_follows_autograd(compare, model):
    rng = np.random.default_rng(5)
    X = rng.normal(size=(40, 6))
    y = (rng.uniform(size=(40, 1)) < 0.5) ^ (X[:, :1] > 0)
    if model == "linear":
        params, forward, backward = [rng.normal(0, 0.3, (6, 1)), np.array([0.1])], *LINEAR
    else:
        net = [rng.normal(0, 0.3, (6, 5)), rng.normal(0, 0.1, 5), rng.normal(0, 0.3, (5, 1))]
        params, forward, backward = [*net, np.array([0.1])], q.mlp_forward, q.mlp_backward
    before = [p.copy() for p in params]
    n, lr, decay = 30, 0.5, 0.01
    q.score(X, y, n, params, forward, backward, steps=1, lr=lr, decay=decay)

    ts = [tensor(p, requires_grad=True) for p in before]
    Xt = tensor(X[:n])
    if model == "linear":
        logits = Xt @ ts[0] + ts[1]
    else:
        logits = torch.tanh(Xt @ ts[0] + ts[1]) @ ts[2] + ts[3]
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, tensor(y[:n]))
    loss = bce + 0.5 * decay * sum(torch.sum(t**2) for t in ts)
    for i, (old, new, g) in enumerate(zip(before, params, grads(loss, ts), strict=True)):
        compare("score", (old - new) / lr, g, f"{model}, parameter {i}")
