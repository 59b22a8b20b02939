"""Bias² and variance of the capacity table's fits, and why training error sits below the noise."""

import numpy as np
from numpy.polynomial import legendre

NOISE_SD, N_TRAIN, N_SETS = 0.3, 20, 1000


def true_function(x):
    """The curve the data come from, ``sin(pi x)``; any shape."""
    return np.sin(np.pi * x)


def fit_predict(x_tr, y_tr, degree, x):
    """Least-squares Legendre fits to each row of y_tr (sets, n), evaluated at x (m,); (sets, m)."""
    coef = legendre.legfit(x_tr, y_tr.T, degree)  # shape (degree + 1, sets)
    return (legendre.legvander(x, degree) @ coef).T


def ridge_predict(x_tr, y_tr, degree, lam, x):
    """Minimiser of ``mean((fit - y)²) + lam |coef|²`` per row of y_tr (sets, n), at x; (sets, m)."""
    phi = legendre.legvander(x_tr, degree)
    a = phi.T @ phi / len(x_tr) + lam * np.eye(degree + 1)
    coef = np.linalg.solve(a, phi.T @ y_tr.T / len(x_tr))  # shape (degree + 1, sets)
    return (legendre.legvander(x, degree) @ coef).T


def main():
    # Exactly the data of the capacity table (same seed, same order of draws).
    rng = np.random.default_rng(0)
    x_tr = np.linspace(-1.0, 1.0, N_TRAIN)
    y_tr = true_function(x_tr) + rng.normal(0.0, NOISE_SD, (N_SETS, N_TRAIN))
    x_va = rng.uniform(-1.0, 1.0, 2000)
    y_va = true_function(x_va) + rng.normal(0.0, NOISE_SD, 2000)

    print("1. Validation MSE = bias² + variance + noise (means over 1000 training sets)")
    print("degree      bias²  variance  bias²+var+σ²  val MSE  single sets (10%-90%)")
    cases = [(d, 0.0) for d in (1, 3, 5, 9, 13, 15)] + [(15, 1e-2)]
    for d, lam in cases:
        preds = ridge_predict(x_tr, y_tr, d, lam, x_va)  # shape (1000, 2000)
        # The fit is linear in y: the average fit is the fit to the noise-free curve.
        mean_pred = ridge_predict(x_tr, true_function(x_tr)[None, :], d, lam, x_va)[0]
        b2 = np.mean((mean_pred - true_function(x_va)) ** 2)
        var = np.mean((preds - mean_pred) ** 2)
        per_set = np.mean((preds - y_va) ** 2, axis=1)
        lo, hi = np.quantile(per_set, [0.1, 0.9])
        name = f"{d}, L2 {lam:.0e}" if lam else f"{d}"
        print(
            f"{name:>12s}  {b2 + 0.0:6.4f}  {var:8.4f}  {b2 + var + NOISE_SD**2:12.4f}  "
            f"{per_set.mean():7.4f}  {lo:.3f} to {hi:.3f}"
        )

    print("\n2. Training MSE: the true curve scores the noise, flexible fits score less")
    truth = np.mean((true_function(x_tr) - y_tr) ** 2, axis=1)
    print(f"true curve: mean {truth.mean():.4f}  (expected {NOISE_SD**2:.4f})")
    print("degree  params p  train MSE  sigma²(n - p)/n")
    for d in (3, 5, 9, 13, 15):
        preds = fit_predict(x_tr, y_tr, d, x_tr)
        train = np.mean((preds - y_tr) ** 2)
        p = d + 1
        print(f"{d:6d}  {p:8d}  {train:9.4f}  {NOISE_SD**2 * (N_TRAIN - p) / N_TRAIN:15.4f}")

    print("\n3. Random training inputs instead of the grid (400 sets, fresh x in each)")
    x_rand = rng.uniform(-1.0, 1.0, (400, N_TRAIN))
    y_rand = true_function(x_rand) + rng.normal(0.0, NOISE_SD, (400, N_TRAIN))
    print("degree  median val MSE  on the grid  share of fits with val MSE > 1, > 100")
    grid = {
        d: np.median(np.mean((fit_predict(x_tr, y_tr, d, x_va) - y_va) ** 2, axis=1))
        for d in (3, 9, 15)
    }
    for d in (3, 9, 15):
        val = np.array(
            [
                np.mean((legendre.legval(x_va, legendre.legfit(x, y, d)) - y_va) ** 2)
                for x, y in zip(x_rand, y_rand, strict=True)
            ]
        )
        print(
            f"{d:6d}  {np.median(val):14.3g}  {grid[d]:11.3g}  {np.mean(val > 1):10.0%}, {np.mean(val > 100):.0%}"
        )


if __name__ == "__main__":
    main()
