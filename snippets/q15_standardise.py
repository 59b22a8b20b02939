"""Standardise with training-split statistics, then reuse them unchanged."""

import numpy as np


def standardise_fit(X):
    """Per-column ``(mean, std)``, each of shape (d,), of training data ``X`` (n, d)."""
    return X.mean(axis=0), X.std(axis=0)


def standardise_apply(X, mean, std):
    """Standardise ``X`` (n, d) with statistics ``mean``, ``std`` (d,) from `standardise_fit`."""
    # Dividing a constant column by its std of 0 would give nan; its centred values are all 0.
    return (X - mean) / np.where(std > 0, std, 1.0)


def show(a):
    """Array with 2 decimals, -0.00 printed as 0.00."""
    return np.array2string(np.round(a, 2) + 0.0, precision=2, floatmode="fixed")


if __name__ == "__main__":
    rng = np.random.default_rng(15)
    n = 1000  # columns: age in years, a score around 60, a rate in [0, 1]
    X = np.stack([rng.normal(40, 12, n), rng.normal(60, 15, n), rng.uniform(0, 1, n)], 1)
    X_train, X_val, X_test = np.split(X, [600, 800])

    mean, std = standardise_fit(X_train)  # training split only, then frozen
    print(f"training mean {show(mean)}  std {show(std)}")
    for name, part in [("train", X_train), ("validation", X_val), ("test", X_test)]:
        Z = standardise_apply(part, mean, std)
        print(f"{name:<10}  mean {show(Z.mean(axis=0))}  std {show(Z.std(axis=0))}")

    new = np.array([[52.0, 71.0, 0.9]])  # a production example: the same statistics
    print(f"new example {show(new[0])} -> {show(standardise_apply(new, mean, std)[0])}")

    Z_train = standardise_apply(X_train, mean, std)
    for name, Z in [("raw", X_train), ("standardised", Z_train)]:
        A = np.hstack([np.ones((len(Z), 1)), Z])  # least squares with an intercept
        print(f"cond(A^T A), {name} features: {np.linalg.cond(A.T @ A):.3g}")
