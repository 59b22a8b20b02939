"""Central finite differences, to check every analytic gradient in `snippets/`."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def numerical_gradient(
    f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6
) -> np.ndarray:
    """Central-difference gradient of a scalar function.

    Parameters
    ----------
    f : callable
        Maps an array of the shape of ``x`` to a float.
    x : ndarray, any shape, float64
        Point at which to differentiate; not modified.
    eps : float
        Step; the truncation error is O(eps**2).

    Returns
    -------
    ndarray, shape of ``x``
        ``(f(x + eps e_i) - f(x - eps e_i)) / (2 eps)`` for every coordinate ``i``.
    """
    x = np.array(x, dtype=np.float64)
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
    """Assert that ``analytic`` equals the central-difference gradient of ``f`` at ``x``.

    Returns the largest relative error, max |a - n| / max(|a| + |n|, atol), for reporting.
    """
    numeric = numerical_gradient(f, x, eps)
    analytic = np.asarray(analytic, dtype=np.float64)
    assert analytic.shape == numeric.shape, f"gradient shape {analytic.shape} != {numeric.shape}"
    error = np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), atol)
    worst = float(error.max(initial=0.0))
    np.testing.assert_allclose(analytic, numeric, rtol=rtol, atol=atol)
    return worst
