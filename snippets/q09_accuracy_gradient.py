"""Why we train on a loss and not on accuracy: accuracy has no useful gradient.

Accuracy is piecewise constant in the weights: it changes only when a weight change flips some
prediction, so its derivative is zero almost everywhere (and undefined at the jumps). The
cross-entropy is smooth, its gradient points downhill, and following it raises the accuracy.
"""

import numpy as np


def make_data(rng, n):
    """Two overlapping Gaussian classes in 2-D: ``X`` (n, 3) with a bias column, ``y`` (n,)."""
    y = rng.integers(0, 2, size=n).astype(float)
    centres = np.where(y[:, None] == 1, 1.0, -1.0) * np.array([0.8, 0.5])
    return np.column_stack([np.ones(n), centres + rng.normal(size=(n, 2))]), y


def cross_entropy(w, X, y):
    """Mean binary cross-entropy of logistic regression: weights ``w`` (d,), ``X`` (n, d), ``y`` (n,)."""
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def cross_entropy_grad(w, X, y):
    """Gradient of `cross_entropy` with respect to ``w``: ``X^T (sigmoid(X w) - y) / n``, (d,)."""
    p = 0.5 * (1.0 + np.tanh(0.5 * (X @ w)))  # sigmoid, without overflow
    return X.T @ (p - y) / len(y)


def accuracy(w, X, y):
    """Fraction of examples with ``(X w > 0) == y``: the accuracy, a float."""
    return float(np.mean((X @ w > 0) == (y == 1)))


def finite_difference(f, w, eps):
    """Central differences of a scalar function ``f`` at ``w``; shape of ``w``."""
    g = np.zeros_like(w)
    for i in range(len(w)):
        e = np.zeros_like(w)
        e[i] = eps
        g[i] = (f(w + e) - f(w - e)) / (2 * eps)
    return g


def line_slice(w, direction, X, y, ts):
    """Accuracy and cross-entropy at ``w + t * direction`` for each ``t`` in ``ts``; two (len(ts),)."""
    acc = np.array([accuracy(w + t * direction, X, y) for t in ts])
    ce = np.array([cross_entropy(w + t * direction, X, y) for t in ts])
    return acc, ce


def main():
    rng = np.random.default_rng(0)
    X, y = make_data(rng, 200)
    w0 = np.array([0.3, -0.6, 0.2])  # a poor starting point
    f_acc = lambda w: accuracy(w, X, y)  # noqa: E731
    f_ce = lambda w: cross_entropy(w, X, y)  # noqa: E731

    def show(v):
        return "[" + ", ".join(f"{x + 0.0:+.4f}" for x in v) + "]"

    print(f"start: accuracy {f_acc(w0):.3f}, cross-entropy {f_ce(w0):.4f}")
    print("central differences of the accuracy at w0:")
    for eps in (1e-2, 1e-4, 1e-6):
        print(f"  eps = {eps:.0e}: {show(finite_difference(f_acc, w0, eps))}")
    print(f"gradient of the cross-entropy:  {show(cross_entropy_grad(w0, X, y))}")
    print(f"central differences of it:      {show(finite_difference(f_ce, w0, 1e-6))}")

    ts = np.linspace(-2.0, 2.0, 4001)
    acc, ce = line_slice(w0, -cross_entropy_grad(w0, X, y), X, y, ts)
    flat = np.mean(np.diff(acc) == 0)
    print(f"\nalong a line through w0 ({len(ts)} points, spacing {ts[1] - ts[0]:.0e}):")
    print(
        f"  accuracy takes {len(np.unique(acc))} distinct values; its slope is 0 on {flat:.1%} of"
    )
    print(f"  the intervals; cross-entropy changes on {np.mean(np.diff(ce) != 0):.1%} of them")

    print("\n100 steps of gradient descent, learning rate 0.5:")
    w_ce = w0.copy()
    for _ in range(100):
        w_ce = w_ce - 0.5 * cross_entropy_grad(w_ce, X, y)
    print(f"  on the cross-entropy:  accuracy {f_acc(w0):.3f} -> {f_acc(w_ce):.3f}")
    print(f"  ascending the accuracy's central differences ({2 * len(w0)} evaluations per step):")
    for eps in (1e-4, 1e-2, 1e-1):
        w_acc = w0.copy()
        for _ in range(100):
            w_acc = w_acc + 0.5 * finite_difference(f_acc, w_acc, eps)
        moved = np.linalg.norm(w_acc - w0)
        print(
            f"    eps = {eps:.0e}: accuracy {f_acc(w0):.3f} -> {f_acc(w_acc):.3f}, moved {moved:.4f}"
        )


if __name__ == "__main__":
    main()
