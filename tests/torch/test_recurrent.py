"""snippets/nn/recurrent.py against torch.nn.LSTMCell: same gates in the same order, same
gradients for the input, both states, the weights and the bias."""

import numpy as np
import pytest
import torch

from snippets.nn import recurrent
from tests.torch.crosscheck import grads, tensor

n, d_in, d_h = 3, 4, 5


@pytest.mark.parametrize("scale", [0.5, 5.0], ids=["ordinary", "saturated"])
def test_lstm_cell(compare, scale):
    rng = np.random.default_rng(103)
    x, h0, c0 = rng.normal(size=(n, d_in)), rng.normal(size=(n, d_h)), rng.normal(size=(n, d_h))
    W, b = rng.normal(0.0, scale, (d_in + d_h, 4 * d_h)), rng.normal(0.0, scale, 4 * d_h)
    Gh, Gc = rng.normal(size=(n, d_h)), rng.normal(size=(n, d_h))

    cell = torch.nn.LSTMCell(d_in, d_h).double()
    with torch.no_grad():  # our W acts on [x, h]; torch keeps (4 d_h, d_in) and (4 d_h, d_h)
        cell.weight_ih.copy_(tensor(W[:d_in].T))
        cell.weight_hh.copy_(tensor(W[d_in:].T))
        cell.bias_ih.copy_(tensor(b))
        cell.bias_hh.zero_()
    xt, ht, ct = (tensor(a, requires_grad=True) for a in (x, h0, c0))
    h_t, c_t = cell(xt, (ht, ct))
    loss = torch.sum(h_t * tensor(Gh)) + torch.sum(c_t * tensor(Gc))
    dx_t, dh_t, dc_t, dWih, dWhh, db_t = grads(
        loss, [xt, ht, ct, cell.weight_ih, cell.weight_hh, cell.bias_ih]
    )

    h, c, cache = recurrent.lstm_cell_forward(x, h0, c0, W, b)
    compare("lstm_cell_forward", h, h_t, "h")
    compare("lstm_cell_forward", c, c_t, "c")
    dx, dh_prev, dc_prev, dW, db = recurrent.lstm_cell_backward(Gh, Gc, cache)
    compare("lstm_cell_backward", dx, dx_t, "dx")
    compare("lstm_cell_backward", dh_prev, dh_t, "dh_prev")
    compare("lstm_cell_backward", dc_prev, dc_t, "dc_prev")
    compare("lstm_cell_backward", dW, torch.cat([dWih.T, dWhh.T]), "dW")
    compare("lstm_cell_backward", db, db_t, "db")
