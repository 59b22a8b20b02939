"""The learning-rate threshold on a quadratic: gradient descent converges below 2/L, diverges above.

On f(theta) = 1/2 theta^T A theta each step multiplies the component along the eigenvector of
lambda_i by (1 - eta lambda_i), so the theory predicts convergence exactly when max |1 - eta lambda_i|
< 1; the program checks that prediction against 200 measured steps.
"""

import numpy as np


def quadratic(theta, A):
    """``1/2 theta^T A theta`` for ``theta`` (d,) and symmetric ``A`` (d, d).

    >>> quadratic(np.array([1.0, 2.0]), np.eye(2))
    2.5
    """
    return 0.5 * float(theta @ A @ theta)


def quadratic_grad(theta, A):
    """Gradient ``A theta`` of `quadratic` (symmetric ``A``), shape (d,)."""
    return A @ theta


def gradient_descent(grad, theta0, lr, steps):
    """Iterates of ``theta <- theta - lr * grad(theta)`` from ``theta0`` (d,): shape (steps + 1, d).

    >>> gradient_descent(lambda t: 2 * t, np.array([1.0]), 0.25, 2).ravel().tolist()
    [1.0, 0.5, 0.25]
    """
    path = [np.array(theta0, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - lr * grad(path[-1]))
    return np.array(path)


def rotated_quadratic(eigenvalues, angle):
    """``A = Q diag(eigenvalues) Q^T`` (2, 2) and the rotation ``Q`` (2, 2) by ``angle`` radians."""
    c, s = np.cos(angle), np.sin(angle)
    Q = np.array([[c, -s], [s, c]])
    return Q @ np.diag(eigenvalues) @ Q.T, Q


def main():
    eigenvalues = np.array([1.0, 10.0])
    A, Q = rotated_quadratic(eigenvalues, np.pi / 6)
    L, mu = eigenvalues.max(), eigenvalues.min()
    theta0 = Q @ np.array([1.0, 1.0])  # equal parts along both eigenvectors
    steps = 200
    print(f"f = 1/2 theta^T A theta, eigenvalues mu = {mu:.1f} and L = {L:.1f}: 2/L = {2 / L:.4f}")
    print(f"{steps} steps of theta <- theta - eta * A theta\n")
    print("     eta   eta*L  max|1-eta*lambda|  prediction  measured |theta_200|/|theta_0|")
    for lr in [0.02, 0.1, 2 / (L + mu), 0.19, 0.199, 0.201, 0.21, 0.25]:
        path = gradient_descent(lambda t: quadratic_grad(t, A), theta0, lr, steps)
        rate = np.abs(1.0 - lr * eigenvalues).max()
        measured = np.linalg.norm(path[-1]) / np.linalg.norm(theta0)
        verdict = "converges" if rate < 1 else "DIVERGES"
        print(f"  {lr:6.4f}  {lr * L:6.3f}  {rate:17.4f}  {verdict:>10s}  {measured:11.2e}")
    print(
        f"\nbest fixed eta = 2/(L + mu) = {2 / (L + mu):.4f}: "
        f"every direction shrinks by (L - mu)/(L + mu) = {(L - mu) / (L + mu):.4f} per step"
    )


if __name__ == "__main__":
    main()
