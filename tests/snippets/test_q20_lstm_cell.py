"""Unit tests of snippets/q20_lstm_cell.py, the core program."""

import numpy as np

from snippets import q20_lstm_cell as m


def test_derivative_along_the_cell_is_the_forget_gate():
    """dc/dc_prev by central differences is diagonal, with the forget gate on the diagonal."""
    np.testing.assert_allclose(np.diag(m.J), m.f, rtol=1e-8)
    assert m.off == 0.0
    cache = m.lstm_cell_forward(m.x, m.h0, m.c0, m.W, m.b)[2]
    np.testing.assert_allclose(cache[4][0], m.f)  # the cell's own forget gate


def test_memory_time_constant():
    """f**T = exp(-T / tau) with tau = -1 / ln f: sigmoid(1) gives tau = 3.2 steps."""
    f = float(m.sigmoid(np.array(1.0)))
    assert abs(-1 / np.log(f) - 3.19) < 0.01
    assert abs(float(m.sigmoid(np.array(5.0))) ** 100 - 0.511) < 1e-3
