"""Unit tests of snippets/q13_saddle.py."""

import numpy as np
import pytest

from snippets import q13_saddle as m
from snippets.nn.gradcheck import check_gradient, numerical_gradient


@pytest.mark.parametrize("p", [[0.0, 0.0], [1.0, 0.3], [-0.7, 1.4], [2.0, -3.0]])
def test_saddle_loss_grad_matches_central_differences(p):
    p = np.array(p)
    check_gradient(m.saddle_loss, m.saddle_loss_grad(p), p)


def test_hessian_matches_differences_of_the_gradient():
    p = np.array([0.4, -0.8])
    for i in range(2):
        row = numerical_gradient(lambda q, i=i: float(m.saddle_loss_grad(q)[i]), p)
        np.testing.assert_allclose(m.saddle_loss_hessian(p)[i], row, atol=1e-8)


def test_critical_points():
    assert np.linalg.eigvalsh(m.saddle_loss_hessian(np.zeros(2))).min() == -1.0
    for y in [1.0, -1.0]:
        p = np.array([0.0, y])
        assert np.all(m.saddle_loss_grad(p) == 0.0)
        assert m.saddle_loss(p) == -0.25


def test_exact_start_on_the_stable_manifold_stops_at_the_saddle():
    p, path = m.descend([1.0, 0.0])
    assert np.linalg.norm(p) < 1e-5 and abs(m.saddle_loss(path[-1])) < 1e-10


def test_the_tolerance_decides_whether_a_tiny_offset_stops_at_the_saddle():
    p_loose, _ = m.descend([1.0, 1e-14], tol=1e-6)
    p_tight, _ = m.descend([1.0, 1e-14], tol=1e-12)
    assert np.linalg.norm(p_loose) < 1e-5
    assert abs(abs(p_tight[1]) - 1.0) < 1e-5


def test_a_tiny_perturbation_escapes_but_slowly():
    p_far, fast = m.descend([1.0, 1e-4])
    p_near, slow = m.descend([1.0, 1e-10])
    for p in (p_far, p_near):
        assert abs(abs(p[1]) - 1.0) < 1e-5
    assert len(slow) > len(fast) + 100
    losses = [m.saddle_loss(p) for p in slow]
    assert np.all(np.diff(losses) <= 0)  # the loss never rises: it plateaus near the saddle
