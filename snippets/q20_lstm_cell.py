"""One LSTM cell step forward and backward: the gradient along the cell is scaled by the forget gate."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell_forward(x, h_prev, c_prev, W, b):
    """One LSTM step on ``x`` (n, d_in) from ``h_prev``, ``c_prev`` (n, d_h): ``(h, c, cache)``."""
    xh = np.concatenate([x, h_prev], axis=1)
    i, f, g, o = np.split(xh @ W + b, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)
    return o * tanh_c, c, (xh, W, c_prev, i, f, g, o, tanh_c)


def lstm_cell_backward(dh, dc, cache):
    """Gradients ``(dx, dh_prev, dc_prev, dW, db)`` of one LSTM step from ``dh``, ``dc`` (n, d_h)."""
    xh, W, c_prev, i, f, g, o, tanh_c = cache
    # c reaches the loss directly (dc) and through h = o tanh(c).
    dc = dc + dh * o * (1.0 - tanh_c**2)
    # Gradients of the gate pre-activations, through sigmoid' = s (1 - s) and tanh' = 1 - t**2.
    di, df, dg, do = dc * g, dc * c_prev, dc * i, dh * tanh_c
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 - o)], 1)
    dxh = da @ W.T
    d_in = xh.shape[1] - dh.shape[1]
    return dxh[:, :d_in], dxh[:, d_in:], dc * f, xh.T @ da, da.sum(axis=0)


rng = np.random.default_rng(20)
x, h0, c0, W = (rng.normal(0.0, 0.5, s) for s in [(2, 3), (2, 4), (2, 4), (3 + 4, 4 * 4)])
h, c, cache = lstm_cell_forward(x, h0, c0, W, np.zeros(4 * 4))  # [x, h] -> 4 gates x 4 units
dx, dh0, dc0, dW, db = lstm_cell_backward(np.zeros_like(h), np.ones_like(c), cache)
print(f"dW {dW.shape}; dc0 = {np.round(dc0[0], 4)} = forget gates {np.round(cache[4][0], 4)}")
