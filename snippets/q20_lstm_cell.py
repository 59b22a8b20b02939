"""Along the LSTM cell, dc_t/dc_(t-1) is the forget gate; over T steps, the product of the gates."""

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


rng = np.random.default_rng(20)
x, h0, c0, W = (rng.normal(0.0, 0.5, s) for s in [(1, 3), (1, 4), (1, 4), (3 + 4, 4 * 4)])
b = np.zeros(16)  # [x, h] (7) -> 4 gates (i, f, g, o) x 4 units
f = sigmoid(np.concatenate([x, h0], axis=1) @ W[:, 4:8] + b[4:8])[0]  # the forget gate
c_of = lambda c_prev: lstm_cell_forward(x, h0, c_prev, W, b)[1][0]  # noqa: E731
J = np.array([(c_of(c0 + e) - c_of(c0 - e)) / 2e-6 for e in 1e-6 * np.eye(4)]).T
off = np.abs(J - np.diag(np.diag(J))).max() + 0.0
show = lambda a: np.array2string(a, precision=4, floatmode="fixed")  # noqa: E731
print(f"dc/dc_prev by central differences: diagonal {show(np.diag(J))}, off-diagonal {off:.4f}")
print(f"forget gate f = sigmoid(W_f [x, h_prev] + b_f):  {show(f)}")
print("forget pre-activation, f, f**100 (direct cell path, 100 steps), time constant -1/ln f")
for a in (0.0, 1.0, 3.0, 5.0, 7.0):
    fa = float(sigmoid(np.array(a)))
    print(f"{a:4.0f} {fa:8.4f} {fa**100:10.2e} {-1 / np.log(fa):8.1f} steps")
