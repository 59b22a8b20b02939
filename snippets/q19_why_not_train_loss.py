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
4. The winner's validation error is optimistic, but one 40-example validation set is also just
   noisy. Repeating the whole experiment 2000 times separates the two: selection makes the
   winner's validation MSE lower than its test MSE on average; a ``lam`` fixed in advance does not.
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


def ridge_path(X, y, lams):
    """:func:`ridge_fit` for several values of ``lam`` at once.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    lams : ndarray, shape (k,)

    Returns
    -------
    ndarray, shape (k, d)
        Row ``i`` is ``ridge_fit(X, y, lams[i])``.
    """
    n, d = X.shape
    A = X.T @ X / n + lams[:, None, None] * np.eye(d)
    b = np.broadcast_to(X.T @ y / n, (len(lams), d))
    return np.linalg.solve(A, b[..., None])[..., 0]


def expected_test_mse(w, w_true, noise):
    """Expected squared error of ``X @ w`` on fresh data ``X ~ N(0, I)``, ``y = X w_true + noise``.

    Equal to ``||w - w_true||**2 + noise**2``: the error an infinitely large test set would report.

    Parameters
    ----------
    w : ndarray, shape (..., d)
    w_true : ndarray, shape (d,)
    noise : float

    Returns
    -------
    float or ndarray, shape (...)
    """
    return np.sum((w - w_true) ** 2, axis=-1) + noise**2


def selection_gap(n_repeats, grid, fixed_lam, rng, d=30, n=40):
    """Validation MSE minus expected test MSE, over many independent train/validation splits.

    Each repetition draws a new ``w_true``, a training set and a validation set of ``n`` examples,
    fits ridge regression for every ``lam`` in ``grid``, and records the gap for the ``lam`` with
    the lowest validation MSE and for ``fixed_lam`` (which must be in ``grid``).

    Returns
    -------
    chosen, fixed : ndarray, shape (n_repeats,)
    """
    k_fixed = int(np.argmin(np.abs(grid - fixed_lam)))
    chosen, fixed = np.empty(n_repeats), np.empty(n_repeats)
    for r in range(n_repeats):
        w_true = rng.normal(size=d) / np.sqrt(d)
        X, y = make_split(n, w_true, 1.0, rng)
        X_val, y_val = make_split(n, w_true, 1.0, rng)
        W = ridge_path(X, y, grid)
        val = np.mean((W @ X_val.T - y_val) ** 2, axis=1)
        gap = val - expected_test_mse(W, w_true, 1.0)
        chosen[r], fixed[r] = gap[int(np.argmin(val))], gap[k_fixed]
    return chosen, fixed


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
    noise_val = float(np.mean((y_val - X_val @ w_true) ** 2))
    print(f"  the winner's validation MSE ({by_val[2]:.3f}) is far below its test MSE, but so is")
    print(f"  every lam >= 0.32: this validation set's label noise has mean square {noise_val:.3f}")
    print("  instead of 1, a lucky draw. Part 4 measures the smaller bias that selection adds.")

    print("3) Gradient descent on log(lam) using the validation loss (a hypergradient)")
    log_lam = np.log(1e-3)
    for _ in range(200):
        log_lam -= 2.0 * val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val)
    lam = float(np.exp(log_lam))
    w = ridge_fit(X, y, lam)
    print(
        f"  lam = {lam:.3f}: val MSE {mse(w, X_val, y_val):.3f}, test MSE {mse(w, X_test, y_test):.3f}"
    )

    print("4) Validation MSE minus test MSE, averaged over 2000 new train/validation splits")
    chosen, fixed = selection_gap(2000, grid, 1.0, np.random.default_rng(190))
    for label, gap in [("lam chosen on validation", chosen), ("lam = 1 fixed in advance", fixed)]:
        stderr = gap.std() / np.sqrt(len(gap))
        print(f"  {label}: {gap.mean():+.3f} (standard error {stderr:.3f})")


if __name__ == "__main__":
    main()
