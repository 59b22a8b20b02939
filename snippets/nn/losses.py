"""Loss functions (means over the batch) and their gradients with respect to the predictions."""

import numpy as np

from snippets.nn.activations import log_softmax, sigmoid


def mse(pred, target):
    """Mean squared error over all elements of ``pred`` and ``target`` (same shape), a float.

    Parameters
    ----------
    pred, target : ndarray, same shape

    Returns
    -------
    float

    Examples
    --------
    >>> mse(np.array([1.0, 2.0]), np.array([0.0, 0.0]))
    2.5
    """
    return float(np.mean((pred - target) ** 2))


def mse_grad(pred, target):
    """Gradient ``2 (pred - target) / n`` of the mean squared error for ``pred`` (any shape).

    Parameters
    ----------
    pred, target : ndarray, same shape, ``n`` elements

    Returns
    -------
    ndarray, shape of ``pred``

    Examples
    --------
    >>> mse_grad(np.array([1.0, 2.0]), np.array([0.0, 0.0])).tolist()
    [1.0, 2.0]
    """
    return 2.0 * (pred - target) / np.size(pred)


def binary_cross_entropy_with_logits(z, y):
    """Mean binary cross-entropy of logits ``z`` and labels ``y`` in {0, 1} (same shape), a float.

    Equal to ``mean(-y log sigmoid(z) - (1 - y) log(1 - sigmoid(z)))``, computed without
    overflow or ``log(0)``.

    Parameters
    ----------
    z : ndarray, any shape
        Logits.
    y : ndarray, shape of ``z``
        Labels, 0 or 1.

    Returns
    -------
    float

    Examples
    --------
    >>> binary_cross_entropy_with_logits(np.array([1000.0, -1000.0]), np.array([0.0, 0.0]))
    500.0
    """
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # log(1 + e^z) without overflow


def binary_cross_entropy_with_logits_grad(z, y):
    """Gradient ``(sigmoid(z) - y) / n`` of the mean binary cross-entropy, for ``z`` (any shape).

    Parameters
    ----------
    z : ndarray, any shape, ``n`` elements
        Logits.
    y : ndarray, shape of ``z``
        Labels, 0 or 1.

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> z, y = np.array([0.0, 1000.0]), np.array([1.0, 1.0])
    >>> binary_cross_entropy_with_logits_grad(z, y).tolist()
    [-0.25, 0.0]
    """
    return (sigmoid(z) - y) / np.size(z)


def softmax_cross_entropy(Z, y):
    """Mean cross-entropy of logits ``Z`` (n, k) and integer labels ``y`` (n,), a float.

    Parameters
    ----------
    Z : ndarray, shape (n, k)
        Logits.
    y : ndarray of int, shape (n,)
        Labels in 0..k-1.

    Returns
    -------
    float

    Examples
    --------
    >>> Z, y = np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([0, 1])
    >>> print(f"{softmax_cross_entropy(Z, y):.4f}")
    500.3466
    """
    return float(-np.mean(log_softmax(Z)[np.arange(len(y)), y]))


def softmax_cross_entropy_grad(Z, y):
    """Gradient ``(softmax(Z) - onehot(y)) / n`` of the mean cross-entropy for logits ``Z`` (n, k).

    Parameters
    ----------
    Z : ndarray, shape (n, k)
        Logits.
    y : ndarray of int, shape (n,)
        Labels in 0..k-1.

    Returns
    -------
    ndarray, shape (n, k)

    Examples
    --------
    >>> Z, y = np.array([[0.0, 0.0], [1000.0, 0.0]]), np.array([0, 1])
    >>> softmax_cross_entropy_grad(Z, y).tolist()
    [[-0.25, 0.25], [0.5, -0.5]]
    """
    P = np.exp(log_softmax(Z))  # softmax = exp(log_softmax), reusing the stable helper
    P[np.arange(len(y)), y] -= 1.0
    return P / len(y)


def hinge(z, y):
    """Mean hinge loss ``max(0, 1 - y z)`` of scores ``z`` and labels ``y`` = ±1 (same shape).

    Parameters
    ----------
    z : ndarray, any shape
        Scores.
    y : ndarray, shape of ``z``
        Labels, -1 or +1.

    Returns
    -------
    float

    Examples
    --------
    >>> hinge(np.array([2.0, 0.5, -1.0]), np.array([1.0, 1.0, 1.0]))
    0.8333333333333334
    """
    return float(np.mean(np.maximum(0.0, 1.0 - y * z)))


def hinge_grad(z, y):
    """Mean hinge loss gradient for scores ``z`` (any shape): ``-y / n`` where y z < 1, else 0.

    Parameters
    ----------
    z : ndarray, any shape, ``n`` elements
        Scores.
    y : ndarray, shape of ``z``
        Labels, -1 or +1.

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> hinge_grad(np.array([2.0, 0.5]), np.array([1.0, 1.0])).tolist()
    [0.0, -0.5]
    """
    return np.where(y * z < 1.0, -y, 0.0) / np.size(z)


def huber(pred, target, delta=1.0):
    """Mean Huber loss of ``pred``, ``target`` (same shape): quadratic up to ``delta``, then linear.

    Per element, with ``r = |pred - target|``: ``r**2 / 2`` if r <= delta, else
    ``delta (r - delta / 2)``; as PyTorch's ``huber_loss``.

    Parameters
    ----------
    pred, target : ndarray, same shape
    delta : float
        Where the loss turns from quadratic to linear.

    Returns
    -------
    float

    Examples
    --------
    >>> huber(np.array([0.5, 3.0]), np.array([0.0, 0.0]))
    1.3125
    """
    r = np.abs(pred - target)
    return float(np.mean(np.where(r <= delta, 0.5 * r**2, delta * (r - 0.5 * delta))))


def huber_grad(pred, target, delta=1.0):
    """Mean Huber loss gradient ``clip(pred - target, -delta, delta) / n`` for ``pred`` (any shape).

    Parameters
    ----------
    pred, target : ndarray, same shape, ``n`` elements
    delta : float

    Returns
    -------
    ndarray, shape of ``pred``

    Examples
    --------
    >>> huber_grad(np.array([0.5, 3.0]), np.array([0.0, 0.0])).tolist()
    [0.25, 0.5]
    """
    return np.clip(pred - target, -delta, delta) / np.size(pred)
