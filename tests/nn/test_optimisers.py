"""Unit tests of snippets/nn/optimisers.py: the defining properties of each update rule."""

import numpy as np
import pytest

from snippets.nn.optimisers import adam_step, adamw_step, rmsprop_step, sgd_momentum_step

RNG = np.random.default_rng(7)
A = RNG.normal(size=(6, 4))
C = RNG.normal(size=6)


def grad(w):
    """Gradient of the least-squares loss ``0.5 ||A w - c||**2`` (4,)."""
    return A.T @ (A @ w - C)


def test_sgd_momentum_first_step_is_plain_sgd_and_velocity_tends_to_g_over_1_minus_momentum(rng):
    w, g = rng.normal(size=3), rng.normal(size=3)
    w1, v = sgd_momentum_step(w, g, np.zeros(3), lr=0.1)
    np.testing.assert_allclose(w1, w - 0.1 * g)
    for _ in range(300):
        _, v = sgd_momentum_step(w, g, v, lr=0.1, momentum=0.9)
    np.testing.assert_allclose(v, g / (1 - 0.9), rtol=1e-12)


def test_rmsprop_step_is_normalised_by_the_gradient_scale():
    w = np.zeros(3)
    g = np.array([1e-4, 1.0, 1e4])
    w1, s = rmsprop_step(w, g, np.zeros(3), lr=0.01, rho=0.99)
    np.testing.assert_allclose(s, 0.01 * g**2)
    np.testing.assert_allclose(-w1, 0.01 / np.sqrt(0.01), rtol=1e-3)  # lr / sqrt(1 - rho) each


def test_adam_bias_correction_makes_the_first_step_lr_in_every_coordinate():
    """Without the correction the first step would be ``lr (1 - beta1) / sqrt(1 - beta2)`` = 3.16 lr."""
    g = np.array([-1e-3, 2.0, 1e3, 1e100])  # scale-free: the step does not depend on |g|
    w1, m, v = adam_step(np.zeros(4), g, np.zeros(4), np.zeros(4), t=1, lr=0.01)
    np.testing.assert_allclose(w1, -0.01 * np.sign(g), rtol=1e-5)
    np.testing.assert_allclose(m, 0.1 * g)
    np.testing.assert_allclose(v, 0.001 * g**2)


@pytest.mark.parametrize(
    "step, state",
    [
        (lambda w, s, t: sgd_momentum_step(w, grad(w), s[0], lr=0.02), 1),
        (lambda w, s, t: rmsprop_step(w, grad(w), s[0], lr=0.01), 1),
        (lambda w, s, t: adam_step(w, grad(w), *s, t=t, lr=0.05), 2),
        (lambda w, s, t: adamw_step(w, grad(w), *s, t=t, lr=0.05, weight_decay=0.0), 2),
    ],
    ids=["sgd_momentum", "rmsprop", "adam", "adamw"],
)
def test_each_optimiser_minimises_a_least_squares_loss(step, state):
    w_star = np.linalg.lstsq(A, C, rcond=None)[0]
    w, s = np.zeros(4), [np.zeros(4)] * state
    for t in range(1, 3001):
        w, *s = step(w, s, t)
    np.testing.assert_allclose(w, w_star, atol=1e-2)


def test_adamw_decay_is_decoupled_from_the_gradient():
    """With g = 0, AdamW shrinks w by (1 - lr wd) per step; Adam with L2 in g would not."""
    w, m, v = np.array([1.0, -2.0]), np.zeros(2), np.zeros(2)
    for t in range(1, 11):
        w, m, v = adamw_step(w, np.zeros(2), m, v, t, lr=0.1, weight_decay=0.5)
    np.testing.assert_allclose(w, np.array([1.0, -2.0]) * 0.95**10)
    # Adam with the decay put into the gradient takes lr-sized steps instead, whatever wd is.
    w_l2, m, v = adam_step(
        np.array([1.0]), 0.5 * np.array([1.0]), np.zeros(1), np.zeros(1), t=1, lr=0.1
    )
    np.testing.assert_allclose(w_l2, 0.9, rtol=1e-6)
