"""Unit tests of snippets/q25_adamw_step.py (the core program)."""

import numpy as np
import pytest

from snippets import q25_adamw_step as m


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e6])
def test_first_adam_step_is_lr_times_the_sign_whatever_the_scale(scale):
    g = scale * np.array([0.3, -2.0, 5.0])
    w1, _, _ = m.adamw_step(np.zeros(3), g, np.zeros(3), np.zeros(3), 1, lr=0.1, weight_decay=0.0)
    np.testing.assert_allclose(w1, -0.1 * np.sign(g), rtol=1e-4)


def test_eps_shrinks_steps_of_gradients_as_small_as_eps():
    g = np.array([1e-8])
    w1, _, _ = m.adamw_step(np.zeros(1), g, np.zeros(1), np.zeros(1), 1, lr=0.1, weight_decay=0.0)
    np.testing.assert_allclose(w1, [-0.05], rtol=1e-6)  # |g| / (|g| + eps) = 1/2


def test_without_bias_correction_the_first_step_is_sqrt_ten_times_larger():
    g = np.array([2.0, -0.5])
    m1, v1 = 0.1 * g, 0.001 * g**2
    np.testing.assert_allclose(-0.1 * m1 / np.sqrt(v1), -0.1 * np.sqrt(10.0) * np.sign(g))


def test_decay_is_applied_to_the_weights_not_to_the_gradient():
    w, g = np.array([1.0, -2.0]), np.array([0.5, 0.5])
    with_decay, _, _ = m.adamw_step(w, g, np.zeros(2), np.zeros(2), 1, lr=0.1, weight_decay=0.5)
    without, _, _ = m.adamw_step(w, g, np.zeros(2), np.zeros(2), 1, lr=0.1, weight_decay=0.0)
    np.testing.assert_allclose(with_decay - without, -0.1 * 0.5 * w, rtol=1e-12)


def test_the_printed_steps():
    np.testing.assert_allclose(m.w1 - m.w, [-0.15, 0.2, -0.25], rtol=1e-4)
