"""Weight initialisations that keep the variance of signals and gradients constant through depth."""

import numpy as np


def lecun_normal(fan_in, fan_out, rng):
    """LeCun normal weights (fan_in, fan_out): N(0, 1 / fan_in), for linear, tanh or SELU units.

    Parameters
    ----------
    fan_in, fan_out : int
        Inputs and outputs of the layer.
    rng : numpy.random.Generator

    Returns
    -------
    ndarray, shape (fan_in, fan_out)

    Examples
    --------
    >>> W = lecun_normal(400, 300, np.random.default_rng(0))
    >>> print(W.shape, f"{W.var() * 400:.2f}")
    (400, 300) 1.00
    """
    return rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))


def glorot_uniform(fan_in, fan_out, rng):
    """Glorot uniform weights (fan_in, fan_out): U(-a, a), ``a = sqrt(6 / (fan_in + fan_out))``.

    The variance ``2 / (fan_in + fan_out)`` compromises between keeping the forward signal
    (``1 / fan_in``) and the backward gradient (``1 / fan_out``) at constant variance.

    Parameters
    ----------
    fan_in, fan_out : int
    rng : numpy.random.Generator

    Returns
    -------
    ndarray, shape (fan_in, fan_out)

    Examples
    --------
    >>> W = glorot_uniform(400, 200, np.random.default_rng(0))
    >>> print(W.shape, f"{np.abs(W).max() / np.sqrt(0.01):.3f}")
    (400, 200) 1.000
    """
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, (fan_in, fan_out))


def he_normal(fan_in, fan_out, rng):
    """He (Kaiming) normal weights (fan_in, fan_out): N(0, 2 / fan_in), for ReLU units.

    ReLU zeroes half of its inputs, halving the signal's second moment; the factor 2 restores it.

    Parameters
    ----------
    fan_in, fan_out : int
    rng : numpy.random.Generator

    Returns
    -------
    ndarray, shape (fan_in, fan_out)

    Examples
    --------
    >>> W = he_normal(400, 300, np.random.default_rng(0))
    >>> print(W.shape, f"{W.var() * 400 / 2:.2f}")
    (400, 300) 1.00
    """
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))
