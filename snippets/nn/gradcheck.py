"""Central finite differences: the check of every analytic gradient on the site."""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6):
    """Central-difference gradient of a scalar function ``f`` at ``x`` (any shape), shape of ``x``.

    Parameters
    ----------
    f : callable
        Maps an array of the shape of ``x`` to a float.
    x : ndarray, any shape
        Point at which to differentiate; not modified.
    eps : float
        Step; the truncation error is ``O(eps**2)``.

    Returns
    -------
    ndarray, shape of ``x``
        ``(f(x + eps e_i) - f(x - eps e_i)) / (2 eps)`` for every coordinate ``i``.

    Examples
    --------
    >>> numerical_gradient(lambda v: float(np.sum(v**2)), np.array([1.0, -2.0])).round(6).tolist()
    [2.0, -4.0]
    """
    x = np.array(x, dtype=np.float64)  # a copy: the caller's array is never perturbed
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def check_gradient(
    f: Callable[[np.ndarray], float],
    analytic: np.ndarray,
    x: np.ndarray,
    eps: float = 1e-6,
    rtol: float = 1e-6,
    atol: float = 1e-8,
) -> float:
    """Assert that ``analytic`` (shape of ``x``) equals the central-difference gradient of ``f``.

    Parameters
    ----------
    f : callable
        Maps an array of the shape of ``x`` to a float.
    analytic : ndarray, shape of ``x``
        The gradient to check.
    x : ndarray, any shape
    eps : float
        Finite-difference step.
    rtol, atol : float
        Tolerances of ``numpy.testing.assert_allclose``.

    Returns
    -------
    float
        The largest relative error ``|a - n| / max(|a| + |n|, atol)``, for reporting.

    Raises
    ------
    AssertionError
        If the shapes differ or any entry is outside the tolerances.

    Examples
    --------
    >>> x = np.array([1.0, -2.0])
    >>> check_gradient(lambda v: float(np.sum(v**2)), 2 * x, x) < 1e-8
    True
    >>> check_gradient(lambda v: float(np.sum(v**2)), 3 * x, x)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    AssertionError: ...
    """
    numeric = numerical_gradient(f, x, eps)
    analytic = np.asarray(analytic, dtype=np.float64)
    assert analytic.shape == numeric.shape, f"gradient shape {analytic.shape} != {numeric.shape}"
    error = np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), atol)
    worst = float(error.max(initial=0.0))
    np.testing.assert_allclose(analytic, numeric, rtol=rtol, atol=atol)
    return worst
