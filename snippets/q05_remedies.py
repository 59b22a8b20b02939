"""Three remedies for an overfitting model, measured on data the model never saw.

The model is a degree-15 polynomial (16 coefficients) fitted to 20 noisy points, so it fits much
of the noise. Each
remedy's one knob (the L2 strength, the stopping step) is chosen on a validation set; the test
set is used once, to report. More training data, the third remedy, needs no knob.
"""

import numpy as np

NOISE_SD = 0.3
DEGREE = 15


def make_data(rng, n):
    """``n`` points ``x ~ U[-1, 1]``, ``y = sin(pi x) + N(0, 0.3^2)``; two arrays of shape (n,)."""
    x = rng.uniform(-1.0, 1.0, size=n)
    return x, np.sin(np.pi * x) + rng.normal(0.0, NOISE_SD, size=n)


def features(x, degree=DEGREE):
    """Legendre features, shape ``(n, degree + 1)``."""
    return np.polynomial.legendre.legvander(x, degree)


def rmse(y_hat, y):
    """Root-mean-square error between two arrays of shape (n,)."""
    return float(np.sqrt(np.mean((y_hat - y) ** 2)))


def ridge_fit(phi, y, lam):
    """Minimise ``||phi w - y||^2 / n + lam ||w||^2`` (L2-regularised least squares).

    Parameters
    ----------
    phi : ndarray, shape (n, p)
    y : ndarray, shape (n,)
    lam : float
        L2 strength, ``>= 0``.

    Returns
    -------
    ndarray, shape (p,)

    Examples
    --------
    >>> phi = np.eye(2)
    >>> ridge_fit(phi, np.array([1.0, 2.0]), 0.0).round(6).tolist()
    [1.0, 2.0]
    """
    n, p = phi.shape
    a = np.vstack([phi / np.sqrt(n), np.sqrt(lam) * np.eye(p)])
    b = np.concatenate([y / np.sqrt(n), np.zeros(p)])
    w, *_ = np.linalg.lstsq(a, b, rcond=None)
    return w


def mse_grad(w, phi, y):
    """Gradient of the mean squared error ``mean((phi w - y)^2)`` with respect to ``w``.

    Parameters
    ----------
    w : ndarray, shape (p,)
    phi : ndarray, shape (n, p)
    y : ndarray, shape (n,)

    Returns
    -------
    ndarray, shape (p,)
        ``2 phi^T (phi w - y) / n``.
    """
    return 2.0 * phi.T @ (phi @ w - y) / len(y)


def gradient_descent_path(phi, y, steps):
    """Plain gradient descent on the MSE from ``w = 0``, step ``1 / L`` (L: the curvature bound).

    Returns
    -------
    ndarray, shape (steps + 1, p)
        The weights after 0, 1, …, ``steps`` steps.
    """
    lipschitz = 2.0 * np.linalg.eigvalsh(phi.T @ phi / len(y)).max()
    w = np.zeros(phi.shape[1])
    path = [w]
    for _ in range(steps):
        w = w - mse_grad(w, phi, y) / lipschitz
        path.append(w)
    return np.array(path)


def main():
    rng = np.random.default_rng(5)
    x_tr, y_tr = make_data(rng, 20)
    x_va, y_va = make_data(rng, 50)
    x_te, y_te = make_data(rng, 5000)
    p_tr, p_va, p_te = features(x_tr), features(x_va), features(x_te)

    w_plain = ridge_fit(p_tr, y_tr, 0.0)
    print(f"degree-{DEGREE} polynomial, 20 training points, no remedy:")
    print(
        f"  train RMSE {rmse(p_tr @ w_plain, y_tr):.3f}   test RMSE {rmse(p_te @ w_plain, y_te):.3f}"
    )

    print("\n1. L2 regularisation (weight decay): pick lambda on the validation set")
    print("  lambda    train RMSE  val RMSE  |w|")
    lams = 10.0 ** np.arange(-8, 1)
    vals = []
    for lam in lams:
        w = ridge_fit(p_tr, y_tr, lam)
        vals.append(rmse(p_va @ w, y_va))
        print(
            f"  {lam:8.0e}  {rmse(p_tr @ w, y_tr):10.3f}  {vals[-1]:8.3f}  {np.linalg.norm(w):6.2f}"
        )
    lam_best = lams[int(np.argmin(vals))]
    w_ridge = ridge_fit(p_tr, y_tr, lam_best)

    print("\n2. Early stopping: gradient descent from w = 0, keep the step with the best val RMSE")
    path = gradient_descent_path(p_tr, y_tr, 20000)
    val_curve = np.sqrt(np.mean((path @ p_va.T - y_va) ** 2, axis=1))
    train_curve = np.sqrt(np.mean((path @ p_tr.T - y_tr) ** 2, axis=1))
    best_step = int(np.argmin(val_curve))
    print("  step     train RMSE  val RMSE")
    for step in sorted({10, 100, best_step, 2000, 20000}):
        mark = "  <- stop here" if step == best_step else ""
        print(f"  {step:5d}  {train_curve[step]:12.3f}  {val_curve[step]:8.3f}{mark}")
    w_early = path[best_step]

    print("\n3. More training data (same degree-15 model, no regularisation)")
    print("  n train  train RMSE  test RMSE")
    x_more, y_more = make_data(rng, 1260)
    x_all, y_all = np.concatenate([x_tr, x_more]), np.concatenate([y_tr, y_more])
    for n in (20, 40, 80, 320, 1280):
        p_n, y_n = features(x_all[:n]), y_all[:n]
        w = ridge_fit(p_n, y_n, 0.0)
        print(f"  {n:7d}  {rmse(p_n @ w, y_n):10.3f}  {rmse(p_te @ w, y_te):9.3f}")

    print("\nTest RMSE on 5000 unseen points (noise floor 0.300):")
    for label, w in (
        ("no remedy", w_plain),
        (f"L2, lambda = {lam_best:.0e}", w_ridge),
        (f"early stopping at step {best_step}", w_early),
    ):
        print(f"  {label:<30s} {rmse(p_te @ w, y_te):.3f}")


if __name__ == "__main__":
    main()
