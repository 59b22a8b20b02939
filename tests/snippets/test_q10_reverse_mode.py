"""Unit tests of snippets/q10_reverse_mode.py: the scalar tape against finite differences."""

import numpy as np
import pytest

from snippets import q10_reverse_mode as m
from snippets.nn.gradcheck import check_gradient


@pytest.fixture(autouse=True)
def empty_tape():
    """The program keeps one global tape: every test starts and ends with it empty."""
    m.TAPE.clear()
    yield
    m.TAPE.clear()


def page_loss(v):
    """The page's ``L = tanh(w x + b) x`` at ``v = (x, w, b)``, and the three Values."""
    x, w, b = (m.Value(c) for c in v)
    return (w * x + b).tanh() * x, (x, w, b)


def reverse_mode(f, v):
    m.TAPE.clear()
    loss, leaves = f(v)
    loss.backward()
    return np.array([leaf.grad for leaf in leaves])


def value_of(f):
    def scalar(v):
        m.TAPE.clear()
        return f(v)[0].data

    return scalar


@pytest.mark.parametrize("seed", range(5))
def test_page_loss_gradients_match_finite_differences(seed):
    v = np.random.default_rng(seed).normal(size=3)
    check_gradient(value_of(page_loss), reverse_mode(page_loss, v), v)


def test_page_example_matches_the_derivatives_by_hand():
    x, w, b = 2.0, -0.5, 0.3
    t = np.tanh(w * x + b)
    s = 1.0 - t**2
    np.testing.assert_allclose(
        reverse_mode(page_loss, [x, w, b]), [s * w * x + t, s * x * x, s * x], rtol=1e-12
    )


def diamond(v):
    """``tanh(a b) * (a + b) * a``: ``a`` reaches the loss along three paths."""
    a, b = m.Value(v[0]), m.Value(v[1])
    return (a * b).tanh() * (a + b) * a, (a, b)


def test_paths_add_up_where_a_value_is_used_several_times():
    v = np.array([0.7, -1.3])
    check_gradient(value_of(diamond), reverse_mode(diamond, v), v)


def test_square_by_multiplying_a_value_by_itself():
    x = m.Value(3.0)
    (x * x).backward()
    assert x.grad == 6.0


def test_operations_record_local_derivatives():
    a, b = m.Value(2.0), m.Value(5.0)
    product, total, t = a * b, a + b, a.tanh()
    assert [d for _, d in product.inputs] == [5.0, 2.0]
    assert [d for _, d in total.inputs] == [1.0, 1.0]
    assert t.inputs[0][1] == pytest.approx(1.0 - np.tanh(2.0) ** 2)
    assert m.TAPE == [a, b, product, total, t]  # the tape is the order of computation


def test_second_backward_accumulates_in_leaves_only():
    """A second backward() on the same tape adds the same gradient again to the leaves."""
    loss, leaves = page_loss([2.0, -0.5, 0.3])
    loss.backward()
    first = np.array([leaf.grad for leaf in leaves])
    loss.backward()
    np.testing.assert_allclose([leaf.grad for leaf in leaves], 2 * first, rtol=1e-12)


def test_a_second_loss_on_the_same_tape_gets_its_own_gradient():
    x, w = m.Value(1.5), m.Value(0.4)
    (w * x).tanh().backward()
    x.grad = w.grad = 0.0  # zero_grad
    (w * x).backward()
    assert (x.grad, w.grad) == (0.4, 1.5)
