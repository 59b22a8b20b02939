"""Activation functions, their derivatives, and softmax with its backward pass."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``, values in [0, 1]

    Examples
    --------
    >>> sigmoid(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 0.5, 1.0]
    """
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(z):
    """Derivative ``sigmoid(z) (1 - sigmoid(z))`` of the sigmoid at ``z`` (any shape), at most 1/4.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> sigmoid_derivative(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 0.25, 0.0]
    """
    # The same product written with exp(-|z|): no overflow, and no cancellation in 1 - sigmoid(z).
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


def tanh_derivative(z):
    """Derivative ``1 - tanh(z)**2`` of tanh at ``z`` (any shape), at most 1.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> tanh_derivative(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 1.0, 0.0]
    """
    # sech(z)**2 written with exp(-2|z|): cosh(z) would overflow, and 1 - tanh(z)**2 cancels.
    e = np.exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


def relu(z):
    """Rectified linear unit ``max(z, 0)`` of ``z`` (any shape).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> relu(np.array([-2.0, 0.0, 3.0])).tolist()
    [0.0, 0.0, 3.0]
    """
    return np.maximum(z, 0.0)


def relu_derivative(z):
    """Derivative of ReLU at ``z`` (any shape): 1 where z > 0, else 0 (0 at the kink, as PyTorch).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> relu_derivative(np.array([-2.0, 0.0, 3.0])).tolist()
    [0.0, 0.0, 1.0]
    """
    return np.where(z > 0, 1.0, 0.0)


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU of ``z`` (any shape): z where z > 0, else ``alpha * z``.

    Parameters
    ----------
    z : ndarray, any shape
    alpha : float
        Slope for z <= 0.

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> leaky_relu(np.array([-2.0, 0.0, 3.0]), alpha=0.5).tolist()
    [-1.0, 0.0, 3.0]
    """
    return np.where(z > 0, z, alpha * z)


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU at ``z`` (any shape): 1 where z > 0, else ``alpha`` (as PyTorch).

    Parameters
    ----------
    z : ndarray, any shape
    alpha : float
        Slope for z <= 0.

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> leaky_relu_derivative(np.array([-2.0, 0.0, 3.0]), alpha=0.5).tolist()
    [0.5, 0.5, 1.0]
    """
    return np.where(z > 0, 1.0, alpha)


def gelu_tanh(z):
    """GELU of ``z`` (any shape), tanh approximation ``0.5 z (1 + tanh(c (z + 0.044715 z**3)))``.

    ``c = sqrt(2 / pi)``; this is PyTorch's ``gelu(z, approximate="tanh")``.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> np.round(gelu_tanh(np.array([-1000.0, 1.0, 1000.0])) + 0.0, 6).tolist()
    [0.0, 0.841192, 1000.0]
    """
    c = np.sqrt(2.0 / np.pi)
    return 0.5 * z * (1.0 + np.tanh(c * (z + 0.044715 * z**3)))


def gelu_tanh_derivative(z):
    """Derivative of the tanh-approximated GELU at ``z`` (any shape).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> gelu_tanh_derivative(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 0.5, 1.0]
    """
    c = np.sqrt(2.0 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z**3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t**2) * c * (1.0 + 3 * 0.044715 * z**2)


def swish(z, beta=1.0):
    """Swish ``z sigmoid(beta z)`` of ``z`` (any shape); beta = 1 is SiLU.

    Parameters
    ----------
    z : ndarray, any shape
    beta : float

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> (swish(np.array([-1000.0, 0.0, 1000.0])) + 0.0).tolist()
    [0.0, 0.0, 1000.0]
    """
    return z * sigmoid(beta * z)


def swish_derivative(z, beta=1.0):
    """Derivative ``s + beta z s (1 - s)``, ``s = sigmoid(beta z)``, of swish at ``z`` (any shape).

    Parameters
    ----------
    z : ndarray, any shape
    beta : float

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> swish_derivative(np.array([-1000.0, 0.0, 1000.0])).tolist()
    [0.0, 0.5, 1.0]
    """
    s = sigmoid(beta * z)
    return s + beta * z * s * (1.0 - s)


def softplus(z):
    """Softplus ``log(1 + exp(z))`` of ``z`` (any shape), without overflow for large z.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``, positive

    Examples
    --------
    >>> softplus(np.array([-1000.0, 1000.0])).tolist()
    [0.0, 1000.0]
    """
    return np.logaddexp(0.0, z)


def logsumexp(z, axis=-1):
    """``log(sum(exp(z)))`` of ``z`` (any shape) along ``axis``, which is removed; no overflow.

    Parameters
    ----------
    z : ndarray, any shape
    axis : int

    Returns
    -------
    ndarray, shape of ``z`` without ``axis``

    Examples
    --------
    >>> logsumexp(np.array([[1000.0, 1000.0], [-1000.0, -1000.0]])).round(6).tolist()
    [1000.693147, -999.306853]
    """
    m = np.max(z, axis=axis, keepdims=True)
    # Subtract the maximum so that exp cannot overflow; a row of -inf keeps its shift at 0.
    m = np.where(np.isfinite(m), m, 0.0)
    return np.squeeze(m, axis=axis) + np.log(np.sum(np.exp(z - m), axis=axis))


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow.

    Parameters
    ----------
    z : ndarray, any shape
        Logits.
    axis : int

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> softmax(np.array([[1000.0, 1000.0], [0.0, np.log(3.0)]])).round(6).tolist()
    [[0.5, 0.5], [0.25, 0.75]]
    """
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits.

    Parameters
    ----------
    z : ndarray, any shape
        Logits.
    axis : int

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> log_softmax(np.array([0.0, -1000.0])).tolist()
    [0.0, -1000.0]
    """
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmax_backward(s, g):
    """Gradient for the logits from softmax output ``s`` and upstream ``g`` (both (..., k)).

    The Jacobian-vector product ``s * (g - sum(g s))`` along the last axis, without forming the
    Jacobian ``diag(s) - s s^T``.

    Parameters
    ----------
    s : ndarray, shape (..., k)
        Softmax output along the last axis.
    g : ndarray, shape (..., k)
        Gradient of the loss with respect to ``s``.

    Returns
    -------
    ndarray, shape (..., k)

    Examples
    --------
    >>> softmax_backward(np.array([0.25, 0.75]), np.array([1.0, 0.0])).tolist()
    [0.1875, -0.1875]
    """
    return s * (g - np.sum(g * s, axis=-1, keepdims=True))
