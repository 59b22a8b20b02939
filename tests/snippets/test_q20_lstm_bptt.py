"""Unit tests of snippets/q20_lstm_bptt.py."""

import numpy as np
import pytest

from snippets import q20_lstm_bptt as m
from snippets.nn.gradcheck import check_gradient


def _problem(seed, d=3, n=4, k=2, steps=6, batch=3, forget_bias=1.0):
    rng = np.random.default_rng(seed)
    params = m.init_params(d, n, k, rng, forget_bias=forget_bias)
    params["b"] = params["b"] + rng.normal(0.0, 0.3, size=params["b"].shape)
    params["c"] = rng.normal(size=k)
    params["h0"] = rng.normal(0.0, 0.5, size=(batch, n))
    params["c0"] = rng.normal(size=(batch, n))
    xs = rng.normal(size=(steps, batch, d))
    ys = rng.normal(size=(steps, batch, k))
    return params, xs, ys


@pytest.mark.parametrize("seed,forget_bias", [(0, 1.0), (1, 0.0), (2, 3.0)])
def test_lstm_backward_matches_central_differences(seed, forget_bias):
    params, xs, ys = _problem(seed, forget_bias=forget_bias)
    _, steps = m.lstm_loss(params, xs, ys)
    grads = m.lstm_backward(params, steps)
    assert grads.keys() == params.keys()
    for name in params:
        check_gradient(
            lambda v, name=name: m.lstm_loss({**params, name: v}, xs, ys)[0],
            grads[name],
            params[name],
            rtol=1e-5,
            atol=1e-8,
        )


def test_single_step_sequence():
    params, xs, ys = _problem(3, steps=1)
    _, steps = m.lstm_loss(params, xs, ys)
    grads = m.lstm_backward(params, steps)
    check_gradient(lambda v: m.lstm_loss({**params, "c0": v}, xs, ys)[0], grads["c0"], params["c0"])


def test_gates_act_as_described():
    """Forget gate open and input gate shut: the cell is carried over unchanged."""
    rng = np.random.default_rng(4)
    n, d = 4, 3
    params = m.init_params(d, n, 2, rng, forget_bias=50.0)
    params["b"][n : 2 * n] = -50.0  # input gate ~ 0
    c_prev = rng.normal(size=(2, n))
    h, c, _ = m.lstm_step(params, rng.normal(size=(2, d)), rng.normal(size=(2, n)), c_prev)
    np.testing.assert_allclose(c, c_prev, atol=1e-12)
    assert np.all(np.abs(h) < 1.0)


def test_cell_gradient_is_carried_back_by_the_forget_gate():
    """With input and output paths shut, dL/dc0 is dL/dc_T times the product of forget gates."""
    rng = np.random.default_rng(5)
    n, d = 3, 2
    params = m.init_params(d, n, 1, rng, forget_bias=2.0)
    params["W"][:, d:] = 0.0  # no recurrence through h: gates depend on x only
    params["b"][n : 2 * n] = -60.0  # input gate ~ 0
    params["h0"] = np.zeros((1, n))
    params["c0"] = rng.normal(size=(1, n))
    xs = rng.normal(size=(5, 1, d))
    ys = rng.normal(size=(5, 1, 1))
    _, steps = m.lstm_loss(params, xs, ys)
    grads = m.lstm_backward(params, steps)
    check_gradient(lambda v: m.lstm_loss({**params, "c0": v}, xs, ys)[0], grads["c0"], params["c0"])
