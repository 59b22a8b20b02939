"""Inverted dropout: forward pass at training time, and its backward pass."""

import numpy as np


def dropout_forward(x, p, rng):
    """Inverted dropout of ``x`` (any shape), units zeroed with probability ``p``: ``(y, mask)``.

    Kept units are scaled by ``1 / (1 - p)`` so that ``E[y] = x``: at inference the layer is the
    identity (simply do not call this function).

    Parameters
    ----------
    x : ndarray, any shape
    p : float
        Drop probability, in [0, 1).
    rng : numpy.random.Generator

    Returns
    -------
    y : ndarray, shape of ``x``
    mask : ndarray, shape of ``x``
        0 for dropped units, ``1 / (1 - p)`` for kept ones; ``y = x * mask``.

    Examples
    --------
    >>> y, mask = dropout_forward(np.ones(100_000), 0.25, np.random.default_rng(0))
    >>> sorted(set(mask.tolist())), f"{y.mean():.2f}"
    ([0.0, 1.3333333333333333], '1.00')
    """
    if not 0.0 <= p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {p}")
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask


def dropout_backward(grad_y, mask):
    """Gradient ``grad_y * mask`` of inverted dropout for ``grad_y`` (shape of the input).

    Parameters
    ----------
    grad_y : ndarray, any shape
        Gradient of the loss with respect to ``y``.
    mask : ndarray, shape of ``grad_y``
        As returned by `dropout_forward`.

    Returns
    -------
    ndarray, shape of ``grad_y``

    Examples
    --------
    >>> dropout_backward(np.array([1.0, 1.0]), np.array([0.0, 2.0])).tolist()
    [0.0, 2.0]
    """
    return grad_y * mask
