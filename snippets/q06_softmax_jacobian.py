"""Softmax is not element-wise: its Jacobian is full, and its backward pass mixes every logit."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow."""
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_backward(s, g):
    """Gradient for the logits from softmax output ``s`` and upstream ``g`` (both (..., k))."""
    return s * (g - np.sum(g * s, axis=-1, keepdims=True))


def softmax_jacobian(z):
    """Jacobian (k, k) of softmax at logits ``z`` (k,): ``J[i, j] = s_i (delta_ij - s_j)``.

    >>> softmax_jacobian(np.array([0.0, 0.0])).tolist()
    [[0.25, -0.25], [-0.25, 0.25]]
    """
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


def numerical_jacobian(f, z, eps=1e-6):
    """Central-difference Jacobian (m, k) of ``f``, which maps shape (k,) to (m,), at ``z`` (k,)."""
    steps = eps * np.eye(len(z))
    return np.stack([(f(z + e) - f(z - e)) / (2.0 * eps) for e in steps], axis=1)


def fmt(values):
    """A vector with 4 decimals in 8-wide columns, no negative zero."""
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
    print(f"off-diagonal entries all negative: {(J[~np.eye(3, dtype=bool)] < 0).all()}")
    print(f"every row sums to 0:               {np.allclose(J.sum(axis=1), 0.0)}")
    error = np.abs(J - numerical_jacobian(softmax, z)).max()
    print(f"matches central differences (max error < 1e-8): {error < 1e-8}")

    print("\nRaise z_0 by 0.5 and compare with an element-wise activation (sigmoid):")
    bump = np.array([0.5, 0.0, 0.0])
    print("change in softmax(z)", fmt(softmax(z + bump) - s))
    print("change in sigmoid(z)", fmt(sigmoid(z + bump) - sigmoid(z)))

    rng = np.random.default_rng(0)
    Z, G = rng.standard_normal((5, 4)), rng.standard_normal((5, 4))
    backward = softmax_backward(softmax(Z), G)
    rows = list(zip(Z, G, strict=True))
    explicit = np.stack([softmax_jacobian(zr).T @ gr for zr, gr in rows])
    numeric = np.stack([numerical_jacobian(softmax, zr).T @ gr for zr, gr in rows])
    error_explicit, error_numeric = abs(backward - explicit).max(), abs(backward - numeric).max()
    print("\nBackward pass s * (g - g.s), 5 random rows of 4 logits and upstream gradients g:")
    print(f"  equals J^T g, explicit Jacobian (max error < 1e-12):  {error_explicit < 1e-12}")
    print(f"  equals central differences of g . softmax (< 1e-8):   {error_numeric < 1e-8}")

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
