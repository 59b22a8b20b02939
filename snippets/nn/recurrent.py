"""One LSTM cell step, forward and backward, with PyTorch's gate order (i, f, g, o)."""

import numpy as np

from snippets.nn.activations import sigmoid


def lstm_cell_forward(x, h_prev, c_prev, W, b):
    """One LSTM step on ``x`` (n, d_in) from ``h_prev``, ``c_prev`` (n, d_h): ``(h, c, cache)``.

    The gates ``i, f, g, o`` are the four column blocks of ``[x, h_prev] @ W + b``;
    ``c = sigmoid(f) c_prev + sigmoid(i) tanh(g)`` and ``h = sigmoid(o) tanh(c)``.

    Parameters
    ----------
    x : ndarray, shape (n, d_in)
    h_prev, c_prev : ndarray, shape (n, d_h)
        Hidden and cell state of the previous step.
    W : ndarray, shape (d_in + d_h, 4 d_h)
        Acts on ``[x, h_prev]``; column blocks in gate order i, f, g, o.
    b : ndarray, shape (4 d_h,)

    Returns
    -------
    h, c : ndarray, shape (n, d_h)
        New hidden and cell state.
    cache : tuple
        What `lstm_cell_backward` needs.

    Examples
    --------
    >>> h, c, _ = lstm_cell_forward(np.ones((1, 1)), np.zeros((1, 1)), np.ones((1, 1)),
    ...                             np.zeros((2, 4)), np.array([0.0, 1000.0, 0.0, 1000.0]))
    >>> print(f"{c[0, 0]:.4f} {h[0, 0]:.4f}")
    1.0000 0.7616
    """
    xh = np.concatenate([x, h_prev], axis=1)
    i, f, g, o = np.split(xh @ W + b, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)
    return o * tanh_c, c, (xh, W, c_prev, i, f, g, o, tanh_c)


def lstm_cell_backward(dh, dc, cache):
    """Gradients ``(dx, dh_prev, dc_prev, dW, db)`` of one LSTM step from ``dh``, ``dc`` (n, d_h).

    Parameters
    ----------
    dh, dc : ndarray, shape (n, d_h)
        Gradients of the loss with respect to ``h`` and ``c``.
    cache : tuple
        The cache returned by `lstm_cell_forward`.

    Returns
    -------
    dx : ndarray, shape (n, d_in)
    dh_prev, dc_prev : ndarray, shape (n, d_h)
    dW : ndarray, shape (d_in + d_h, 4 d_h)
    db : ndarray, shape (4 d_h,)

    Examples
    --------
    >>> _, _, cache = lstm_cell_forward(np.ones((1, 1)), np.zeros((1, 1)), np.ones((1, 1)),
    ...                                 np.zeros((2, 4)), np.array([0.0, 1000.0, 0.0, 1000.0]))
    >>> print(f"{lstm_cell_backward(np.zeros((1, 1)), np.ones((1, 1)), cache)[2][0, 0]:.4f}")
    1.0000
    """
    xh, W, c_prev, i, f, g, o, tanh_c = cache
    # c reaches the loss directly (dc) and through h = o tanh(c).
    dc = dc + dh * o * (1.0 - tanh_c**2)
    # Gradients of the gate pre-activations, through sigmoid' = s (1 - s) and tanh' = 1 - t**2.
    di, df, dg, do = dc * g, dc * c_prev, dc * i, dh * tanh_c
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 - o)], 1)
    dxh = da @ W.T
    d_in = xh.shape[1] - dh.shape[1]
    return dxh[:, :d_in], dxh[:, d_in:], dc * f, xh.T @ da, da.sum(axis=0)
