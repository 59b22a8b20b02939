"""Unit tests of snippets/q10_autodiff.py: every operation's backward pass is checked."""

import numpy as np
import pytest

from snippets import q10_autodiff as m
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(0)
A = RNG.normal(size=(3, 4))
B = RNG.normal(size=(4, 2))
ROW = RNG.normal(size=(4,))
POS = RNG.uniform(0.5, 2.0, size=(3, 4))

# Each case: a scalar function of one Tensor, built from the operation under test, and a point.
CASES = {
    "add": (lambda t: (t + m.Tensor(A)).sum(), A * 0.5),
    "add broadcast row": (lambda t: ((m.Tensor(A) + t) ** 2).sum(), ROW),
    "radd scalar": (lambda t: ((2.0 + t) ** 2).sum(), A),
    "mul": (lambda t: (t * m.Tensor(A)).sum(), A * 0.3),
    "mul broadcast": (lambda t: ((m.Tensor(A) * t) ** 2).sum(), ROW),
    "rmul scalar": (lambda t: ((3.0 * t) ** 2).sum(), A),
    "matmul left": (lambda t: ((t @ m.Tensor(B)) ** 2).sum(), A),
    "matmul right": (lambda t: ((m.Tensor(A) @ t) ** 2).sum(), B),
    "pow": (lambda t: (t**3).sum(), A),
    "tanh": (lambda t: (t.tanh() * m.Tensor(A)).sum(), A * 0.7),
    "exp": (lambda t: (t.exp() * m.Tensor(A)).sum(), A * 0.5),
    "log": (lambda t: (t.log() * m.Tensor(A)).sum(), POS),
    "softplus": (lambda t: (t.softplus() * m.Tensor(A)).sum(), A * 3.0),
    "mean": (lambda t: (t**2).mean(), A),
    "neg and sub": (lambda t: ((m.Tensor(A) - t) ** 2).sum() + (-t).sum(), A * 0.2),
    "reuse (x*x + x)": (lambda t: (t * t + t).sum(), A),
    "diamond": (lambda t: (t.tanh() * t.exp()).sum(), A * 0.4),
}


@pytest.mark.parametrize("name", list(CASES))
def test_backward_matches_finite_differences(name):
    f, x0 = CASES[name]
    t = m.Tensor(x0.copy())
    f(t).backward()

    def scalar(x):
        return float(f(m.Tensor(x)).data)

    check_gradient(scalar, t.grad, x0.copy(), rtol=1e-6, atol=1e-8)


def test_network_loss_gradients_match_finite_differences():
    rng = np.random.default_rng(1)
    X = m.Tensor(rng.normal(size=(6, 3)))
    y = m.Tensor(rng.integers(0, 2, size=(6, 1)))
    shapes = {"W1": (3, 4), "b1": (4,), "W2": (4, 1), "b2": (1,)}
    params = {k: m.Tensor(rng.normal(size=s)) for k, s in shapes.items()}
    m.network_loss(params, X, y).backward()
    for name, p in params.items():
        x0 = p.data.copy()

        def scalar(x, name=name, x0=x0):
            params[name].data = x
            value = float(m.network_loss(params, X, y).data)
            params[name].data = x0
            return value

        check_gradient(scalar, p.grad, x0.copy())


def test_finite_difference_grads_counts_two_passes_per_parameter():
    rng = np.random.default_rng(2)
    X = m.Tensor(rng.normal(size=(4, 2)))
    y = m.Tensor(rng.integers(0, 2, size=(4, 1)))
    shapes = {"W1": (2, 3), "b1": (3,), "W2": (3, 1), "b2": (1,)}
    params = {k: m.Tensor(rng.normal(size=s)) for k, s in shapes.items()}
    grads, passes = m.finite_difference_grads(params, X, y)
    assert passes == 2 * (6 + 3 + 3 + 1)
    assert {k: g.shape for k, g in grads.items()} == shapes


def test_gradients_accumulate_until_zeroed():
    t = m.Tensor(np.array([1.0, 2.0]))
    (t * t).sum().backward()
    (t * t).sum().backward()
    np.testing.assert_allclose(t.grad, 2 * 2 * t.data)
    t.zero_grad()
    np.testing.assert_array_equal(t.grad, 0.0)


def test_softplus_is_stable_for_large_inputs():
    t = m.Tensor(np.array([-800.0, 0.0, 800.0]))
    out = t.softplus()
    np.testing.assert_allclose(out.data, [0.0, np.log(2.0), 800.0])
    out.sum().backward()
    np.testing.assert_allclose(t.grad, [0.0, 0.5, 1.0])


def test_backward_twice_on_one_graph_adds_the_gradient_twice_to_leaves():
    # L = (x * x) ** 2 at x = 2: dL/dx = 4 x^3 = 32. PyTorch with retain_graph=True gives 32,
    # then 64; propagating the intermediates' stale gradients again would give 128.
    x = m.Tensor(2.0)
    sq = x * x
    loss = sq**2
    loss.backward()
    assert float(x.grad) == 32.0
    assert float(sq.grad) == 8.0  # dL/d(sq) = 2 sq
    loss.backward()
    assert float(x.grad) == 64.0
    assert float(sq.grad) == 8.0  # intermediates are recomputed, not accumulated
    x.zero_grad()
    loss.backward()
    assert float(x.grad) == 32.0


def test_backward_of_a_leaf_accumulates_one():
    x = m.Tensor(3.0)
    x.backward()
    x.backward()
    assert float(x.grad) == 2.0


def test_unbroadcast_returns_the_original_shape():
    for shape in [(3,), (1, 3), (4, 1), (1, 1), ()]:
        g = np.ones(np.broadcast_shapes(shape, (4, 3)))
        assert m.unbroadcast(g, shape).shape == shape
        assert m.unbroadcast(g, shape).sum() == g.sum()
