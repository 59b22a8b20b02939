"""A saddle point stops gradient descent's gradient test too, and slows down every start near it.

f(x, y) = x^2/2 + y^4/4 - y^2/2 has a saddle at (0, 0) (Hessian eigenvalues 1 and -1) and minima
at (0, +-1) with f = -1/4. Gradient descent starts at x = 1 and at four heights y0.
"""

import numpy as np


def saddle_loss(p):
    """``x^2/2 + y^4/4 - y^2/2`` at ``p = (x, y)`` (2,).

    >>> print(f"{saddle_loss(np.array([0.0, 1.0])):.4f}")
    -0.2500
    """
    x, y = p
    return float(0.5 * x**2 + 0.25 * y**4 - 0.5 * y**2)


def saddle_loss_grad(p):
    """Gradient ``(x, y^3 - y)`` of `saddle_loss`, shape (2,)."""
    x, y = p
    return np.array([x, y**3 - y])


def saddle_loss_hessian(p):
    """Hessian ``diag(1, 3 y^2 - 1)`` of `saddle_loss`, shape (2, 2)."""
    return np.diag([1.0, 3.0 * p[1] ** 2 - 1.0])


def descend(p0, lr=0.1, tol=1e-6, max_steps=5000):
    """Gradient descent from ``p0`` (2,) until ``|gradient| < tol``: final point (2,), losses."""
    p, losses = np.array(p0, dtype=float), []
    for _ in range(max_steps):
        losses.append(saddle_loss(p))
        g = saddle_loss_grad(p)
        if np.linalg.norm(g) < tol:
            break
        p = p - lr * g
    return p, np.array(losses)


def main():
    print("gradient descent, eta = 0.1, stopped when |gradient| < 1e-6, from (1, y0)")
    print("     y0  steps  stopped at (x, y)    loss  Hessian's smallest eigenvalue  steps near 0")
    for y0 in [0.0, 1e-14, 1e-10, 1e-4]:
        p, losses = descend([1.0, y0])
        smallest = np.linalg.eigvalsh(saddle_loss_hessian(p)).min()
        kind = "saddle" if smallest < 0 else "minimum"
        plateau = int(np.sum(np.abs(losses) < 1e-3))  # steps with |loss| < 1e-3, the saddle's level
        print(
            f"  {'0' if y0 == 0 else f'{y0:.0e}':>5s}  {len(losses) - 1:5d}  ({p[0] + 0.0:.4f}, {p[1] + 0.0:.4f})"
            f"  {losses[-1] + 0.0:7.4f}  {smallest:13.4f} ({kind}){plateau:{23 - len(kind)}d}"
        )


if __name__ == "__main__":
    main()
