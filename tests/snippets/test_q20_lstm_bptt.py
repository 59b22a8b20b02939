"""Unit tests of snippets/q20_lstm_bptt.py."""

import numpy as np
import pytest

from snippets import q20_lstm_bptt as m
from snippets.nn.gradcheck import check_gradient


def _problem(seed=0, d=3, n=4, k=2, steps=5, batch=3):
    rng = np.random.default_rng(seed)
    p = {
        "W": rng.normal(0.0, 0.5, (d + n, 4 * n)),
        "b": rng.normal(0.0, 0.5, 4 * n),
        "V": rng.normal(0.0, 0.5, (n, k)),
        "a": rng.normal(0.0, 0.5, k),
        "h0": rng.normal(0.0, 0.5, (batch, n)),
        "c0": rng.normal(0.0, 0.5, (batch, n)),
    }
    return p, rng.normal(size=(steps, batch, d)), rng.normal(size=(steps, batch, k))


@pytest.mark.parametrize("name", ["W", "b", "V", "a", "h0", "c0"])
def test_bptt_matches_central_differences(name):
    p, xs, ys = _problem()
    grads = m.bptt(p, m.sequence_loss(p, xs, ys)[1])
    check_gradient(lambda v: m.sequence_loss({**p, name: v}, xs, ys)[0], grads[name], p[name])


def test_one_step_bptt_is_the_cell_backward():
    p, xs, ys = _problem(steps=1)
    loss, steps = m.sequence_loss(p, xs, ys)
    grads = m.bptt(p, steps)
    cache, h, err = steps[0]
    dh = err / len(h) @ p["V"].T
    _, dh0, dc0, dW, _ = m.lstm_cell_backward(dh, np.zeros_like(h), cache)
    np.testing.assert_allclose(grads["W"], dW)
    np.testing.assert_allclose(grads["c0"], dc0)


def test_clip_by_norm_rescales_only_large_gradients_and_keeps_direction():
    g = {"a": np.array([3.0, 4.0]), "b": np.array([0.0])}
    clipped, norm = m.clip_by_norm(g, 1.0)
    assert norm == 5.0
    np.testing.assert_allclose(clipped["a"], [0.6, 0.8])
    same, _ = m.clip_by_norm(g, 10.0)
    np.testing.assert_array_equal(same["a"], g["a"])
