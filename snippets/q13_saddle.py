"""A saddle point stops gradient descent's gradient test too, and slows down every start near it.

f(x, y) = x^2/2 + y^4/4 - y^2/2 has a saddle at (0, 0) (Hessian eigenvalues 1 and -1) and minima
at (0, +-1) with f = -1/4. Gradient descent starts at x = 1 and at four heights y0. The y^4 term
leaves f without a global L, but its curvature is at most 2 where these runs go, so eta = 0.1 is safe.
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
    """Gradient descent from ``p0`` (2,) until ``|gradient| < tol``: final point (2,), path (k, 2)."""
    p, path = np.array(p0, dtype=float), []
    for _ in range(max_steps):
        path.append(p)
        g = saddle_loss_grad(p)
        if np.linalg.norm(g) < tol:
            break
        p = p - lr * g
    return p, np.array(path)


def main():
    print("gradient descent, eta = 0.1, stopped when |gradient| < tol, from (1, y0)")
    print("     y0    tol  steps  stopped at (x, y)    loss  Hessian's smallest eigenvalue  near*")
    for y0, tol in [(0.0, 1e-6), (1e-14, 1e-6), (1e-14, 1e-12), (1e-10, 1e-6), (1e-4, 1e-6)]:
        p, path = descend([1.0, y0], tol=tol)
        smallest = np.linalg.eigvalsh(saddle_loss_hessian(p)).min()
        kind = "saddle" if smallest < 0 else "minimum"
        near = int(np.sum(np.linalg.norm(path, axis=1) < 0.05))  # steps within 0.05 of the saddle
        print(
            f"  {'0' if y0 == 0 else f'{y0:.0e}':>5s}  {tol:.0e}  {len(path) - 1:5d}"
            f"  ({p[0] + 0.0:.4f}, {p[1] + 0.0:.4f})  {saddle_loss(p) + 0.0:7.4f}"
            f"  {smallest:13.4f} ({kind}){near:{21 - len(kind)}d}"
        )
    print("* steps spent within 0.05 of the saddle, |(x, y)| < 0.05")


if __name__ == "__main__":
    main()
