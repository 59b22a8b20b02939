"""Unit tests of snippets/q06_softmax_jacobian.py."""

import numpy as np

from snippets import q06_softmax_jacobian as m
from snippets.nn.gradcheck import check_gradient


def test_softmax_backward_matches_central_differences():
    rng = np.random.default_rng(0)
    Z, G = rng.standard_normal((4, 5)), rng.standard_normal((4, 5))
    check_gradient(
        lambda z: float((G * m.softmax(z)).sum()), m.softmax_backward(m.softmax(Z), G), Z
    )


def test_jacobian_matches_central_differences_and_its_properties():
    z = np.array([0.5, -1.0, 2.0, 0.0])
    J = m.softmax_jacobian(z)
    np.testing.assert_allclose(J, m.numerical_jacobian(m.softmax, z), atol=1e-9)
    np.testing.assert_allclose(J, J.T, atol=1e-15)
    np.testing.assert_allclose(J.sum(axis=1), 0.0, atol=1e-15)
    assert np.all(J[~np.eye(4, dtype=bool)] < 0)


def test_backward_is_the_jacobian_transpose_product():
    rng = np.random.default_rng(1)
    z, g = rng.standard_normal(6), rng.standard_normal(6)
    np.testing.assert_allclose(
        m.softmax_backward(m.softmax(z), g), m.softmax_jacobian(z).T @ g, atol=1e-15
    )


def test_numerical_jacobian_of_a_linear_map_is_the_matrix():
    A = np.array([[1.0, 2.0], [3.0, -4.0], [0.5, 0.0]])
    np.testing.assert_allclose(m.numerical_jacobian(lambda v: A @ v, np.array([0.3, -0.7])), A)


def test_softmax_is_shift_invariant_stable_and_a_distribution():
    z = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0], [-1000.0, 0.0, 5.0]])
    s = m.softmax(z)
    assert np.all(np.isfinite(s)) and np.all(s >= 0)
    np.testing.assert_allclose(s.sum(axis=1), 1.0)
    np.testing.assert_allclose(s[0], s[1], atol=1e-15)


def test_two_class_softmax_is_sigmoid():
    for t in [-3.0, 0.0, 0.7, 4.0]:
        assert abs(m.softmax(np.array([t, 0.0]))[0] - m.sigmoid(np.array(t))) < 1e-15


def test_fmt_has_no_negative_zero():
    assert m.fmt(np.array([-0.0, -1e-17])) == "  0.0000   0.0000"
