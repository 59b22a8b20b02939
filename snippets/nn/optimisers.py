"""One update step of SGD with momentum, RMSprop, Adam and AdamW, as ``torch.optim`` does it."""

import numpy as np


def sgd_momentum_step(w, g, v, lr, momentum=0.9):
    """SGD with momentum on weights ``w`` (any shape), gradient ``g``, velocity ``v``: ``(w, v)``.

    ``v = momentum v + g``, ``w = w - lr v`` (``torch.optim.SGD`` with ``momentum``, no dampening).

    Parameters
    ----------
    w, g, v : ndarray, same shape
        Weights, gradient at ``w``, velocity (zeros before the first step).
    lr, momentum : float

    Returns
    -------
    w, v : ndarray, shape of ``w``
        Updated weights and velocity.

    Examples
    --------
    >>> w, v = sgd_momentum_step(np.array([1.0]), np.array([2.0]), np.ones(1), lr=0.5, momentum=0.5)
    >>> w.tolist(), v.tolist()
    ([-0.25], [2.5])
    """
    v = momentum * v + g
    return w - lr * v, v


def rmsprop_step(w, g, s, lr, rho=0.99, eps=1e-8):
    """RMSprop on weights ``w`` (any shape), gradient ``g``, mean square ``s``: ``(w, s)``.

    ``s = rho s + (1 - rho) g**2``, ``w = w - lr g / (sqrt(s) + eps)`` (``torch.optim.RMSprop``,
    whose ``alpha`` is ``rho``).

    Parameters
    ----------
    w, g, s : ndarray, same shape
        Weights, gradient at ``w``, running mean of squared gradients (zeros at first).
    lr, rho, eps : float

    Returns
    -------
    w, s : ndarray, shape of ``w``

    Examples
    --------
    >>> w, s = rmsprop_step(np.array([1.0]), np.array([2.0]), np.array([0.0]), lr=0.1, rho=0.75)
    >>> w.round(6).tolist(), s.tolist()
    ([0.8], [1.0])
    """
    s = rho * s + (1.0 - rho) * g**2
    return w - lr * g / (np.sqrt(s) + eps), s


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``.

    Parameters
    ----------
    w, g, m, v : ndarray, same shape
        Weights, gradient at ``w``, first and second moment estimates (zeros at first).
    t : int
        Step number, counting from 1 (for the bias correction).
    lr, beta1, beta2, eps : float

    Returns
    -------
    w, m, v : ndarray, shape of ``w``

    Examples
    --------
    >>> w, m, v = adam_step(np.array([1.0]), np.array([-5.0]), np.zeros(1), np.zeros(1), t=1)
    >>> print(f"{w[0]:.6f}")
    1.001000
    """
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adamw_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    """AdamW (decoupled weight decay) on weights ``w`` (any shape), as `adam_step`: ``(w, m, v)``.

    ``w`` is shrunk by ``lr weight_decay w`` directly, not through ``g``, so the decay is not
    rescaled by Adam's ``1 / sqrt(v)`` (``torch.optim.AdamW``).

    Parameters
    ----------
    w, g, m, v : ndarray, same shape
    t : int
        Step number, counting from 1.
    lr, beta1, beta2, eps, weight_decay : float

    Returns
    -------
    w, m, v : ndarray, shape of ``w``

    Examples
    --------
    >>> w, m, v = adamw_step(np.ones(1), np.zeros(1), np.zeros(1), np.zeros(1), t=1, lr=0.1)
    >>> print(f"{w[0]:.6f}")
    0.999000
    """
    return adam_step(w * (1.0 - lr * weight_decay), g, m, v, t, lr, beta1, beta2, eps)
