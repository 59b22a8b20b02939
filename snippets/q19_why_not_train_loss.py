"""Why a hyperparameter is not trained by the training loop, and what tunes it instead.

Ridge regression, ``L(w, lam) = mean((X w - y)**2) + lam * ||w||**2``, with the weight-decay
strength ``lam`` as the hyperparameter.

1. Trained with ``w``, ``lam`` has gradient ``||w||**2 >= 0``: it falls through zero and the
   training objective falls without bound.
2. Chosen by training error, ``lam`` is the smallest on offer; chosen on validation data, it does
   better on a test set that took no part in any choice. The winner's validation MSE is split into
   model error, label noise and their cross term.
3. Gradient descent on ``log lam`` of the *validation* loss (a hypergradient) reaches the grid's
   choice.
4. Over 2000 repetitions, selection makes the winner's validation MSE lower than its test MSE on
   average; a ``lam`` fixed in advance does not.
"""

import numpy as np


def make_split(n, w_true, noise, rng):
    """Inputs X (n, d) ~ N(0, I) and targets y (n,) = X w_true + noise * N(0, 1)."""
    X = rng.normal(size=(n, len(w_true)))
    return X, X @ w_true + noise * rng.normal(size=n)


def ridge_fit(X, y, lam):
    """Minimiser (d,) of ``mean((X w - y)**2) + lam * ||w||**2`` for X (n, d), y (n,)."""
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + lam * np.eye(d), X.T @ y / n)


def ridge_path(X, y, lams):
    """:func:`ridge_fit` for every ``lam`` in lams (k,) at once: shape (k, d)."""
    n, d = X.shape
    A = X.T @ X / n + lams[:, None, None] * np.eye(d)
    b = np.broadcast_to(X.T @ y / n, (len(lams), d))
    return np.linalg.solve(A, b[..., None])[..., 0]


def expected_test_mse(w, w_true, noise):
    """``||w - w_true||**2 + noise**2`` for w (..., d): the MSE on infinitely much fresh data."""
    return np.sum((w - w_true) ** 2, axis=-1) + noise**2


def selection_gap(n_repeats, grid, fixed_lam, rng, d=30, n=40):
    """Validation MSE minus expected test MSE, shapes (n_repeats,), for the ``lam`` of ``grid``
    chosen on validation data and for ``fixed_lam``; each repetition draws a new problem."""
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


def linear_mse(w, X, y):
    """Mean squared error of the linear model ``X @ w``; returns a float."""
    return float(np.mean((X @ w - y) ** 2))


def val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val):
    """d(validation MSE of the ridge solution) / d(log lam), a float.

    Implicit differentiation of ``(X.T X / n + lam I) w = X.T y / n`` gives
    ``dw/dlam = -(X.T X / n + lam I)^{-1} w``; the chain rule adds ``dlam/dlog_lam = lam``.
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
            objective = linear_mse(w, X, y) + lam * float(w @ w)
            print(f"  step {step:3d}: lam = {lam:+.3f}, training objective = {objective:+.3e}")
        grad_w = 2.0 * X.T @ (X @ w - y) / len(y) + 2.0 * lam * w
        grad_lam = float(w @ w)  # never negative: lam can only go down
        w, lam = w - lr * grad_w, lam - lr * grad_lam

    print("2) Choosing lam from a grid")
    grid = 10.0 ** np.arange(-4.0, 2.5, 0.5)
    rows = []
    for lam in grid:
        w = ridge_fit(X, y, lam)
        rows.append(
            (lam, linear_mse(w, X, y), linear_mse(w, X_val, y_val), linear_mse(w, X_test, y_test))
        )
    print(f"  {'lam':>8}{'train':>8}{'val':>8}{'test':>8}")
    for lam, tr, va, te in rows:
        print(f"  {lam:>8.1e}{tr:>8.3f}{va:>8.3f}{te:>8.3f}")
    by_train = min(rows, key=lambda r: r[1])
    by_val = min(rows, key=lambda r: r[2])
    print(f"  chosen by training error:   lam = {by_train[0]:.1e}, test MSE {by_train[3]:.3f}")
    print(f"  chosen by validation error: lam = {by_val[0]:.1e}, test MSE {by_val[3]:.3f}")
    # Validation MSE = model error on these inputs + label noise - 2 * their correlation.
    w = ridge_fit(X, y, by_val[0])
    error, noise = X_val @ (w - w_true), y_val - X_val @ w_true
    parts = np.mean(error**2), np.mean(noise**2), -2.0 * np.mean(error * noise)
    print(f"  winner's val MSE {by_val[2]:.3f} = model error {parts[0]:.3f} + label noise "
          f"{parts[1]:.3f} + cross term {parts[2]:+.3f}")  # fmt: skip
    fresh = float(expected_test_mse(w, w_true, 1.0))  # model error on fresh inputs + noise 1
    print(f"  winner's test MSE {by_val[3]:.3f}; on infinitely much fresh data {fresh:.3f}")
    print(f"  gap {fresh - by_val[2]:.3f} = noise shortfall {1 - parts[1]:.3f} - cross term "
          f"{-parts[2]:.3f} + model-error difference {fresh - 1 - parts[0]:+.3f}")  # fmt: skip

    print("3) Gradient descent on log(lam) using the validation loss (a hypergradient)")
    log_lam = np.log(1e-3)
    for _ in range(200):
        log_lam -= 2.0 * val_mse_log_lambda_grad(log_lam, X, y, X_val, y_val)
    lam = float(np.exp(log_lam))
    w = ridge_fit(X, y, lam)
    print(
        f"  lam = {lam:.3f}: val MSE {linear_mse(w, X_val, y_val):.3f}, test MSE {linear_mse(w, X_test, y_test):.3f}"
    )

    print("4) Validation MSE minus test MSE, averaged over 2000 new train/validation splits")
    chosen, fixed = selection_gap(2000, grid, 1.0, np.random.default_rng(190))
    for label, gap in [("lam chosen on validation", chosen), ("lam = 1 fixed in advance", fixed)]:
        stderr = gap.std() / np.sqrt(len(gap))
        print(f"  {label}: {gap.mean():+.3f} (standard error {stderr:.3f})")


if __name__ == "__main__":
    main()
