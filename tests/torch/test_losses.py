"""snippets/nn/losses.py against torch.nn.functional: each loss and its gradient."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets.nn import losses as L
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(101)
PRED, TARGET = RNG.normal(0.0, 2.0, (6, 3)), RNG.normal(size=(6, 3))
Z = np.concatenate([RNG.normal(0.0, 3.0, 10), [1000.0, -1000.0, 40.0, -40.0]])
Y01 = (RNG.random(Z.size) < 0.5).astype(float)
YPM = 2.0 * Y01 - 1.0
LOGITS = np.concatenate([RNG.normal(0.0, 3.0, (5, 4)), [[1000.0, -1000.0, 0.0, 1.0]]])
LABELS = np.append(RNG.integers(0, 4, 5), 1)


def _check(compare, name, ours_loss, ours_grad, torch_loss, x, *args):
    xt = tensor(x, requires_grad=True)
    loss = torch_loss(xt, *args)
    (theirs,) = grads(loss, [xt])
    compare(name, ours_loss, loss)
    compare(f"{name}_grad", ours_grad, theirs)


def test_mse(compare):
    loss = L.mse(PRED, TARGET)
    grad = L.mse_grad(PRED, TARGET)
    _check(compare, "mse", loss, grad, F.mse_loss, PRED, tensor(TARGET))


def test_binary_cross_entropy_with_logits(compare):
    loss = L.binary_cross_entropy_with_logits(Z, Y01)
    grad = L.binary_cross_entropy_with_logits_grad(Z, Y01)
    reference = F.binary_cross_entropy_with_logits
    _check(compare, "binary_cross_entropy_with_logits", loss, grad, reference, Z, tensor(Y01))


def test_softmax_cross_entropy(compare):
    loss = L.softmax_cross_entropy(LOGITS, LABELS)
    grad = L.softmax_cross_entropy_grad(LOGITS, LABELS)
    labels = torch.tensor(LABELS)
    _check(compare, "softmax_cross_entropy", loss, grad, F.cross_entropy, LOGITS, labels)


def test_hinge(compare):
    z, y = Z[np.abs(1.0 - YPM * Z) > 1e-3], YPM[np.abs(1.0 - YPM * Z) > 1e-3]  # off the kink
    loss, grad = L.hinge(z, y), L.hinge_grad(z, y)

    def reference(s, labels):  # torch has no binary hinge loss: the definition, autograd's gradient
        return torch.relu(1.0 - labels * s).mean()

    _check(compare, "hinge", loss, grad, reference, z, tensor(y))


@pytest.mark.parametrize("delta", [0.5, 1.0, 2.5])
def test_huber(compare, delta):
    loss, grad = L.huber(PRED, TARGET, delta), L.huber_grad(PRED, TARGET, delta)

    def reference(p, t):
        return F.huber_loss(p, t, delta=delta)

    _check(compare, "huber", loss, grad, reference, PRED, tensor(TARGET))
