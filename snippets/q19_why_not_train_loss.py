"""Why a hyperparameter is not trained by the training loop, and what tunes it instead.

The weight-decay strength ``lam`` of ridge regression is a hyperparameter:
``L(w, lam) = mean((X w - y)**2) + lam * ||w||**2``.

1. Treat ``lam`` as one more trainable parameter: its gradient ``||w||**2`` is never negative, so
   gradient descent pushes it down, through zero, and the training objective falls without bound.
2. Choose ``lam`` by the training error: it always picks the smallest ``lam`` (no regularisation).
   Choose it by the error on held-out validation data: it picks a ``lam`` that also does better on
   a test set that took no part in any choice.
3. A hyperparameter *can* follow a gradient, but of the validation loss, through the training
   solution (a bilevel problem): gradient descent on ``log lam`` reaches the grid's choice.
"""

import numpy as np


def make_split(n, w_true, noise, rng):
    """Inputs ``X ~ N(0, I)`` and targets ``y = X w_true + noise * N(0, 1)``.

    Returns
    -------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    """
    X = rng.normal(size=(n, len(w_true)))
    return X, X @ w_true + noise * rng.normal(size=n)


def ridge_fit(X, y, lam):
    """Minimiser of ``mean((X w - y)**2) + lam * ||w||**2``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    lam : float
        Must exceed ``-lambda_min(X.T X / n)`` for a minimiser to exist.

    Returns
    -------
    ndarray, shape (d,)
        ``(X.T X / n + lam I)^{-1} X.T y / n``.
    """
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + lam * np.eye(d), X.T @ y / n)


def mse(w, X, y):
    """Mean squared error of the linear model ``X @ w``; returns a float."""
    return float(np.mean((X @ w - y) ** 2))


def val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val):
    """Derivative of the validation MSE of the ridge solution with respect to ``log(lam)``.

    Implicit differentiation of ``(X.T X / n + lam I) w = X.T y / n`` gives
    ``dw/dlam = -(X.T X / n + lam I)^{-1} w``; the chain rule adds ``dlam/dlog_lam = lam``.

    Parameters
    ----------
    log_lam : float
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    X_val : ndarray, shape (m, d)
    y_val : ndarray, shape (m,)

    Returns
    -------
    float
    """
    lam = float(np.exp(log_lam))
    n, d = X.shape
    A = X.T @ X / n + lam * np.eye(d)
    w = np.linalg.solve(A, X.T @ y / n)
    dw_dlam = -np.linalg.solve(A, w)
    dval_dw = 2.0 * X_val.T @ (X_val @ w - y_val) / len(y_val)
    return float(lam * dval_dw @ dw_dlam)


def main():
    rng = np.random.default_rng(19)
    d = 30
    w_true = rng.normal(size=d) / np.sqrt(d)
    X, y = make_split(40, w_true, 1.0, rng)  # training set
    X_val, y_val = make_split(40, w_true, 1.0, rng)  # validation set: used to choose lam
    X_test, y_test = make_split(5000, w_true, 1.0, rng)  # test set: used only to report

    print("1) Training lam together with w by gradient descent on the training objective")
    w, lam, lr = np.zeros(d), 1.0, 0.01
    for step in range(451):
        if step % 50 == 0:
            objective = mse(w, X, y) + lam * float(w @ w)
            print(f"  step {step:3d}: lam = {lam:+.3f}, training objective = {objective:+.3e}")
        grad_w = 2.0 * X.T @ (X @ w - y) / len(y) + 2.0 * lam * w
        grad_lam = float(w @ w)  # never negative: lam can only go down
        w, lam = w - lr * grad_w, lam - lr * grad_lam

    print("2) Choosing lam from a grid")
    grid = 10.0 ** np.arange(-4.0, 2.5, 0.5)
    rows = []
    for lam in grid:
        w = ridge_fit(X, y, lam)
        rows.append((lam, mse(w, X, y), mse(w, X_val, y_val), mse(w, X_test, y_test)))
    print(f"  {'lam':>8}{'train':>8}{'val':>8}{'test':>8}")
    for lam, tr, va, te in rows:
        print(f"  {lam:>8.1e}{tr:>8.3f}{va:>8.3f}{te:>8.3f}")
    by_train = min(rows, key=lambda r: r[1])
    by_val = min(rows, key=lambda r: r[2])
    print(f"  chosen by training error:   lam = {by_train[0]:.1e}, test MSE {by_train[3]:.3f}")
    print(f"  chosen by validation error: lam = {by_val[0]:.1e}, test MSE {by_val[3]:.3f}")
    print(f"  the winner's validation MSE ({by_val[2]:.3f}) is optimistic: report the test MSE")

    print("3) Gradient descent on log(lam) using the validation loss (a hypergradient)")
    log_lam = np.log(1e-3)
    for _ in range(200):
        log_lam -= 2.0 * val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val)
    lam = float(np.exp(log_lam))
    w = ridge_fit(X, y, lam)
    print(
        f"  lam = {lam:.3f}: val MSE {mse(w, X_val, y_val):.3f}, test MSE {mse(w, X_test, y_test):.3f}"
    )


if __name__ == "__main__":
    main()
