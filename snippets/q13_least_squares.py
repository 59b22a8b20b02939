"""Gradient descent on least squares, the page's six steps, against the convex rate bounds."""

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
    mu, L = np.linalg.eigvalsh(X.T @ X / len(y))[[0, -1]]  # smallest, largest curvature
    eta, tol, max_steps = 1.0 / L, 1e-6, 10_000  # step size and stopping rule
    theta_star = np.linalg.lstsq(X, y, rcond=None)[0]  # exact minimiser, for comparison
    f_star, theta = loss(theta_star, X, y), np.zeros(3)  # 1. initialise
    gap0, dist0, r = loss(theta, X, y) - f_star, float(theta_star @ theta_star), 1 - mu / L
    print(f"mu = {mu:.4f}, L = {L:.4f}, kappa = L/mu = {L / mu:.1f}, eta = 1/L")
    print("   t  loss - min  L|theta0-theta*|^2/(2t)  (1-mu/L)^t gap0")
    for t in range(max_steps):
        f = loss(theta, X, y)  # 2.-3. forward pass (X @ theta) and loss
        if t in (1, 10, 50, 100):
            print(f"{t:4d}  {f - f_star:10.2e}  {L * dist0 / (2 * t):21.2e}  {r**t * gap0:15.2e}")
        g = loss_grad(theta, X, y)  # 4. gradient
        theta = theta - eta * g  # 5. update
        if np.linalg.norm(g) < tol:  # 6. stop when the gradient is (almost) zero, else repeat
            print(f"stopped after {t + 1} updates: |gradient| < {tol:g}")
            break
    else:
        print(f"no convergence in {max_steps} updates")
    print("theta  =", np.array2string(theta, precision=4, floatmode="fixed"))
    print("theta* =", np.array2string(theta_star, precision=4, floatmode="fixed"))
