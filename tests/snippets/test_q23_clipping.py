"""Unit tests of snippets/q23_clipping.py."""

import numpy as np
import pytest

from snippets import q23_clipping as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("w", [-1.1, 0.3, 0.9, 1.0353, 1.2])
def test_recurrence_loss_grad_matches_finite_differences(w):
    x = np.array([w])
    analytic = np.array([m.recurrence_loss_grad(w)])
    check_gradient(lambda v: m.recurrence_loss(float(v[0])), analytic, x, eps=1e-7, rtol=1e-5)


def test_minimum_and_clipped_descent_converges():
    w_star = m.TARGET ** (1 / m.T)
    assert m.recurrence_loss(w_star) < 1e-20
    assert "w = 1.0353" in m.descend(1.2, 1e-3, 1.0)
    assert m.descend(1.2, 1e-3).startswith("diverged at step 1")


def test_clip_by_norm_bounds_the_norm_and_keeps_direction():
    rng = np.random.default_rng(11)
    for _ in range(20):
        g = rng.normal(size=7) * rng.uniform(0.01, 100.0)
        c = m.clip_by_norm(g, 1.0)
        assert np.linalg.norm(c) <= 1.0 + 1e-12
        np.testing.assert_allclose(c / np.linalg.norm(c), g / np.linalg.norm(g))
