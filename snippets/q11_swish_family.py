"""Swish, f(x) = x sigmoid(beta x): a family between the line x/2 and ReLU.

The program measures how close Swish gets to x/2 as beta -> 0 and to ReLU as beta -> infinity,
finds its negative minimum (Swish is not monotonic), checks its derivatives with respect to x and
to beta against central finite differences, and compares it with GELU, whose common sigmoid
approximation x sigmoid(1.702 x) is itself a Swish.

Run with ``--benchmark`` to time Swish against ReLU on your machine (not part of the printed
demonstration, because timings differ from machine to machine and run to run).
"""

import math
import sys
import time

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))``, computed without overflow.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> sigmoid(np.array([0.0, 800.0, -800.0])).tolist()
    [0.5, 1.0, 0.0]
    """
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def swish(x, beta=1.0):
    """Swish ``x sigmoid(beta x)``; ``beta = 1`` is SiLU.

    Parameters
    ----------
    x : ndarray, any shape
    beta : float
        Sharpness; positive in practice, fixed or learned.

    Returns
    -------
    ndarray, shape of ``x``

    Examples
    --------
    >>> print(f"{float(swish(np.array(1.0))):.4f}")
    0.7311
    >>> swish(np.array([-3.0, 0.0, 3.0]), beta=0.0).tolist()
    [-1.5, 0.0, 1.5]
    """
    return x * sigmoid(beta * x)


def swish_derivative(x, beta=1.0):
    """``d swish / dx = s + beta x s (1 - s)`` with ``s = sigmoid(beta x)``.

    Parameters
    ----------
    x : ndarray, any shape
    beta : float

    Returns
    -------
    ndarray, shape of ``x``

    Examples
    --------
    >>> swish_derivative(np.array([0.0])).tolist()
    [0.5]
    """
    s = sigmoid(beta * x)
    return s + beta * x * s * (1.0 - s)


def swish_beta_grad(x, beta=1.0):
    """``d swish / d beta = x^2 s (1 - s)`` with ``s = sigmoid(beta x)``: used when beta is learned.

    Parameters
    ----------
    x : ndarray, any shape
    beta : float

    Returns
    -------
    ndarray, shape of ``x``
    """
    s = sigmoid(beta * x)
    return x * x * s * (1.0 - s)


def relu(x):
    """``max(x, 0)`` element-wise.

    Parameters
    ----------
    x : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``x``
    """
    return np.maximum(x, 0.0)


def gelu(x):
    """GELU ``x Phi(x)``, with ``Phi`` the standard normal CDF (exact, via ``math.erf``).

    Parameters
    ----------
    x : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``x``
    """
    erf = np.vectorize(math.erf)
    return x * 0.5 * (1.0 + erf(x / math.sqrt(2.0)))


def swish_minimum(beta=1.0, iterations=50):
    """Location and value of Swish's minimum, by Newton's method on its derivative.

    With ``u = beta x``, the derivative vanishes where ``1 + u (1 - sigmoid(u)) = 0``; there
    ``sigmoid(u) = 1 + 1/u``, so the minimum value is ``(u + 1) / beta``.

    Parameters
    ----------
    beta : float
        Positive.
    iterations : int
        Newton steps from ``u = -1``.

    Returns
    -------
    x_min : float
    f_min : float

    Examples
    --------
    >>> x_min, f_min = swish_minimum()
    >>> print(f"{x_min:.4f} {f_min:.4f}")
    -1.2785 -0.2785
    """
    u = -1.0
    for _ in range(iterations):
        s = 1.0 / (1.0 + math.exp(-u))
        g = 1.0 + u * (1.0 - s)
        dg = (1.0 - s) * (1.0 - u * s)
        u -= g / dg
    x_min = u / beta
    return x_min, float(swish(np.array(x_min), beta))


def central_difference(f, x, eps=1e-6):
    """``(f(x + eps) - f(x - eps)) / (2 eps)``.

    Parameters
    ----------
    f : callable
        Element-wise function of one argument.
    x : ndarray, any shape
    eps : float

    Returns
    -------
    ndarray, shape of ``x``
    """
    return (f(x + eps) - f(x - eps)) / (2.0 * eps)


def relative_cost(n=1_000_000, repeats=100, seed=0, dtype=np.float64):
    """How many times longer Swish takes than ReLU on ``n`` values of type ``dtype``, in NumPy.

    Both write into the same preallocated output array, so that memory allocation does not blur
    the comparison: ReLU is one ``maximum``; Swish is ``negative``, ``exp``, ``add`` and
    ``divide`` (the plain formula ``x / (1 + exp(-x))``, not the overflow-safe `swish` above). The
    two are timed alternately and the fastest of ``repeats`` runs of each is kept. Results depend
    on the machine, the data type and the array size, so they are not printed by the
    demonstration; run the file with ``--benchmark``.

    Parameters
    ----------
    n : int
        Array length.
    repeats : int
        Number of timed runs of each function; the fastest is kept.
    seed : int
    dtype : numpy dtype
        ``np.float64`` or ``np.float32``.

    Returns
    -------
    float
        Time of Swish divided by time of ReLU.
    """
    x = np.random.default_rng(seed).standard_normal(n).astype(dtype)
    out = np.empty_like(x)

    def relu_into():
        np.maximum(x, 0.0, out=out)

    def swish_into():
        np.negative(x, out=out)
        np.exp(out, out=out)
        np.add(out, 1.0, out=out)
        np.divide(x, out, out=out)

    best = {relu_into: np.inf, swish_into: np.inf}
    for _ in range(repeats):  # alternated, so that a busy moment slows both alike
        for f in best:
            start = time.perf_counter()
            f()
            best[f] = min(best[f], time.perf_counter() - start)
    return best[swish_into] / best[relu_into]


def main():
    x = np.linspace(-5.0, 5.0, 100001)

    print("Distance from the two limits on x in [-5, 5]")
    print("      beta   max|swish - x/2|   max|swish - relu|")
    for beta in [0.001, 0.1, 1.0, 10.0, 100.0]:
        f = swish(x, beta)
        to_line = np.abs(f - x / 2).max()
        to_relu = np.abs(f - relu(x)).max()
        print(f"  {beta:8g}   {to_line:16.4f}   {to_relu:17.4f}")

    x_min, f_min = swish_minimum(1.0)
    print("\nNot monotonic: a single minimum below zero (beta = 1)")
    print(f"  minimum at x = {x_min:.4f}, swish(x) = {f_min:.4f}   (equals x + 1: {x_min + 1:.4f})")
    points = np.array([-6.0, -3.0, x_min, 0.0])
    print("  x         " + "".join(f"{p:9.4f}" for p in points))
    print("  swish(x)  " + "".join(f"{v:9.4f}" for v in swish(points)))
    for beta in [10.0, 100.0]:
        xb, fb = swish_minimum(beta)
        print(f"  beta = {beta:5g}: minimum {fb:.4f} at x = {xb:.4f}  (1/beta times the above)")

    print("\nDerivatives against central differences (x in [-5, 5], beta in {0.5, 1, 2})")
    ok_x = ok_beta = True
    for beta in [0.5, 1.0, 2.0]:
        ok_x &= bool(
            np.abs(
                swish_derivative(x, beta) - central_difference(lambda t, b=beta: swish(t, b), x)
            ).max()
            < 1e-8
        )
        numeric_beta = (swish(x, beta + 1e-6) - swish(x, beta - 1e-6)) / 2e-6
        ok_beta &= bool(np.abs(swish_beta_grad(x, beta) - numeric_beta).max() < 1e-8)
    print(f"  d swish / dx    max error < 1e-8: {ok_x}")
    print(f"  d swish / dbeta max error < 1e-8: {ok_beta}")

    print("\nSlope: negative for some inputs, above 1 for others; the same extremes for every beta")
    for beta in [1.0, 10.0]:
        d = swish_derivative(x, beta)
        print(
            f"  beta = {beta:4g}: min {d.min():.4f} at x = {x[d.argmin()]:.2f},"
            f"  max {d.max():.4f} at x = {x[d.argmax()]:.2f}"
        )
    symmetric = all(
        np.abs(swish_derivative(x, b) + swish_derivative(-x, b) - 1.0).max() < 1e-12
        for b in [0.5, 1.0, 10.0]
    )
    print(f"  swish'(x) + swish'(-x) = 1 for every x (beta in {{0.5, 1, 10}}): {symmetric}")
    print(f"  at x = -2: swish' = {swish_derivative(np.array(-2.0)):.4f},  relu' = 0")

    g = gelu(x)
    print("\nGELU x Phi(x) compared with Swish on x in [-5, 5]")
    print(f"  max|GELU - swish(beta=1)|     = {np.abs(g - swish(x, 1.0)).max():.4f}")
    print(f"  max|GELU - swish(beta=1.702)| = {np.abs(g - swish(x, 1.702)).max():.4f}")


if __name__ == "__main__":
    if "--benchmark" in sys.argv:
        for dtype in [np.float64, np.float32]:
            ratio = relative_cost(dtype=dtype)
            print(f"{dtype.__name__}: swish takes {ratio:.1f}x the time of relu on this machine")
    else:
        main()
