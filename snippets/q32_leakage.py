"""Leakage: a threshold tuned on the test set, and features selected before the split, inflate scores."""

import math

import numpy as np


def f1_at(y, s, t):
    """F1 of the predictions ``s >= t`` for labels ``y`` (n,) in {0, 1}."""
    p = s >= t
    tp = np.sum(p & (y == 1))
    return 2 * tp / max(np.sum(p) + np.sum(y), 1)


def best_threshold(y, s):
    """Threshold among the scores ``s`` (n,) that maximises F1 on (``y``, ``s``)."""
    order = np.argsort(-s)  # predicting the top k positive, for k = 1..n
    f1 = 2 * np.cumsum(y[order]) / (np.arange(1, len(s) + 1) + np.sum(y))
    return s[order][np.argmax(f1)]


def true_f1(t, prevalence=0.1):
    """Population F1 of threshold ``t`` when scores are N(2, 1) for positives, N(0, 1) otherwise."""
    recall = 0.5 * math.erfc((t - 2.0) / math.sqrt(2.0))
    fpr = 0.5 * math.erfc(t / math.sqrt(2.0))
    tp, fp = prevalence * recall, (1 - prevalence) * fpr
    return 2 * tp / (tp + fp + prevalence)


def draw(rng, n, prevalence=0.1):
    """Labels (n,) with the given share of positives, and scores: N(2, 1) if positive, N(0, 1) if not."""
    y = (rng.random(n) < prevalence).astype(int)
    return y, rng.normal(2.0 * y, 1.0)


def nearest_centroid_accuracy(X_tr, y_tr, X_te, y_te):
    """Test accuracy of assigning each row of ``X_te`` (m, d) to the nearer class mean of ``X_tr``."""
    c0, c1 = X_tr[y_tr == 0].mean(axis=0), X_tr[y_tr == 1].mean(axis=0)
    pred = np.sum((X_te - c1) ** 2, axis=1) < np.sum((X_te - c0) ** 2, axis=1)
    return np.mean(pred == (y_te == 1))


def top_features(X, y, k):
    """Indices of the ``k`` columns of ``X`` (n, d) whose class means differ most."""
    gap = np.abs(X[y == 1].mean(axis=0) - X[y == 0].mean(axis=0))
    return np.argsort(gap)[-k:]


def main():
    rng = np.random.default_rng(0)
    print("1. F1-best threshold on 300 examples (about 30 positive), 400 repetitions")
    reported = {"tuned on test": [], "tuned on validation": []}
    truth = {"tuned on test": [], "tuned on validation": []}
    for _ in range(400):
        y_val, s_val = draw(rng, 300)
        y_test, s_test = draw(rng, 300)
        for name, t in [
            ("tuned on test", best_threshold(y_test, s_test)),
            ("tuned on validation", best_threshold(y_val, s_val)),
        ]:
            reported[name].append(f1_at(y_test, s_test, t))
            truth[name].append(true_f1(t))
    print("threshold            mean test F1 reported   mean F1 on new data")
    for name in reported:
        print(
            f"{name:<21}  {np.mean(reported[name]):.3f}                   {np.mean(truth[name]):.3f}"
        )
    print(
        f"best possible threshold:                      {max(true_f1(t / 1000) for t in range(3000)):.3f}"
    )

    print(
        "\n2. Pure noise: 2000 features, labels independent of them, 100 examples, 50 repetitions"
    )
    acc = {"selected on all 100 examples": [], "selected on training half only": []}
    for _ in range(50):
        X, y = rng.normal(size=(100, 2000)), np.repeat([0, 1], 50)
        y = y[rng.permutation(100)]
        tr, te = np.arange(50), np.arange(50, 100)
        for name, rows in [
            ("selected on all 100 examples", np.arange(100)),
            ("selected on training half only", tr),
        ]:
            cols = top_features(X[rows], y[rows], 20)
            acc[name].append(
                nearest_centroid_accuracy(X[tr][:, cols], y[tr], X[te][:, cols], y[te])
            )
    print("20 features                      mean test accuracy   (chance: 0.5)")
    for name, a in acc.items():
        print(f"{name:<32} {np.mean(a):.3f}")


if __name__ == "__main__":
    main()
