"""Gradient descent on least squares: initialise, gradient, step, stop."""

import numpy as np


def loss(theta, X, y):
    """Loss ``||X theta - y||^2 / (2n)``, ``X`` (n, d), ``y`` (n,)."""
    r = X @ theta - y
    return 0.5 * float(r @ r) / len(y)


def loss_grad(theta, X, y):
    """Gradient ``X^T (X theta - y) / n`` of `loss`, shape (d,)."""
    return X.T @ (X @ theta - y) / len(y)


if __name__ == "__main__":
    rng = np.random.default_rng(13)
    X = rng.normal(size=(50, 3)) * [1.0, 0.6, 0.3]  # 50 examples, 3 features
    y = X @ np.array([2.0, -1.0, 0.5]) + 0.1 * rng.normal(size=50)
    L = np.linalg.eigvalsh(X.T @ X / len(y)).max()  # largest curvature
    eta, tol, max_steps = 1.0 / L, 1e-6, 10_000  # step size and stopping rule
    theta_star = np.linalg.lstsq(X, y, rcond=None)[0]  # exact minimiser
    f_star, theta = loss(theta_star, X, y), np.zeros(3)  # 1. initialise
    bound = L * float(theta_star @ theta_star) / 2  # gap <= bound / t
    print(f"L = {L:.4f}, eta = 1/L = {eta:.4f}")
    print("   t  loss - min  L|theta0 - theta*|^2/(2t)  |gradient|")
    for t in range(max_steps):
        g = loss_grad(theta, X, y)  # 2. forward pass and gradient at theta_t
        if np.linalg.norm(g) < tol:  # 3. stop: the gradient is (almost) zero
            break
        theta = theta - eta * g  # 4. step against the gradient: theta_(t+1)
        if t + 1 in (1, 10, 50, 100):
            gap = loss(theta, X, y) - f_star
            norm = np.linalg.norm(loss_grad(theta, X, y))
            print(f"{t + 1:4d}  {gap:10.2e}  {bound / (t + 1):23.2e}  {norm:10.2e}")
    print(f"stopped after {t} steps: |gradient| < {tol:g}")
    print("theta  =", np.array2string(theta, precision=4, floatmode="fixed"))
    print("theta* =", np.array2string(theta_star, precision=4, floatmode="fixed"))
