"""The whole recipe on logistic regression: gradient check, eta = 1/L, stopping rules, larger steps.

L = lambda_max(X^T X) / (4n) bounds the curvature everywhere, so eta = 1/L lowers the loss at every
step; near the optimum the curvature is smaller, and steps well above 2/L still converge.
"""

from collections.abc import Callable

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6):
    """Central-difference gradient of a scalar function ``f`` at ``x`` (any shape), shape of ``x``."""
    x = np.array(x, dtype=np.float64)  # a copy: the caller's array is never perturbed
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def loss(theta, X, y):
    """Mean cross-entropy of ``sigmoid(X theta)`` for ``X`` (n, d), labels ``y`` (n,) in {0, 1}.

    >>> print(f"{loss(np.zeros(2), np.ones((3, 2)), np.array([0.0, 1.0, 1.0])):.4f}")
    0.6931
    """
    z = X @ theta
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # log(1 + e^z) - y z, stable


def loss_grad(theta, X, y):
    """Gradient ``X^T (sigmoid(X theta) - y) / n`` of `loss`, shape (d,)."""
    return X.T @ (sigmoid(X @ theta) - y) / len(y)


def loss_hessian(theta, X):
    """Hessian ``X^T diag(p (1 - p)) X / n`` of `loss`, ``p = sigmoid(X theta)``: shape (d, d)."""
    p = sigmoid(X @ theta)
    return (X.T * (p * (1.0 - p))) @ X / len(X)


def gradient_descent(X, y, lr, grad_tol=1e-6, loss_tol=1e-12, max_iters=100_000):
    """Full-batch gradient descent on `loss` from zero, stopped by the first criterion that holds.

    Returns ``theta`` (d,), the ``(iteration, loss, gradient norm)`` history and the reason.
    """
    theta = np.zeros(X.shape[1])  # step 1: initialise
    previous, history = np.inf, []
    for iteration in range(max_iters + 1):
        current = loss(theta, X, y)  # steps 2-3: forward pass and loss
        g = loss_grad(theta, X, y)  # step 4: gradient with respect to the parameters
        history.append((iteration, current, float(np.linalg.norm(g))))
        if history[-1][2] < grad_tol:
            return theta, history, f"gradient norm below {grad_tol:g}"
        if not np.isfinite(current):
            return theta, history, "loss is not finite: step too large"
        if abs(previous - current) < loss_tol:
            return theta, history, f"loss change below {loss_tol:g}"
        if iteration == max_iters:
            break
        theta = theta - lr * g  # step 5: update the parameters
        previous = current
    return theta, history, f"budget of {max_iters} iterations used"


def make_data(n, rng):
    """Two overlapping Gaussian classes of ``n`` points in 2-D plus a bias column: (2n, 3), (2n,)."""
    a = rng.normal([-1.0, -0.5], 1.0, (n, 2))
    b = rng.normal([1.0, 0.5], 1.0, (n, 2))
    X = np.hstack([np.vstack([a, b]), np.ones((2 * n, 1))])
    return X, np.concatenate([np.zeros(n), np.ones(n)])


def main():
    rng = np.random.default_rng(0)
    X, y = make_data(100, rng)
    probe = rng.standard_normal(3)
    error = np.abs(loss_grad(probe, X, y) - numerical_gradient(lambda t: loss(t, X, y), probe))
    print(
        f"step 4 check, analytic vs central differences: max |difference| < 1e-8: {error.max() < 1e-8}"
    )

    L = np.linalg.eigvalsh(X.T @ X).max() / (4 * len(y))
    lr = 1.0 / L
    print(f"curvature bound L = lambda_max(X^T X) / (4n) = {L:.4f};  step eta = 1/L = {lr:.4f}")
    theta, history, reason = gradient_descent(X, y, lr)
    print("\n  iteration      loss   ||gradient||")
    for iteration, value, norm in history:
        if iteration in [0, 1, 2, 5, 10, 20, 50, 100]:
            print(f"  {iteration:9d}  {value:8.6f}   {norm:12.2e}")
    last = history[-1]
    print(f"  {last[0]:9d}  {last[1]:8.6f}   {last[2]:12.2e}   <- stopped: {reason}")
    losses = np.array([h[1] for h in history])
    print(f"loss decreased at every step: {bool(np.all(np.diff(losses) < 0))}")
    accuracy = np.mean((X @ theta > 0) == (y == 1))
    print(
        f"theta = {np.array2string(theta, precision=4, floatmode='fixed')}, accuracy {accuracy:.1%}"
    )

    print("\nother stopping criteria, same eta = 1/L")
    for label, options in [
        ("loss change < 1e-10", {"grad_tol": 0.0, "loss_tol": 1e-10}),
        ("budget of 10 iterations", {"max_iters": 10}),
    ]:
        it, value, norm = gradient_descent(X, y, lr, **options)[1][-1]
        print(
            f"  {label:24s} stops at iteration {it:3d}: loss {value:.6f}, ||gradient|| {norm:.2e}"
        )

    sharpness = np.linalg.eigvalsh(loss_hessian(theta, X)).max()
    print("\nlarger steps: L bounds the curvature everywhere, but near the optimum it is smaller")
    print(f"  largest Hessian eigenvalue at the optimum = {sharpness:.4f} = {sharpness / L:.3f} L")
    print(
        f"  local stability limit: eta < 2 / {sharpness:.4f}, that is eta < {2 * L / sharpness:.2f}/L"
    )
    print("  eta*L  loss after 10 steps  after 1999 and 2000 steps  steps where the loss rose")
    for multiple in [1.0, 5.0, 9.5, 10.0]:
        runs = gradient_descent(X, y, multiple * lr, grad_tol=0.0, loss_tol=0.0, max_iters=2000)[1]
        losses = np.array([h[1] for h in runs])
        rises = np.flatnonzero(np.diff(losses) > 1e-12) + 1  # k with loss_k > loss_(k-1)
        rose = "none" if len(rises) == 0 else f"{len(rises)} (first at step {rises[0]})"
        print(
            f"  {multiple:5.1f}  {losses[10]:19.6f}  {losses[-2]:15.6f} {losses[-1]:9.6f}  {rose}"
        )


if __name__ == "__main__":
    main()
