"""Unit tests of snippets/q10_autodiff.py: every operation's backward pass, matrix products of
every rank, the scalar rule of backward(), and accumulation in leaves only."""

import numpy as np
import pytest

from snippets import q10_autodiff as m
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(0)
A = RNG.normal(size=(3, 4))
ROW = RNG.normal(size=(4,))

# Each case: a scalar function of one Tensor built from the operation under test, and a point.
CASES = {
    "add": (lambda t: (t + m.Tensor(A)).tanh().sum(), A * 0.5),
    "add broadcast row": (lambda t: (m.Tensor(A) + t).tanh().sum(), ROW),
    "radd scalar": (lambda t: (2.0 + t).tanh().sum(), A),
    "mul": (lambda t: (t * m.Tensor(A)).sum(), A * 0.3),
    "mul broadcast": (lambda t: ((m.Tensor(A) * t) * (m.Tensor(A) * t)).sum(), ROW),
    "rmul scalar": (lambda t: (3.0 * t).tanh().sum(), A),
    "sub": (lambda t: ((m.Tensor(A) - t) * (m.Tensor(A) - t)).mean(), A * 0.2),
    "sub array": (lambda t: (t - A).tanh().sum(), A * 0.2),
    "tanh": (lambda t: (t.tanh() * m.Tensor(A)).sum(), A * 0.7),
    "softplus": (lambda t: (t.softplus() * m.Tensor(A)).sum(), A * 3.0),
    "sum": (lambda t: (t * t).sum(), A),
    "mean": (lambda t: (t * t).mean(), A),
    "reuse (x*x + x)": (lambda t: (t * t + t).sum(), A),
    "diamond": (lambda t: (t.tanh() * t.softplus()).sum(), A * 0.4),
}

#: matrix products NumPy's ``@`` accepts: vectors, matrices, stacks, broadcast stacks
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


def tensor_gradient(f, x0):
    t = m.Tensor(x0.copy())
    f(t).backward()
    return t.grad


@pytest.mark.parametrize("name", list(CASES))
def test_backward_matches_finite_differences(name):
    f, x0 = CASES[name]
    check_gradient(lambda x: float(f(m.Tensor(x)).data), tensor_gradient(f, x0), x0.copy())


@pytest.mark.parametrize("shapes", MATMUL_SHAPES, ids=str)
def test_matmul_backward_matches_finite_differences(shapes):
    rng = np.random.default_rng(1)
    a, b = (rng.normal(size=s) for s in shapes)
    g = rng.normal(size=np.matmul(a, b).shape)
    ga, gb = m.matmul_backward(a, b, g)
    check_gradient(lambda x: float(np.sum(g * (x @ b))), ga, a)
    check_gradient(lambda x: float(np.sum(g * (a @ x))), gb, b)


@pytest.mark.parametrize("shapes", MATMUL_SHAPES, ids=str)
def test_tensor_matmul_of_every_rank_through_backward(shapes):
    rng = np.random.default_rng(2)
    a, b = (rng.normal(size=s) for s in shapes)
    g = rng.normal(size=np.matmul(a, b).shape)
    ta, tb = m.Tensor(a), m.Tensor(b)
    (ta @ tb).backward(g)  # an explicit upstream gradient for a non-scalar output
    check_gradient(lambda x: float(np.sum(g * (x @ b))), ta.grad, a)
    check_gradient(lambda x: float(np.sum(g * (a @ x))), tb.grad, b)


def test_vector_times_matrix_gives_the_outer_product():
    # The old version put x . g = 1 + 2 + 3 = 6 in every entry of W.grad.
    x, W = m.Tensor([1.0, 2.0, 3.0]), m.Tensor(np.ones((3, 3)))
    (x @ W).sum().backward()
    np.testing.assert_array_equal(W.grad, np.outer([1.0, 2.0, 3.0], np.ones(3)))
    np.testing.assert_array_equal(x.grad, [3.0, 3.0, 3.0])


def test_backward_of_a_non_scalar_needs_an_explicit_gradient():
    x = m.Tensor(A)
    out = x.tanh()
    with pytest.raises(RuntimeError, match="only for scalar outputs"):
        out.backward()
    np.testing.assert_array_equal(x.grad, 0.0)  # nothing was propagated
    with pytest.raises(ValueError, match="shape"):
        out.backward(np.ones(4))
    out.backward(np.ones_like(A))  # the upstream gradient of sum(out)
    np.testing.assert_allclose(x.grad, 1.0 - np.tanh(A) ** 2)


def test_a_one_element_output_counts_as_a_scalar():
    x = m.Tensor(np.array([[2.0]]))
    (x * x).backward()
    np.testing.assert_array_equal(x.grad, [[4.0]])


def test_network_loss_gradients_match_finite_differences():
    rng = np.random.default_rng(1)
    X, y = m.Tensor(rng.normal(size=(6, 3))), m.Tensor(rng.integers(0, 2, size=(6, 1)))
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


def test_leaves_accumulate_and_intermediates_restart():
    # L = (x * x) * (x * x) at x = 2: dL/dx = 4 x^3 = 32. PyTorch with retain_graph=True gives 32,
    # then 64; propagating the intermediates' stale gradients again would give 128.
    x = m.Tensor(2.0)
    sq = x * x
    loss = sq * sq
    loss.backward()
    assert float(x.grad) == 32.0 and float(sq.grad) == 8.0
    loss.backward()
    assert float(x.grad) == 64.0 and float(sq.grad) == 8.0
    x.grad = np.zeros_like(x.data)
    loss.backward()
    assert float(x.grad) == 32.0


def test_graph_lists_each_tensor_after_its_parents():
    x = m.Tensor(A)
    h = x.tanh()
    loss = (h * h + h).sum()
    order = loss.graph()
    assert order[-1] is loss and len(order) == len({id(t) for t in order})
    position = {id(t): i for i, t in enumerate(order)}
    assert all(position[id(p)] < position[id(t)] for t in order for p in t.parents)


def test_softplus_is_stable_for_large_inputs():
    t = m.Tensor(np.array([-800.0, 0.0, 800.0]))
    out = t.softplus()
    np.testing.assert_allclose(out.data, [0.0, np.log(2.0), 800.0])
    out.sum().backward()
    np.testing.assert_allclose(t.grad, [0.0, 0.5, 1.0])


def test_unbroadcast_returns_the_original_shape():
    for shape in [(3,), (1, 3), (4, 1), (1, 1), ()]:
        g = np.ones(np.broadcast_shapes(shape, (4, 3)))
        assert m.unbroadcast(g, shape).shape == shape
        assert m.unbroadcast(g, shape).sum() == g.sum()


def test_graph_memory_grows_with_the_batch_not_the_parameters():
    rng = np.random.default_rng(3)
    shapes = {"W1": (3, 5), "b1": (5,), "W2": (5, 1), "b2": (1,)}
    params = {k: m.Tensor(rng.normal(size=s)) for k, s in shapes.items()}

    def kept(n):
        X, y = m.Tensor(rng.normal(size=(n, 3))), m.Tensor(np.zeros((n, 1)))
        return sum(t.data.size for t in m.network_loss(params, X, y).graph() if t.parents)

    assert kept(800) - kept(8) == 99 * (kept(16) - kept(8))  # linear in the batch size
