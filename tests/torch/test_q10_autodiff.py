"""The toy autodiff of Q10 (snippets/q10_reverse_mode.py, snippets/q10_autodiff.py) against torch
autograd in float64: every operation, matrix products of every rank, a small network, and the
scalar rule of backward()."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets import q10_autodiff as m
from snippets import q10_reverse_mode as scalar
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(10)
A = RNG.normal(size=(3, 4))
ROW = RNG.normal(size=(4,))

#: name -> (our function of one Tensor, torch's of one tensor, the point); each returns an array
#: whose gradient is taken against a random upstream gradient of its shape
OPERATIONS = {
    "add broadcast": (lambda t: m.Tensor(A) + t, lambda t: tensor(A) + t, ROW),
    "radd scalar": (lambda t: 2.0 + t, lambda t: 2.0 + t, A),
    "mul broadcast": (lambda t: m.Tensor(A) * t, lambda t: tensor(A) * t, ROW),
    "rmul scalar": (lambda t: 3.0 * t, lambda t: 3.0 * t, A),
    "sub": (lambda t: m.Tensor(A) - t * t, lambda t: tensor(A) - t * t, A),
    "tanh": (lambda t: t.tanh(), torch.tanh, 2.0 * A),
    "softplus": (lambda t: t.softplus(), F.softplus, 5.0 * A),
    "softplus extreme": (
        lambda t: t.softplus(),
        F.softplus,
        np.array([-1000.0, -40.0, -1.0, 0.0, 1.0, 40.0, 1000.0]),
    ),
    "sum": (lambda t: (t * t).sum(), lambda t: (t * t).sum(), A),
    "mean": (lambda t: (t * t).mean(), lambda t: (t * t).mean(), A),
}

MATMUL_SHAPES = [
    ((3,), (3, 4)),
    ((3, 4), (4,)),
    ((4,), (4,)),
    ((3, 4), (4, 2)),
    ((5, 3, 4), (4, 2)),
    ((3, 4), (5, 4, 2)),
    ((5, 3, 4), (5, 4, 2)),
    ((2, 1, 3, 4), (5, 4, 2)),
    ((4,), (5, 4, 2)),
    ((5, 3, 4), (4,)),
]


@pytest.mark.parametrize("name", OPERATIONS)
def test_operation(compare, name, rng):
    ours, theirs, x = OPERATIONS[name]
    t = m.Tensor(x)
    out = ours(t)
    upstream = rng.normal(size=out.data.shape)
    out.backward(upstream)
    xt = tensor(x, requires_grad=True)
    yt = theirs(xt)
    compare(f"Tensor {name}", out.data, yt)
    (gt,) = grads(yt, [xt], upstream)
    compare(f"Tensor {name} backward", t.grad, gt)


@pytest.mark.parametrize("shapes", MATMUL_SHAPES, ids=str)
def test_matmul_of_every_rank(compare, shapes, rng):
    a, b = (rng.normal(size=s) for s in shapes)
    g = rng.normal(size=np.matmul(a, b).shape)
    at, bt = tensor(a, requires_grad=True), tensor(b, requires_grad=True)
    ga_t, gb_t = grads(torch.matmul(at, bt), [at, bt], g)
    ga, gb = m.matmul_backward(a, b, g)
    compare("matmul_backward", ga, ga_t, f"{shapes}, left")
    compare("matmul_backward", gb, gb_t, f"{shapes}, right")
    ta, tb = m.Tensor(a), m.Tensor(b)
    (ta @ tb).backward(g)
    compare("Tensor @ backward", ta.grad, ga_t, str(shapes))
    compare("Tensor @ backward", tb.grad, gb_t, str(shapes))


@pytest.mark.parametrize("n", [1, 7])
def test_small_network(compare, n, rng):
    X, y = rng.normal(size=(n, 3)), rng.integers(0, 2, size=(n, 1)).astype(float)
    shapes = {"W1": (3, 5), "b1": (5,), "W2": (5, 1), "b2": (1,)}
    values = {k: rng.normal(size=s) for k, s in shapes.items()}
    params = {k: m.Tensor(v) for k, v in values.items()}
    loss = m.network_loss(params, m.Tensor(X), m.Tensor(y))
    loss.backward()
    p = {k: tensor(v, requires_grad=True) for k, v in values.items()}
    z = torch.tanh(tensor(X) @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
    target = tensor(y)
    loss_t = F.binary_cross_entropy_with_logits(z, target) + 0.01 * (p["W1"] ** 2).sum()
    compare("network_loss", loss.data, loss_t)
    for name, g in zip(p, grads(loss_t, list(p.values())), strict=True):
        compare("network_loss backward", params[name].grad, g, name)


def test_non_scalar_backward_fails_in_both():
    with pytest.raises(RuntimeError, match="only for scalar outputs"):
        (m.Tensor(A) * m.Tensor(A)).backward()
    xt = tensor(A, requires_grad=True)
    with pytest.raises(RuntimeError, match="only for scalar outputs"):
        (xt * xt).backward()


@pytest.mark.parametrize("v", [(2.0, -0.5, 0.3), (-1.2, 0.8, 1.5), (0.3, 2.0, -0.4)])
def test_scalar_value(compare, v):
    scalar.TAPE.clear()
    x, w, b = (scalar.Value(c) for c in v)
    loss = (w * x + b).tanh() * x
    loss.backward()
    scalar.TAPE.clear()
    xt, wt, bt = (tensor(c, requires_grad=True) for c in v)
    loss_t = torch.tanh(wt * xt + bt) * xt
    compare("Value", loss.data, loss_t)
    compare("Value backward", [x.grad, w.grad, b.grad], grads(loss_t, [xt, wt, bt]))
