"""The learning-rate threshold of gradient descent: converge below 2/L, diverge above it.

On the quadratic f(theta) = 1/2 theta^T A theta the gradient step is linear,
theta <- (I - eta A) theta, so each eigen-direction of A is multiplied by (1 - eta lambda_i) per
step. Gradient descent converges exactly when every |1 - eta lambda_i| < 1, that is when
eta < 2 / L with L = lambda_max(A). The program runs 200 steps at learning rates on both sides of
2 / L and compares the measured shrink (or growth) with that prediction.
"""

import numpy as np


def quadratic(theta, A):
    """``f(theta) = 1/2 theta^T A theta``.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    A : ndarray, shape (d, d)
        Symmetric positive definite.

    Returns
    -------
    float

    Examples
    --------
    >>> quadratic(np.array([1.0, 2.0]), np.eye(2))
    2.5
    """
    return 0.5 * float(theta @ A @ theta)


def quadratic_grad(theta, A):
    """``grad f(theta) = A theta`` (for symmetric ``A``).

    Parameters
    ----------
    theta : ndarray, shape (d,)
    A : ndarray, shape (d, d)
        Symmetric.

    Returns
    -------
    ndarray, shape (d,)
    """
    return A @ theta


def gradient_descent(grad, theta0, lr, steps):
    """Plain gradient descent ``theta <- theta - lr * grad(theta)``.

    Parameters
    ----------
    grad : callable
        Maps ``theta`` (shape (d,)) to the gradient (shape (d,)).
    theta0 : ndarray, shape (d,)
        Starting point (not modified).
    lr : float
        Learning rate (step size) ``eta``.
    steps : int

    Returns
    -------
    ndarray, shape (steps + 1, d)
        Every iterate, ``theta0`` first.

    Examples
    --------
    >>> gradient_descent(lambda t: 2 * t, np.array([1.0]), 0.25, 2).ravel().tolist()
    [1.0, 0.5, 0.25]
    """
    path = [np.array(theta0, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - lr * grad(path[-1]))
    return np.array(path)


def rotated_quadratic(eigenvalues, angle):
    """A 2 x 2 symmetric matrix with the given eigenvalues, eigenvectors rotated by ``angle``.

    Parameters
    ----------
    eigenvalues : sequence of 2 floats
    angle : float
        Radians.

    Returns
    -------
    A : ndarray, shape (2, 2)
        ``Q diag(eigenvalues) Q^T``.
    Q : ndarray, shape (2, 2)
        Orthogonal; column i is the eigenvector of ``eigenvalues[i]``.
    """
    c, s = np.cos(angle), np.sin(angle)
    Q = np.array([[c, -s], [s, c]])
    return Q @ np.diag(eigenvalues) @ Q.T, Q


def predicted_shrink(lr, eigenvalues, steps):
    """``|theta_k| / |theta_0|`` for a start with equal components on every eigenvector.

    Along eigenvector i the component is multiplied by ``(1 - lr * lambda_i)`` per step, so the
    ratio is ``sqrt(mean_i (1 - lr * lambda_i)^(2k))``.

    Parameters
    ----------
    lr : float
    eigenvalues : ndarray, shape (d,)
    steps : int

    Returns
    -------
    float

    Examples
    --------
    >>> print(f"{predicted_shrink(0.1, np.array([1.0, 10.0]), 1):.4f}")
    0.6364
    """
    return float(np.sqrt(np.mean((1.0 - lr * eigenvalues) ** (2 * steps))))


def main():
    eigenvalues = np.array([1.0, 10.0])
    A, Q = rotated_quadratic(eigenvalues, np.pi / 6)
    L, mu = eigenvalues.max(), eigenvalues.min()
    theta0 = Q @ np.array([1.0, 1.0])  # equal parts along both eigenvectors
    steps = 200
    print("f(theta) = 1/2 theta^T A theta,  A =")
    for row in A:
        print("   " + "".join(f"{v:9.4f}" for v in row))
    print(f"eigenvalues {mu:.4f} and {L:.4f}:  L = {L:.4f},  threshold 2/L = {2 / L:.4f}")
    print(
        f"{steps} steps of theta <- theta - eta * A theta from |theta_0| = {np.linalg.norm(theta0):.4f}\n"
    )

    print("     eta   eta*L  max|1-eta*lambda|   |theta_200|/|theta_0|")
    print("                                     predicted    measured")
    for lr in [0.02, 0.1, 2 / (L + mu), 0.19, 0.199, 0.201, 0.21, 0.25]:
        path = gradient_descent(lambda t: quadratic_grad(t, A), theta0, lr, steps)
        rate = np.abs(1.0 - lr * eigenvalues).max()
        measured = np.linalg.norm(path[-1]) / np.linalg.norm(theta0)
        verdict = "converges" if rate < 1 else "DIVERGES"
        print(
            f"  {lr:6.4f}  {lr * L:6.3f}  {rate:17.4f}  "
            f"{predicted_shrink(lr, eigenvalues, steps):10.2e}  {measured:10.2e}  {verdict}"
        )
    print(
        f"\nbest fixed eta = 2/(L + mu) = {2 / (L + mu):.4f}: "
        f"every direction shrinks by (L - mu)/(L + mu) = {(L - mu) / (L + mu):.4f} per step"
    )


if __name__ == "__main__":
    main()
