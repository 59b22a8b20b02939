"""What Swish changes for negative inputs: small, non-zero gradients instead of exact zeros.

A ReLU unit passes no gradient at all for a negative pre-activation; a unit that is negative on
every example of a batch gets a weight gradient of exactly zero ("dead" for that batch). Swish
lets a small gradient through. The program counts both effects on one random layer, before and
after its biases are pushed negative, and reports how small the Swish gradients are there.
"""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid, computed without overflow.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``
    """
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu_derivative(z):
    """1 where ``z > 0``, else 0.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> relu_derivative(np.array([-0.5, 0.5])).tolist()
    [0.0, 1.0]
    """
    return (z > 0).astype(float)


def swish_derivative(z):
    """Derivative of SiLU ``z sigmoid(z)``: ``s (1 + z (1 - s))`` with ``s = sigmoid(z)``.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> swish_derivative(np.array([0.0])).tolist()
    [0.5]
    """
    s = sigmoid(z)
    return s * (1.0 + z * (1.0 - s))


def weight_gradient(X, Z, upstream, derivative):
    """Gradient of the loss w.r.t. the weights of a layer ``a = f(X W + b)``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Layer inputs.
    Z : ndarray, shape (n, m)
        Pre-activations ``X W + b``.
    upstream : ndarray, shape (n, m)
        ``dL/da``.
    derivative : callable
        ``f'``, element-wise.

    Returns
    -------
    ndarray, shape (d, m)
        ``X^T (upstream * f'(Z))``.
    """
    return X.T @ (upstream * derivative(Z))


def report(X, Z, upstream):
    """Print, for ReLU and Swish, the share of zero slopes, dead units and typical slopes.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    Z : ndarray, shape (n, m)
    upstream : ndarray, shape (n, m)
    """
    negative = Z < 0
    rows = {
        "slopes exactly 0": [],
        "units with all-zero weight gradient": [],
        "median |slope| where z < 0": [],
    }
    for derivative in [relu_derivative, swish_derivative]:
        slopes = derivative(Z)
        grad = weight_gradient(X, Z, upstream, derivative)
        rows["slopes exactly 0"].append(f"{(slopes == 0).mean():.1%}")
        rows["units with all-zero weight gradient"].append(
            f"{int((np.abs(grad).max(axis=0) == 0.0).sum())} of {Z.shape[1]}"
        )
        rows["median |slope| where z < 0"].append(f"{np.median(np.abs(slopes[negative])):.4f}")
    print(f"  pre-activations below 0: {negative.mean():.1%}")
    print(f"  {'':38s}{'ReLU':>10s}{'Swish':>10s}")
    for label, (r, s) in rows.items():
        print(f"  {label:38s}{r:>10s}{s:>10s}")


def main():
    rng = np.random.default_rng(0)
    n, d, m = 128, 64, 256
    X = rng.standard_normal((n, d))
    W = rng.normal(0.0, np.sqrt(1.0 / d), (d, m))
    upstream = rng.standard_normal((n, m))

    print(f"One layer, {m} units, batch of {n}; biases 0")
    report(X, X @ W, upstream)

    print("\nSame layer after its biases drift to -3 (e.g. after a too-large update)")
    report(X, X @ W - 3.0, upstream)

    z = np.array([-1.0, -2.0, -4.0, -8.0])
    print("\nSwish slope at negative inputs (ReLU's is 0 at all of them)")
    print("  z        " + "".join(f"{v:10.1f}" for v in z))
    print("  swish'   " + "".join(f"{v:10.4f}" for v in swish_derivative(z)))


if __name__ == "__main__":
    main()
