"""Reliability bins, expected calibration error, and temperature scaling fitted on validation data."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def binary_cross_entropy_with_logits(z, y):
    """Mean binary cross-entropy of logits ``z`` and labels ``y`` in {0, 1} (same shape), a float."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # log(1 + e^z) without overflow


def reliability_bins(p, y, n_bins=10):
    """Per equal-width bin of ``p`` (n,): counts, mean predicted probability, fraction positive."""
    b = np.minimum((p * n_bins).astype(int), n_bins - 1)
    count = np.bincount(b, minlength=n_bins)
    safe = np.maximum(count, 1)
    mean_p = np.bincount(b, weights=p, minlength=n_bins) / safe
    frac_pos = np.bincount(b, weights=y, minlength=n_bins) / safe
    return count, mean_p, frac_pos


def expected_calibration_error(p, y, n_bins=10):
    """ECE: the count-weighted mean of |fraction positive - mean probability| over the bins."""
    count, mean_p, frac_pos = reliability_bins(p, y, n_bins)
    return float(np.sum(count * np.abs(frac_pos - mean_p)) / len(p))


def fit_temperature(z, y, lo=0.05, hi=20.0, steps=100):
    """Temperature T > 0 minimising the NLL of ``sigmoid(z / T)``, by golden-section search."""
    g = (np.sqrt(5.0) - 1.0) / 2.0  # the NLL is convex in 1/T, so it has one minimum in T
    for _ in range(steps):
        a, b = hi - g * (hi - lo), lo + g * (hi - lo)
        if binary_cross_entropy_with_logits(z / a, y) < binary_cross_entropy_with_logits(z / b, y):
            hi = b
        else:
            lo = a
    return (lo + hi) / 2.0


def roc_auc(y, s):
    """P(random positive scores above random negative), by ranks (Mann-Whitney), no ties in ``s``."""
    rank = np.argsort(np.argsort(s)) + 1.0  # 1 = lowest score
    n1, n0 = np.sum(y == 1), np.sum(y == 0)
    return (np.sum(rank[y == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)


def make_split(rng, n):
    """True logits ``a`` (n,), labels drawn from sigmoid(a), and an overconfident model's logits."""
    a = rng.normal(0.0, 1.5, n)
    y = (rng.random(n) < sigmoid(a)).astype(int)
    z = 3.0 * (a + rng.normal(0.0, 0.3, n))  # right ranking, logits three times too large
    return a, y, z


def main():
    rng = np.random.default_rng(0)
    _, y_val, z_val = make_split(rng, 2000)
    a, y, z = make_split(rng, 10_000)
    T = fit_temperature(z_val, y_val)
    print(f"temperature fitted on 2000 validation examples: T = {T:.3f}")
    print("\nreliability bins on 10,000 test examples: mean predicted p, fraction positive")
    print("bin          before: n   mean p  frac+     after: n   mean p  frac+")
    before, after = reliability_bins(sigmoid(z), y), reliability_bins(sigmoid(z / T), y)
    for k in range(10):
        row = [f"{c[k]:>5}   {m[k]:.3f}  {f[k]:.3f}" for c, m, f in (before, after)]
        print(f"[{k / 10:.1f}, {(k + 1) / 10:.1f})    {row[0]}        {row[1]}")
    print("\n                      before   after  (true probabilities)")
    rows = [
        ("ECE, 10 bins", expected_calibration_error, lambda v: sigmoid(v)),
        ("NLL", lambda q, t: binary_cross_entropy_with_logits(q, t), lambda v: v),
        ("accuracy at p = 0.5", lambda q, t: np.mean((q >= 0.5) == t), lambda v: sigmoid(v)),
        ("ROC-AUC", lambda q, t: roc_auc(t, q), lambda v: v),
    ]
    for name, metric, view in rows:
        vals = [metric(view(v), y) for v in (z, z / T, a)]
        print(f"{name:<20}  {vals[0]:.4f}  {vals[1]:.4f}  {vals[2]:.4f}")


if __name__ == "__main__":
    main()
