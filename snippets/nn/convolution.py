"""2-D convolution (cross-correlation, as deep-learning libraries compute it) through im2col."""

import numpy as np


def im2col(x, k_h, k_w, stride=1, padding=0):
    """Patches of ``x`` (C_in, H, W) as columns: (C_in k_h k_w, H_out W_out).

    Row ``(c, i, j)`` of column ``(r, s)`` holds ``x_padded[c, r stride + i, s stride + j]``, so
    a convolution becomes one matrix product with the kernel reshaped to (C_out, C_in k_h k_w).

    Parameters
    ----------
    x : ndarray, shape (C_in, H, W)
    k_h, k_w : int
        Kernel height and width.
    stride, padding : int
        Step between patches; zeros added on each side of both spatial axes.

    Returns
    -------
    ndarray, shape (C_in k_h k_w, H_out W_out)
        ``H_out = (H + 2 padding - k_h) // stride + 1``, likewise ``W_out``.

    Examples
    --------
    >>> im2col(np.arange(4.0).reshape(1, 2, 2), 1, 2).tolist()
    [[0.0, 2.0], [1.0, 3.0]]
    """
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    C, H, W = x.shape
    H_out, W_out = (H - k_h) // stride + 1, (W - k_w) // stride + 1
    cols = np.empty((C, k_h, k_w, H_out, W_out), dtype=x.dtype)
    for i in range(k_h):  # k_h k_w strided copies, instead of a Python loop over every patch
        for j in range(k_w):
            cols[:, i, j] = x[:, i : i + stride * H_out : stride, j : j + stride * W_out : stride]
    return cols.reshape(C * k_h * k_w, H_out * W_out)


def conv2d(x, w, stride=1, padding=0):
    """Convolve ``x`` (C_in, H, W) with ``w`` (C_out, C_in, k_h, k_w), to (C_out, H_out, W_out).

    Cross-correlation, the kernel not flipped, as ``torch.nn.functional.conv2d``; no bias.

    Parameters
    ----------
    x : ndarray, shape (C_in, H, W)
    w : ndarray, shape (C_out, C_in, k_h, k_w)
    stride, padding : int

    Returns
    -------
    ndarray, shape (C_out, H_out, W_out)
        ``H_out = (H + 2 padding - k_h) // stride + 1``, likewise ``W_out``.

    Examples
    --------
    >>> conv2d(np.arange(9.0).reshape(1, 3, 3), np.ones((1, 1, 2, 2))).tolist()
    [[[8.0, 12.0], [20.0, 24.0]]]
    """
    C_out, _, k_h, k_w = w.shape
    H_out = (x.shape[1] + 2 * padding - k_h) // stride + 1
    out = w.reshape(C_out, -1) @ im2col(x, k_h, k_w, stride, padding)
    return out.reshape(C_out, H_out, -1)


def conv2d_backward(x, w, grad_out, stride=1, padding=0):
    """Gradients ``(grad_x, grad_w)`` of `conv2d`, shapes of ``x`` and ``w``, from ``grad_out``.

    Parameters
    ----------
    x : ndarray, shape (C_in, H, W)
    w : ndarray, shape (C_out, C_in, k_h, k_w)
    grad_out : ndarray, shape (C_out, H_out, W_out)
        Gradient of the loss with respect to the output of `conv2d`.
    stride, padding : int
        As given to `conv2d`.

    Returns
    -------
    grad_x : ndarray, shape (C_in, H, W)
    grad_w : ndarray, shape (C_out, C_in, k_h, k_w)

    Examples
    --------
    >>> x, w = np.arange(9.0).reshape(1, 3, 3), np.ones((1, 1, 2, 2))
    >>> grad_x, grad_w = conv2d_backward(x, w, np.ones((1, 2, 2)))
    >>> grad_x.tolist(), grad_w.tolist()
    ([[[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]], [[[[8.0, 12.0], [20.0, 24.0]]]])
    """
    C_out, C_in, k_h, k_w = w.shape
    G = grad_out.reshape(C_out, -1)
    grad_w = (G @ im2col(x, k_h, k_w, stride, padding).T).reshape(w.shape)
    # Each column of im2col copied input pixels: send each column's gradient back to them (col2im).
    grad_cols = (w.reshape(C_out, -1).T @ G).reshape(C_in, k_h, k_w, *grad_out.shape[1:])
    H_out, W_out = grad_out.shape[1:]
    grad_padded = np.zeros((C_in, x.shape[1] + 2 * padding, x.shape[2] + 2 * padding))
    for i in range(k_h):
        for j in range(k_w):
            grad_padded[:, i : i + stride * H_out : stride, j : j + stride * W_out : stride] += (
                grad_cols[:, i, j]
            )
    return grad_padded[:, padding : padding + x.shape[1], padding : padding + x.shape[2]], grad_w
