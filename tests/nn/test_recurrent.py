"""Unit tests of snippets/nn/recurrent.py: every gradient of the LSTM cell by finite differences,
gate order, and saturation without overflow."""

import numpy as np

from snippets.nn.gradcheck import check_gradient
from snippets.nn.recurrent import lstm_cell_backward, lstm_cell_forward

RNG = np.random.default_rng(3)
n, d_in, d_h = 3, 4, 5
ARGS = [
    RNG.normal(size=(n, d_in)),  # x
    RNG.normal(size=(n, d_h)),  # h_prev
    RNG.normal(size=(n, d_h)),  # c_prev
    RNG.normal(0.0, 0.5, (d_in + d_h, 4 * d_h)),  # W
    RNG.normal(0.0, 0.5, 4 * d_h),  # b
]
GH, GC = RNG.normal(size=(n, d_h)), RNG.normal(size=(n, d_h))  # loss = sum(h GH) + sum(c GC)


def test_lstm_cell_backward():
    _, _, cache = lstm_cell_forward(*ARGS)
    dx, dh_prev, dc_prev, dW, db = lstm_cell_backward(GH, GC, cache)
    for k, grad in enumerate([dx, dh_prev, dc_prev, dW, db]):

        def loss(p, k=k):
            h, c, _ = lstm_cell_forward(*ARGS[:k], p, *ARGS[k + 1 :])
            return float(np.sum(h * GH) + np.sum(c * GC))

        check_gradient(loss, grad, ARGS[k])


def test_gate_order_is_i_f_g_o():
    """Open only the forget gate: c = c_prev; open input and output too: c = c_prev + tanh(g)."""
    x, h_prev, c_prev = np.zeros((1, 1)), np.zeros((1, 1)), np.full((1, 1), 0.5)
    W = np.zeros((2, 4))
    h, c, _ = lstm_cell_forward(x, h_prev, c_prev, W, np.array([-1e3, 1e3, 1.0, -1e3]))
    assert (h.item(), c.item()) == (0.0, 0.5)
    h, c, _ = lstm_cell_forward(x, h_prev, c_prev, W, np.array([1e3, 1e3, 1.0, 1e3]))
    assert c.item() == 0.5 + np.tanh(1.0) and h.item() == np.tanh(c.item())


def test_saturated_gates_stay_finite_and_bounded():
    x = np.full((n, d_in), 1000.0)
    with np.errstate(over="raise", invalid="raise"):
        h, c, cache = lstm_cell_forward(x, *ARGS[1:])
        grads = lstm_cell_backward(GH, GC, cache)
    assert np.all(np.abs(h) <= 1.0) and np.all(np.abs(c) <= np.abs(ARGS[2]) + 1.0)
    assert all(np.all(np.isfinite(g)) for g in grads)
