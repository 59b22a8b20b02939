"""Normalisation statistics must come from the training split and be frozen; an evaluation that
computes them on the test data measures something production cannot reproduce.

A logistic regression is trained on standardised features. In the test period feature 1 reads 8
units too high (a recalibrated sensor), which hurts the model; the same test examples without the
offset give the reference accuracy. Standardising the test set with the training statistics
reports the drop, as production will see it. Standardising the test set with its own statistics
happens to undo the offset (test-time adaptation), but production sees one example at a time and
cannot compute them, and each prediction then depends on which other examples share the batch.
Fitting the scaler on train and test pooled is the classic leak: test data shape the training.
"""

import numpy as np


def sample_period(rng, n, drift=0.0):
    """Two features in their own units and a binary label; ``drift`` is added to feature 1 only
    after the label is drawn (a measurement error, not a change in the world).

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray, shape (n,), values 0.0 or 1.0
    """
    x1, x2 = rng.normal(45, 12, n), rng.normal(50, 15, n)
    logit = 0.15 * (x1 - 45) - 0.12 * (x2 - 50)
    y = (logit + rng.logistic(size=n) > 0).astype(float)
    return np.stack([x1 + drift, x2], axis=1), y


def standardise(X, mean, std):
    """``(X - mean) / std`` with statistics passed in, never computed here."""
    return (X - mean) / std


def logistic_loss(w, A, y):
    """Mean cross-entropy of ``sigmoid(A w)`` against labels y; w (p,), A (n, p), y (n,)."""
    z = A @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def logistic_loss_grad(w, A, y):
    """Gradient of `logistic_loss`: ``A^T (sigmoid(A w) - y) / n``, shape (p,)."""
    return A.T @ (1.0 / (1.0 + np.exp(-(A @ w))) - y) / len(y)


def fit(Z, y, steps=2000, lr=0.5):
    """Logistic regression with an intercept by full-batch gradient descent; weights (d + 1,)."""
    A = np.hstack([np.ones((len(Z), 1)), Z])
    w = np.zeros(A.shape[1])
    for _ in range(steps):
        w -= lr * logistic_loss_grad(w, A, y)
    return w


def predict(w, Z):
    """Class predictions (0.0 or 1.0) for standardised inputs Z (n, d)."""
    return (np.hstack([np.ones((len(Z), 1)), Z]) @ w > 0).astype(float)


def main():
    rng = np.random.default_rng(5)
    X_train, y_train = sample_period(rng, 400)
    X_test, y_test = sample_period(rng, 400, drift=8.0)
    X_test_no_drift = X_test - np.array([8.0, 0.0])  # the same examples, sensor not recalibrated

    mean, std = X_train.mean(axis=0), X_train.std(axis=0)  # fitted on the training split only
    w = fit(standardise(X_train, mean, std), y_train)

    def fmt(a):
        return np.array2string(a, precision=1, floatmode="fixed")

    def accuracy(pred, y=y_test):
        return f"{100 * np.mean(pred == y):6.2f}%"

    print("statistics available to standardise the test period (feature 1 drifted by +8):")
    print(f"  training split: mean {fmt(mean)}  std {fmt(std)}")
    print(f"  test split:     mean {fmt(X_test.mean(axis=0))}  std {fmt(X_test.std(axis=0))}")
    print()
    train_pred = predict(w, standardise(X_train, mean, std))
    print(f"training accuracy (in-sample):                      {accuracy(train_pred, y_train)}")
    reference = predict(w, standardise(X_test_no_drift, mean, std))
    print(f"test without the drift (reference):                 {accuracy(reference)}")
    honest = predict(w, standardise(X_test, mean, std))
    print(f"test, training statistics (what production sees):  {accuracy(honest)}")
    own = predict(w, standardise(X_test, X_test.mean(axis=0), X_test.std(axis=0)))
    print(
        f"test, the test set's own statistics:               {accuracy(own)}"
        "  <- production cannot do this"
    )
    batches = np.split(X_test, 40)  # the same 400 examples arriving 10 at a time
    in_batches = np.concatenate([predict(w, standardise(B, B.mean(0), B.std(0))) for B in batches])
    print(
        f"  same, statistics of batches of 10:               {accuracy(in_batches)}"
        f"  ({int(np.sum(in_batches != own))} of 400 predictions changed)"
    )

    pooled = np.vstack([X_train, X_test])  # scaler fitted before the split
    mean_p, std_p = pooled.mean(axis=0), pooled.std(axis=0)
    w_p = fit(standardise(X_train, mean_p, std_p), y_train)
    print(
        f"test, statistics pooled over train + test (leak):  "
        f"{accuracy(predict(w_p, standardise(X_test, mean_p, std_p)))}"
        "  <- no visible effect here"
    )


if __name__ == "__main__":
    main()
