"""Unit tests of snippets/q18_learning_rate_momentum.py."""

import numpy as np
import pytest

from snippets import q18_learning_rate_momentum as m
from snippets.nn.gradcheck import check_gradient


def test_quadratic_grad_matches_central_differences():
    h = np.array([1.0, 3.0, 100.0])
    w = np.array([0.3, -1.2, 0.05])
    check_gradient(lambda v: m.quadratic_loss(v, h), m.quadratic_grad(w, h), w)


def test_gradient_descent_is_stable_below_two_over_h_max_only():
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    assert m.heavy_ball(h, w0, 0.019, 0.0, 300)[-1] < 1e-3
    assert m.heavy_ball(h, w0, 0.0201, 0.0, 300)[-1] > m.quadratic_loss(w0, h)


def test_zero_momentum_is_plain_gradient_descent():
    h, w0 = np.array([1.0, 10.0]), np.array([1.0, -2.0])
    losses = m.heavy_ball(h, w0, 0.05, 0.0, 5)
    w = w0.copy()
    for k in range(5):
        w = w - 0.05 * h * w
        assert losses[k + 1] == pytest.approx(m.quadratic_loss(w, h), rel=1e-14)


def test_best_settings_match_theory_and_momentum_wins():
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    lr_gd, lr_hb, beta = m.best_settings(h)
    assert lr_gd == pytest.approx(2 / 101)
    assert beta == pytest.approx((9 / 11) ** 2)
    target = 1e-8 * m.quadratic_loss(w0, h)
    gd = m.steps_to_reach(h, w0, lr_gd, 0.0, target)
    hb = m.steps_to_reach(h, w0, lr_hb, beta, target)
    assert hb * 5 < gd
    assert m.steps_to_reach(h, w0, lr_hb, 0.0, target) is None  # same step, no momentum: diverges


def test_steps_to_reach_agrees_with_heavy_ball():
    h, w0 = np.array([1.0, 50.0]), np.array([1.0, 1.0])
    losses = m.heavy_ball(h, w0, 0.02, 0.5, 400)
    k = m.steps_to_reach(h, w0, 0.02, 0.5, 1e-6)
    assert losses[k] < 1e-6 <= losses[k - 1]


def test_momentum_widens_the_stable_range_to_two_times_one_plus_beta():
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    f0 = m.quadratic_loss(w0, h)
    beta = 0.5  # limit lr * h_max < 2 * (1 + beta) = 3, i.e. lr < 0.03
    assert m.heavy_ball(h, w0, 0.029, beta, 2000)[-1] < 1e-6 * f0
    assert m.heavy_ball(h, w0, 0.031, beta, 2000)[-1] > f0
    assert m.heavy_ball(h, w0, 0.029, 0.0, 200)[-1] > f0  # the same lr without momentum diverges


def test_sign_changes_counts_oscillation():
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    # plain GD with lr * h in (1, 2): the steep coordinate flips sign every step, the flat one never
    np.testing.assert_array_equal(m.sign_changes(h, w0, 0.015, 0.0, 50), [0, 50])
    # lr * h < 1 everywhere: monotone decay, no sign change
    np.testing.assert_array_equal(m.sign_changes(h, w0, 0.005, 0.0, 50), [0, 0])
    # best heavy-ball pair: the steep coordinate still oscillates at every step
    _, lr, beta = m.best_settings(h)
    flat, steep = m.sign_changes(h, w0, lr, beta, 100)
    assert flat == 0 and steep == 100
