"""Where preprocessing statistics come from decides what a test accuracy means."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def binary_cross_entropy_with_logits_grad(z, y):
    """Gradient ``(sigmoid(z) - y) / n`` of the mean binary cross-entropy, for ``z`` (any shape)."""
    return (sigmoid(z) - y) / np.size(z)


def standardise_fit(X):
    """Per-column ``(mean, std)``, each of shape (d,), of training data ``X`` (n, d)."""
    return X.mean(axis=0), X.std(axis=0)


def standardise_apply(X, mean, std):
    """Standardise ``X`` (n, d) with statistics ``mean``, ``std`` (d,) from `standardise_fit`."""
    # Dividing a constant column by its std of 0 would give nan; its centred values are all 0.
    return (X - mean) / np.where(std > 0, std, 1.0)


def sample_period(rng, n, drift=0.0):
    """Features X (n, 2) in their own units, labels y (n,); ``drift`` is added to feature 0 after
    the labels are drawn (a miscalibrated sensor, not a change in the world)."""
    x0, x1 = rng.normal(45, 12, n), rng.normal(50, 15, n)
    y = (0.15 * (x0 - 45) - 0.12 * (x1 - 50) + rng.logistic(size=n) > 0).astype(float)
    return np.stack([x0 + drift, x1], axis=1), y


def fit(Z, y, steps=2000, lr=0.5):
    """Logistic regression with an intercept on Z (n, d) by gradient descent: weights (d + 1,)."""
    A = np.hstack([np.ones((len(Z), 1)), Z])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        w -= lr * A.T @ binary_cross_entropy_with_logits_grad(A @ w, y)
    return w


def accuracy(w, Z, y):
    """Percentage of rows of Z (n, d) that the weights w (d + 1,) classify correctly."""
    pred = (np.hstack([np.ones((len(Z), 1)), Z]) @ w > 0).astype(float)
    return 100 * np.mean(pred == y)


def top_correlated(X, y, k):
    """Indices of the k columns of X (n, d) most correlated (in absolute value) with y (n,)."""
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    corr = Xc.T @ yc / (np.linalg.norm(Xc, axis=0) * np.linalg.norm(yc))
    return np.argsort(-np.abs(corr))[:k]


def main():
    rng = np.random.default_rng(5)
    X_train, y_train = sample_period(rng, 400)
    X_test, y_test = sample_period(rng, 400, drift=8.0)  # the sensor reads 8 units too high

    mean, std = standardise_fit(X_train)  # the right way: training split only
    w = fit(standardise_apply(X_train, mean, std), y_train)
    pooled_mean, pooled_std = standardise_fit(np.vstack([X_train, X_test]))  # leak
    w_pooled = fit(standardise_apply(X_train, pooled_mean, pooled_std), y_train)
    no_drift = X_test - np.array([8.0, 0.0])  # the same examples, sensor not drifted
    rows = [
        ("test without the drift (reference)", w, standardise_apply(no_drift, mean, std)),
        ("training statistics (what production sees)", w, standardise_apply(X_test, mean, std)),
        ("the test set's own statistics", w, standardise_apply(X_test, *standardise_fit(X_test))),
        ("train and test pooled", w_pooled, standardise_apply(X_test, pooled_mean, pooled_std)),
    ]
    print("1. Scaler statistics; feature 0 reads 8 units too high in the test period")
    for name, weights, Z in rows:
        print(f"   {name:<46} {accuracy(weights, Z, y_test):6.2f}%")
    batches = [(X_test[i : i + 10], y_test[i : i + 10]) for i in range(0, 400, 10)]
    batched = [accuracy(w, standardise_apply(B, *standardise_fit(B)), b) for B, b in batches]
    print(f"   {'each batch of 10 on its own statistics':<46} {np.mean(batched):6.2f}%")

    # A preprocessing step that looks at the labels: feature selection.
    print("2. Keep the 20 of 2,000 pure-noise features most correlated with random labels")
    print("   (train on 100 examples, test on 100 others; the true accuracy is 50%)")
    X, y = rng.normal(size=(200, 2000)), rng.integers(0, 2, 200).astype(float)
    train, test = slice(0, 100), slice(100, 200)
    for name, rows in [
        ("selected on all 200 examples (leak)", slice(0, 200)),
        ("selected on the training split", train),
    ]:
        cols = top_correlated(X[rows], y[rows], 20)
        mean, std = standardise_fit(X[train][:, cols])
        w = fit(standardise_apply(X[train][:, cols], mean, std), y[train])
        acc = accuracy(w, standardise_apply(X[test][:, cols], mean, std), y[test])
        print(f"   {name:<46} {acc:6.2f}%")


if __name__ == "__main__":
    main()
