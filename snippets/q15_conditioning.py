"""Feature scales set the condition number, and it sets how many gradient-descent steps it takes."""

import numpy as np


def mse(pred, target):
    """Mean squared error over all elements of ``pred`` and ``target`` (same shape), a float."""
    return float(np.mean((pred - target) ** 2))


def mse_grad(pred, target):
    """Gradient ``2 (pred - target) / n`` of the mean squared error for ``pred`` (any shape)."""
    return 2.0 * (pred - target) / np.size(pred)


def make_data(rng, n=500):
    """Features X (n, 3): age ~ N(40, 12^2), score ~ N(60, 15^2), rate ~ U(0, 1); target y (n,)."""
    X = np.stack([rng.normal(40, 12, n), rng.normal(60, 15, n), rng.uniform(0, 1, n)], axis=1)
    y = 0.05 * X[:, 0] + 0.02 * X[:, 1] + 1.0 * X[:, 2] + rng.normal(0, 0.5, n)
    return X, y


def with_intercept(Z):
    """Prepend a column of ones: shape (n, d) -> (n, d + 1)."""
    return np.hstack([np.ones((len(Z), 1)), Z])


def gradient_descent(A, y, tol=1e-6, max_steps=100_000):
    """Steps 1/L on mse(A w, y) from w = 0: ``(w, steps or None, final relative excess loss)``.

    L is the largest eigenvalue of the Hessian (2 / n) A^T A; stops when the loss is within a
    relative ``tol`` of the least-squares optimum.
    """
    lr = 1.0 / np.linalg.eigvalsh((2.0 / len(y)) * A.T @ A).max()
    best = mse(A @ np.linalg.lstsq(A, y, rcond=None)[0], y)
    w = np.zeros(A.shape[1])
    for step in range(1, max_steps + 1):
        w = w - lr * A.T @ mse_grad(A @ w, y)  # chain rule: d mse / dw = A^T d mse / dpred
        gap = (mse(A @ w, y) - best) / best
        if gap <= tol:
            return w, step, gap
    return w, None, gap


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adam_steps(A, y, tol=1e-6, max_steps=5_000, lrs=(1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0)):
    """Fewest full-batch Adam steps to a relative excess loss ``tol``, best over ``lrs`` (or None)."""
    best, fewest = mse(A @ np.linalg.lstsq(A, y, rcond=None)[0], y), None
    for lr in lrs:
        w, m, v = (np.zeros(A.shape[1]) for _ in range(3))
        for step in range(1, (fewest or max_steps + 1)):
            w, m, v = adam_step(w, A.T @ mse_grad(A @ w, y), m, v, step, lr=lr)
            if mse(A @ w, y) - best <= tol * best:
                fewest = step
                break
    return fewest


def whiten(X):
    """PCA whitening (n, d) -> (n, d): centre, rotate to the covariance's eigenvectors, unit variance."""
    eigenvalues, U = np.linalg.eigh(np.cov(X, rowvar=False))
    return (X - X.mean(axis=0)) @ U / np.sqrt(eigenvalues)


def main():
    rng = np.random.default_rng(15)
    X, y = make_data(rng)
    mean, std = X.mean(axis=0), X.std(axis=0)  # one data set here; in real work: training split
    variants = {
        "raw": X,
        "scaled only (x / std)": X / std,
        "centred only (x - mean)": X - mean,
        "standardised": (X - mean) / std,
    }
    print(
        f"features: std {np.array2string(std, precision=2, floatmode='fixed')},"
        f" mean {np.array2string(mean, precision=2, floatmode='fixed')}"
    )
    print("steps until the loss is within a relative 1e-6 of the optimum (GD: step 1/L;")
    print("Adam: best of 7 learning rates, at most 5,000 steps)")
    print(f"{'features':<26}{'cond(A^T A)':>12}{'Adam steps':>12}   GD steps")
    for name, Z in variants.items():
        A = with_intercept(Z)
        _, steps, gap = gradient_descent(A, y)
        shown = f"{steps:,}" if steps else f"not within 100,000 (still {gap:.1e} above)"
        print(f"{name:<26}{np.linalg.cond(A.T @ A):>12.3g}{adam_steps(A, y):>12,}   {shown}")

    # Standardising fixes scales, not correlation: kappa of two standardised features with
    # correlation rho is (1 + rho) / (1 - rho); whitening (decorrelating) removes it.
    rho = 0.9
    C = rng.multivariate_normal([170.0, 70.0], [[100.0, rho * 100.0], [rho * 100.0, 100.0]], 500)
    t = C @ np.array([0.3, -0.2]) + rng.normal(0, 0.5, 500)
    print(
        f"two features with correlation {rho} ((1 + rho) / (1 - rho) = {(1 + rho) / (1 - rho):.0f}):"
    )
    for name, Z in (("standardised", (C - C.mean(0)) / C.std(0)), ("whitened", whiten(C))):
        A = with_intercept(Z)
        steps = gradient_descent(A, t)[1]
        print(f"{name:<26}{np.linalg.cond(A.T @ A):>12.3g}{'':>12}   {steps:,}")

    # For an unregularised linear model, normalisation changes the path, not the destination.
    A_raw, A_std = with_intercept(X), with_intercept(variants["standardised"])
    w_std, _, _ = gradient_descent(A_std, y, tol=1e-12)
    closed_form = A_raw @ np.linalg.lstsq(A_raw, y, rcond=None)[0]
    same = np.abs(A_std @ w_std - closed_form).max() < 1e-6
    print(f"standardised GD and raw least squares predict the same (max diff < 1e-6): {same}")


if __name__ == "__main__":
    main()
