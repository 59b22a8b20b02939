"""Gradient descent, step by step, on logistic regression: the parameters move, not the neurons.

1. initialise the parameters; 2. forward pass: predictions; 3. loss; 4. gradient of the loss with
respect to the parameters (checked here against central finite differences); 5. update
theta <- theta - eta * grad; 6. repeat until a stopping criterion holds (small gradient norm,
stalled loss, or an iteration budget). The step size comes from the curvature bound
L = lambda_max(X^T X) / (4 n), and eta = 1/L guarantees that the loss decreases at every step.
Larger steps lose that guarantee but need not fail: the curvature near the optimum is much smaller
than L, and the program shows steps of up to about 9.8/L converging.
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


def loss(theta, X, y):
    """Mean binary cross-entropy of ``p = sigmoid(X theta)``, computed stably from the logits.

    ``-[y log p + (1 - y) log(1 - p)] = log(1 + exp(z)) - y z`` with ``z = x . theta``.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    X : ndarray, shape (n, d)
        Inputs with a column of ones for the bias.
    y : ndarray, shape (n,)
        Labels in {0, 1}.

    Returns
    -------
    float

    Examples
    --------
    >>> print(f"{loss(np.zeros(2), np.ones((3, 2)), np.array([0.0, 1.0, 1.0])):.4f}")
    0.6931
    """
    z = X @ theta
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def loss_grad(theta, X, y):
    """Gradient of `loss` with respect to the parameters: ``X^T (sigmoid(X theta) - y) / n``.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)

    Returns
    -------
    ndarray, shape (d,)
    """
    return X.T @ (sigmoid(X @ theta) - y) / len(y)


def loss_hessian(theta, X):
    """Hessian of `loss`: ``X^T diag(p (1 - p)) X / n`` with ``p = sigmoid(X theta)``.

    Its largest eigenvalue is the curvature at ``theta``; since ``p (1 - p) <= 1/4`` it never
    exceeds ``L = lambda_max(X^T X) / (4 n)``.

    Parameters
    ----------
    theta : ndarray, shape (d,)
    X : ndarray, shape (n, d)

    Returns
    -------
    ndarray, shape (d, d)
    """
    p = sigmoid(X @ theta)
    return (X.T * (p * (1.0 - p))) @ X / len(X)


def numerical_gradient(f, theta, eps=1e-6):
    """Central differences ``(f(theta + eps e_i) - f(theta - eps e_i)) / (2 eps)``.

    Parameters
    ----------
    f : callable
        Maps shape (d,) to a float.
    theta : ndarray, shape (d,)
    eps : float

    Returns
    -------
    ndarray, shape (d,)
    """
    grad = np.zeros_like(theta)
    for i in range(len(theta)):
        step = np.zeros_like(theta)
        step[i] = eps
        grad[i] = (f(theta + step) - f(theta - step)) / (2.0 * eps)
    return grad


def gradient_descent(X, y, lr, grad_tol=1e-6, loss_tol=1e-12, max_iters=100_000):
    """Minimise `loss` by full-batch gradient descent with three stopping criteria.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    lr : float
        Step size eta.
    grad_tol : float
        Stop when ``||grad|| < grad_tol`` (first-order optimality, up to tolerance).
    loss_tol : float
        Stop when one step changes the loss by less than ``loss_tol`` (progress has stalled).
        A loss that is no longer finite also stops the loop (the iterates diverged).
    max_iters : int
        Stop after this many updates in any case (budget).

    Returns
    -------
    theta : ndarray, shape (d,)
    history : list of (int, float, float)
        ``(iteration, loss, gradient norm)`` at every iteration.
    reason : str
        Which criterion stopped the loop.
    """
    theta = np.zeros(X.shape[1])  # step 1: initialise
    previous = np.inf
    history = []
    for iteration in range(max_iters + 1):
        current = loss(theta, X, y)  # steps 2-3: forward pass and loss
        g = loss_grad(theta, X, y)  # step 4: gradient w.r.t. the parameters
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
    """Two overlapping Gaussian classes in 2-D, with a bias column appended.

    Parameters
    ----------
    n : int
        Examples per class.
    rng : numpy.random.Generator

    Returns
    -------
    X : ndarray, shape (2n, 3)
    y : ndarray, shape (2n,)
    """
    a = rng.normal([-1.0, -0.5], 1.0, (n, 2))
    b = rng.normal([1.0, 0.5], 1.0, (n, 2))
    X = np.hstack([np.vstack([a, b]), np.ones((2 * n, 1))])
    y = np.concatenate([np.zeros(n), np.ones(n)])
    return X, y


def main():
    rng = np.random.default_rng(0)
    X, y = make_data(100, rng)
    n = len(y)

    probe = rng.standard_normal(3)
    error = np.abs(loss_grad(probe, X, y) - numerical_gradient(lambda t: loss(t, X, y), probe))
    print("step 4 check: analytic gradient vs central differences at a random theta")
    print(f"  max |difference| < 1e-8: {error.max() < 1e-8}")

    L = np.linalg.eigvalsh(X.T @ X).max() / (4 * n)
    lr = 1.0 / L
    print(f"\ncurvature bound L = lambda_max(X^T X) / (4n) = {L:.4f};  step eta = 1/L = {lr:.4f}")

    theta, history, reason = gradient_descent(X, y, lr)
    print("\n  iteration      loss   ||gradient||")
    shown = [0, 1, 2, 5, 10, 20, 50, 100, 200]
    for iteration, value, norm in history:
        if iteration in shown:
            print(f"  {iteration:9d}  {value:8.6f}   {norm:12.2e}")
    last = history[-1]
    print(f"  {last[0]:9d}  {last[1]:8.6f}   {last[2]:12.2e}   <- stopped: {reason}")

    losses = np.array([h[1] for h in history])
    print(f"\nloss decreased at every step: {bool(np.all(np.diff(losses) < 0))}")
    accuracy = np.mean((X @ theta > 0) == (y == 1))
    shown_theta = ", ".join(f"{v:.4f}" for v in theta)
    print(f"parameters theta = ({shown_theta}), training accuracy {accuracy:.1%}")

    print("\nother stopping criteria, same eta = 1/L")
    for label, options in [
        ("loss change < 1e-10", {"grad_tol": 0.0, "loss_tol": 1e-10}),
        ("budget of 10 iterations", {"max_iters": 10}),
    ]:
        _, runs, _ = gradient_descent(X, y, lr, **options)
        it, value, norm = runs[-1]
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
        _, runs, _ = gradient_descent(
            X, y, multiple * lr, grad_tol=0.0, loss_tol=0.0, max_iters=2000
        )
        losses = np.array([h[1] for h in runs])
        rises = np.flatnonzero(np.diff(losses) > 1e-12) + 1  # k with loss_k > loss_(k-1)
        rose = "none" if len(rises) == 0 else f"{len(rises)} (first at step {rises[0]})"
        print(
            f"  {multiple:5.1f}  {losses[10]:19.6f}  {losses[-2]:15.6f} {losses[-1]:9.6f}  {rose}"
        )


if __name__ == "__main__":
    main()
