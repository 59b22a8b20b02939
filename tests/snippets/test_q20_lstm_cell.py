"""Unit tests of snippets/q20_lstm_cell.py, the core program."""

import numpy as np

from snippets import q20_lstm_cell as m


def test_gradient_along_the_cell_is_the_forget_gate():
    np.testing.assert_allclose(m.dc0, m.cache[4])  # dh = 0, dc = 1: dc_prev = f
    assert m.dW.shape == (7, 16) and m.dx.shape == (2, 3)
