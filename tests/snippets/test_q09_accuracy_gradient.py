"""Unit tests of snippets/q09_accuracy_gradient.py."""

import numpy as np

from snippets import q09_accuracy_gradient as m
from snippets.nn.gradcheck import check_gradient


def _data():
    return m.make_data(np.random.default_rng(3), 50)


def test_cross_entropy_grad_matches_finite_differences():
    X, y = _data()
    for w in (np.zeros(3), np.array([0.3, -0.6, 0.2]), np.array([5.0, -8.0, 12.0])):
        check_gradient(lambda v: m.cross_entropy(v, X, y), m.cross_entropy_grad(w, X, y), w)


def test_cross_entropy_is_stable_for_huge_logits():
    X, y = _data()
    w = np.array([0.0, 1e4, 1e4])
    assert np.isfinite(m.cross_entropy(w, X, y))
    assert np.all(np.isfinite(m.cross_entropy_grad(w, X, y)))


def test_cross_entropy_at_zero_weights_is_log_two():
    X, y = _data()
    assert abs(m.cross_entropy(np.zeros(3), X, y) - np.log(2)) < 1e-12


def test_accuracy_is_locally_constant():
    X, y = _data()
    w = np.array([0.3, -0.6, 0.2])
    g = m.finite_difference(lambda v: m.accuracy(v, X, y), w, 1e-7)
    np.testing.assert_array_equal(g, 0.0)


def test_accuracy_only_takes_multiples_of_one_over_n():
    X, y = _data()
    ts = np.linspace(-2, 2, 401)
    acc, ce = m.line_slice(np.array([0.3, -0.6, 0.2]), np.array([0.0, 1.0, 1.0]), X, y, ts)
    np.testing.assert_allclose(acc * len(y), np.round(acc * len(y)))
    assert acc.shape == ce.shape == ts.shape


def test_descending_the_loss_raises_accuracy():
    X, y = _data()
    w = np.array([0.3, -0.6, 0.2])
    start = m.accuracy(w, X, y)
    for _ in range(200):
        w = w - 0.5 * m.cross_entropy_grad(w, X, y)
    assert m.accuracy(w, X, y) > start + 0.3
