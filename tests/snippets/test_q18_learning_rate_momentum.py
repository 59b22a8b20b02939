"""Unit tests of snippets/q18_learning_rate_momentum.py."""

import numpy as np
import pytest

from snippets import q18_learning_rate_momentum as m

H, W0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
F0 = 50.5


def test_gradient_descent_is_stable_below_two_over_h_max_only():
    assert m.heavy_ball(H, W0, 0.019, 0.0, 300)[0][-1] < 1e-3
    assert m.heavy_ball(H, W0, 0.0201, 0.0, 300)[0][-1] > F0


def test_zero_momentum_is_plain_gradient_descent():
    h, w0 = np.array([1.0, 10.0]), np.array([1.0, -2.0])
    losses, _ = m.heavy_ball(h, w0, 0.05, 0.0, 5)
    w = w0.copy()
    for k in range(5):
        w = w - 0.05 * h * w  # the gradient of 0.5 * sum(h * w**2) is h * w
        assert losses[k + 1] == pytest.approx(0.5 * np.sum(h * w**2), rel=1e-14)


def test_best_settings_match_theory_and_momentum_wins():
    lr_gd, lr_hb, beta = m.best_settings(H)
    assert lr_gd == pytest.approx(2 / 101)
    assert lr_hb == pytest.approx(4 / 121)
    assert beta == pytest.approx((9 / 11) ** 2)
    target = 1e-8 * F0
    gd = m.steps_to_reach(m.heavy_ball(H, W0, lr_gd, 0.0, 2000)[0], target)
    hb = m.steps_to_reach(m.heavy_ball(H, W0, lr_hb, beta, 2000)[0], target)
    assert hb * 5 < gd
    # the same step without momentum diverges
    assert m.steps_to_reach(m.heavy_ball(H, W0, lr_hb, 0.0, 2000)[0], target) is None


def test_steps_to_reach_is_the_first_step_below_the_target():
    losses = np.array([5.0, 3.0, 0.5, 2.0, 0.1])
    assert m.steps_to_reach(losses, 1.0) == 2
    assert m.steps_to_reach(losses, 0.01) is None


def test_momentum_widens_the_stable_range_to_two_times_one_plus_beta():
    beta = 0.5  # limit lr * h_max < 2 * (1 + beta) = 3, i.e. lr < 0.03
    assert m.heavy_ball(H, W0, 0.029, beta, 2000)[0][-1] < 1e-6 * F0
    assert m.heavy_ball(H, W0, 0.031, beta, 2000)[0][-1] > F0
    assert m.heavy_ball(H, W0, 0.029, 0.0, 200)[0][-1] > F0  # without momentum: diverges


def test_sign_changes_count_oscillation():
    # plain GD with lr * h in (1, 2): the steep coordinate flips sign every step, the flat one never
    np.testing.assert_array_equal(m.heavy_ball(H, W0, 0.015, 0.0, 50)[1], [0, 50])
    # lr * h < 1 everywhere: monotone decay, no sign change
    np.testing.assert_array_equal(m.heavy_ball(H, W0, 0.005, 0.0, 50)[1], [0, 0])
    # best heavy-ball pair: the steep coordinate still oscillates at every step
    _, lr, beta = m.best_settings(H)
    flat, steep = m.heavy_ball(H, W0, lr, beta, 100)[1]
    assert flat == 0 and steep == 100
