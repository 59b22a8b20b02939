"""Choose a threshold on validation data, report on test data with bootstrap confidence intervals."""

import numpy as np


def draw(rng, n, prevalence=0.1):
    """Labels (n,) with the given share of positives, and scores: N(2, 1) if positive, N(0, 1) if not."""
    y = (rng.random(n) < prevalence).astype(int)
    return y, rng.normal(2.0 * y, 1.0)


def counts(y, s, t):
    """True positives, false positives, false negatives of ``s >= t``; ``y`` (..., n), ``t`` scalar."""
    p = s >= t
    return np.sum(p & (y == 1), -1), np.sum(p & (y == 0), -1), np.sum(~p & (y == 1), -1)


def threshold_for_recall(y, s, target):
    """Largest threshold whose recall on (``y``, ``s``) is at least ``target``."""
    pos = np.sort(s[y == 1])[::-1]  # a threshold at the k-th highest positive keeps k positives
    return pos[int(np.ceil(target * len(pos))) - 1]


def threshold_for_cost(y, s, cost_fn, cost_fp):
    """Threshold among the scores that minimises cost_fn * FN + cost_fp * FP on (``y``, ``s``)."""
    cands = np.sort(s)
    cost = [cost_fn * counts(y, s, t)[2] + cost_fp * counts(y, s, t)[1] for t in cands]
    return cands[int(np.argmin(cost))]


def metrics(y, s, t, cost_fn, cost_fp):
    """Recall, precision and cost per example of ``s >= t``; works row-wise on (B, n) arrays."""
    tp, fp, fn = counts(y, s, t)
    return tp / (tp + fn), tp / np.maximum(tp + fp, 1), (cost_fn * fn + cost_fp * fp) / y.shape[-1]


def bootstrap_ci(y, s, t, rng, cost_fn, cost_fp, n_boot=2000):
    """95 % percentile intervals of (recall, precision, cost) over ``n_boot`` resamples of the test set."""
    idx = rng.integers(0, len(y), (n_boot, len(y)))  # each row: n draws with replacement
    vals = metrics(y[idx], s[idx], t, cost_fn, cost_fp)
    return [np.percentile(v, [2.5, 97.5]) for v in vals]


def main():
    rng = np.random.default_rng(0)
    y_val, s_val = draw(rng, 2000)
    y_test, s_test = draw(rng, 2000)
    cost_fn, cost_fp = 10.0, 1.0  # a missed positive costs ten false alarms
    rules = [
        ("recall >= 0.90", threshold_for_recall(y_val, s_val, 0.90)),
        ("min 10 FN + FP", threshold_for_cost(y_val, s_val, cost_fn, cost_fp)),
    ]
    n_pos = (int(np.sum(y_val)), int(np.sum(y_test)))
    print(
        f"validation: 2000 examples, {n_pos[0]} positive; test: 2000 examples, {n_pos[1]} positive"
    )
    print("rule chosen on validation  threshold  set         recall  precision  cost/example")
    for name, t in rules:
        for label, (y, s) in [("validation", (y_val, s_val)), ("test", (y_test, s_test))]:
            r, p, c = metrics(y, s, t, cost_fn, cost_fp)
            print(f"{name:<26}  {t:>8.3f}  {label:<10}   {r:.3f}      {p:.3f}         {c:.3f}")
    # With the true posterior sigmoid(2 s - 2 + log(0.1 / 0.9)), cost is least where p = 1 / 11.
    t_bayes = 1.0 + (np.log(1.0 / 10.0) - np.log(1.0 / 9.0)) / 2.0
    print(f"\ncost-optimal threshold from the true distributions (p = 1/11): {t_bayes:.3f}")
    print("\n95 % bootstrap intervals on the test set, 2000 resamples")
    for name, t in rules:
        ci = bootstrap_ci(y_test, s_test, t, rng, cost_fn, cost_fp)
        parts = [
            f"{k} [{lo:.3f}, {hi:.3f}]"
            for k, (lo, hi) in zip(["recall", "precision", "cost"], ci, strict=True)
        ]
        print(f"{name:<16}  " + "  ".join(parts))
    # Recall is a proportion over the positives alone: its interval narrows with their number.
    r = metrics(y_test, s_test, rules[0][1], cost_fn, cost_fp)[0]
    half = 1.96 * np.sqrt(r * (1.0 - r) / n_pos[1])
    print(
        f"normal approximation over the {n_pos[1]} positives: recall [{r - half:.3f}, {r + half:.3f}]"
    )
    y_small, s_small = y_test[:500], s_test[:500]
    lo, hi = bootstrap_ci(y_small, s_small, rules[0][1], rng, cost_fn, cost_fp)[0]
    print(
        f"recall >= 0.90 on the first 500 test examples only ({int(np.sum(y_small))} positive): "
        f"recall [{lo:.3f}, {hi:.3f}]"
    )


if __name__ == "__main__":
    main()
