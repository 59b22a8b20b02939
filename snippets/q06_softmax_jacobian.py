"""Softmax is not an element-wise activation: every output depends on every input.

An element-wise activation (ReLU, tanh, sigmoid) has a diagonal Jacobian. Softmax's Jacobian,
``diag(s) - s s^T``, is full: raising one logit lowers all the other probabilities. The program
prints that Jacobian, checks it against central finite differences, checks the backward pass
built on it, and shows why softmax is always computed after subtracting the largest logit.
"""

import numpy as np


def softmax(z):
    """Softmax along the last axis, shifted by the maximum so that ``exp`` cannot overflow.

    Parameters
    ----------
    z : ndarray, shape (..., k)
        Logits.

    Returns
    -------
    ndarray, shape (..., k)
        Positive, each row sums to 1.

    Examples
    --------
    >>> softmax(np.array([0.0, 0.0])).tolist()
    [0.5, 0.5]
    >>> softmax(np.array([1000.0, 1000.0])).tolist()
    [0.5, 0.5]
    """
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))``, an element-wise activation, for comparison.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``
    """
    return 1.0 / (1.0 + np.exp(-z))


def softmax_jacobian(z):
    """Jacobian ``J[i, j] = d s_i / d z_j = s_i (delta_ij - s_j)`` of softmax at ``z``.

    Parameters
    ----------
    z : ndarray, shape (k,)

    Returns
    -------
    ndarray, shape (k, k)
        ``diag(s) - outer(s, s)``: symmetric, rows sum to 0.

    Examples
    --------
    >>> softmax_jacobian(np.array([0.0, 0.0])).tolist()
    [[0.25, -0.25], [-0.25, 0.25]]
    """
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


def softmax_backward(z, upstream):
    """Vector-Jacobian product: the gradient w.r.t. ``z`` of ``upstream . softmax(z)``.

    ``J^T u = s * (u - (u . s))``, computed without forming the k x k Jacobian.

    Parameters
    ----------
    z : ndarray, shape (n, k)
        Logits, one row per example.
    upstream : ndarray, shape (n, k)
        ``dL/ds``, the gradient arriving from the layer above.

    Returns
    -------
    ndarray, shape (n, k)
        ``dL/dz``.
    """
    s = softmax(z)
    return s * (upstream - (upstream * s).sum(axis=-1, keepdims=True))


def numerical_jacobian(f, z, eps=1e-6):
    """Central-difference Jacobian of a vector function.

    Parameters
    ----------
    f : callable
        Maps shape (k,) to shape (m,).
    z : ndarray, shape (k,)
    eps : float

    Returns
    -------
    ndarray, shape (m, k)
    """
    columns = []
    for j in range(len(z)):
        step = np.zeros_like(z)
        step[j] = eps
        columns.append((f(z + step) - f(z - step)) / (2.0 * eps))
    return np.stack(columns, axis=1)


def fmt(values):
    """Format a vector with 4 decimals (and no negative zero)."""
    return " ".join(f"{v + 0.0:8.4f}" for v in np.round(values, 4))


def main():
    z = np.array([2.0, 1.0, 0.1])
    s = softmax(z)
    J = softmax_jacobian(z)
    print("logits z            ", fmt(z))
    print("softmax(z)          ", fmt(s))
    print("\nJacobian d s_i / d z_j = diag(s) - s s^T")
    for row in J:
        print("                    ", fmt(row))
    off_diagonal = J[~np.eye(3, dtype=bool)]
    print(f"off-diagonal entries all negative: {(off_diagonal < 0).all()}")
    print(f"every row sums to 0:               {np.allclose(J.sum(axis=1), 0.0)}")
    error = np.abs(J - numerical_jacobian(softmax, z)).max()
    print(f"matches central differences (max error < 1e-8): {error < 1e-8}")

    print("\nRaise z_0 by 0.5 and compare with an element-wise activation (sigmoid):")
    bump = np.array([0.5, 0.0, 0.0])
    print("change in softmax(z)", fmt(softmax(z + bump) - s))
    print("change in sigmoid(z)", fmt(sigmoid(z + bump) - sigmoid(z)))

    rng = np.random.default_rng(0)
    Z, U = rng.standard_normal((5, 4)), rng.standard_normal((5, 4))
    via_matrix = np.stack([softmax_jacobian(zr).T @ ur for zr, ur in zip(Z, U, strict=True)])
    same = np.abs(softmax_backward(Z, U) - via_matrix).max() < 1e-12
    print(f"\nbackward pass s * (u - u.s) equals J^T u on 5 random rows: {same}")

    print("\nSoftmax of two classes is the sigmoid of the logit difference:")
    t = 1.3
    print(f"  softmax([{t}, 0])[0] = {softmax(np.array([t, 0.0]))[0]:.6f}")
    print(f"  sigmoid({t})         = {sigmoid(np.array(t)):.6f}")

    big = np.array([1000.0, 1001.0, 1002.0])
    with np.errstate(over="ignore", invalid="ignore"):
        naive = np.exp(big) / np.exp(big).sum()
    print("\nlogits              ", fmt(big))
    print("naive exp(z)/sum    ", " ".join(f"{v:8.4f}" for v in naive))
    print("exp(z - max z)/sum  ", fmt(softmax(big)))


if __name__ == "__main__":
    main()
