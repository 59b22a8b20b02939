"""Unit tests of snippets/q23_plain_vs_residual.py (the core program)."""

import numpy as np
import pytest

from snippets import q23_plain_vs_residual as m
from snippets.nn.gradcheck import check_gradient


def _output(x, Ws, residual):
    for W in Ws:
        x = x + np.tanh(x @ W) if residual else np.tanh(x @ W)
    return x


@pytest.mark.parametrize("residual", [False, True])
def test_stack_input_grad_matches_finite_differences(residual):
    rng = np.random.default_rng(3)
    x, g = rng.normal(size=(4, 5)), rng.normal(size=(4, 5))
    Ws = [rng.normal(0.0, 0.8, (5, 5)) for _ in range(6)]
    analytic = m.stack_input_grad(x, g, Ws, residual)
    check_gradient(lambda v: float(np.sum(_output(v, Ws, residual) * g)), analytic, x)


def test_residual_gradient_is_identity_with_zero_weights_and_plain_is_zero():
    g = np.arange(6.0).reshape(2, 3)
    Ws = [np.zeros((3, 3))] * 10
    np.testing.assert_array_equal(m.stack_input_grad(np.ones((2, 3)), g, Ws, True), g)
    np.testing.assert_array_equal(m.stack_input_grad(np.ones((2, 3)), g, Ws, False), 0.0 * g)


def test_clip_by_norm_keeps_direction_and_leaves_short_gradients_alone():
    g = np.array([3.0, 4.0])
    np.testing.assert_allclose(m.clip_by_norm(g, 1.0), [0.6, 0.8])
    np.testing.assert_array_equal(m.clip_by_norm(g, 10.0), g)
    np.testing.assert_array_equal(m.clip_by_norm(g, 5.0), g)


def test_printed_table_vanishes_plain_and_explodes_with_large_weights():
    import runpy

    out = runpy.run_path("snippets/q23_plain_vs_residual.py", run_name="__main__")
    assert np.linalg.norm(out["clipped"]) == pytest.approx(1.0)
    assert np.linalg.norm(out["g_in"]) > 1e4  # plain, w = 2, depth 50
