"""The tuning loop: train each candidate, choose on validation data, report on test data once."""

import numpy as np


def ridge_fit(X, y, lam):
    """Minimiser (d,) of ``mean((X w - y)**2) + lam * ||w||**2`` for X (n, d), y (n,)."""
    n, d = X.shape
    return np.linalg.solve(X.T @ X / n + lam * np.eye(d), X.T @ y / n)


def linear_mse(w, X, y):
    """Mean squared error of the linear model ``X @ w``; returns a float."""
    return float(np.mean((X @ w - y) ** 2))


rng = np.random.default_rng(19)
d = 30
w_true = rng.normal(size=d) / np.sqrt(d)
splits = {}
for name, n in [("train", 40), ("val", 40), ("test", 5000)]:
    X = rng.normal(size=(n, d))
    splits[name] = (X, X @ w_true + rng.normal(size=n))  # label noise variance 1

# Random search on a log scale: 20 candidates for the weight-decay strength lam.
candidates = 10.0 ** rng.uniform(-4, 2, size=20)
results = []
for lam in candidates:
    w = ridge_fit(*splits["train"], lam)  # the inner loop learns the parameters w
    results.append((lam, linear_mse(w, *splits["train"]), linear_mse(w, *splits["val"]), w))

for rule, column in [("training error", 1), ("validation error", 2)]:
    lam, train, val, w = min(results, key=lambda r: r[column])
    test = linear_mse(w, *splits["test"])  # looked at once, after the choice
    print(
        f"chosen by {rule:<16}: lam = {lam:8.2e}  train {train:.3f}  val {val:.3f}  test {test:.3f}"
    )
