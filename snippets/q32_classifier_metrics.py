"""Confusion matrix, precision, recall, F1, ROC-AUC and average precision under class imbalance."""

import numpy as np


def confusion(y, s, t):
    """Counts ``(tp, fp, fn, tn)`` of the predictions ``s >= t`` for labels ``y`` (n,) in {0, 1}."""
    p, y = s >= t, y == 1
    return int(np.sum(p & y)), int(np.sum(p & ~y)), int(np.sum(~p & y)), int(np.sum(~p & ~y))


def roc_auc(y, s):
    """P(random positive scores above random negative), by ranks (Mann-Whitney), no ties in ``s``."""
    rank = np.argsort(np.argsort(s)) + 1.0  # 1 = lowest score
    n1, n0 = np.sum(y == 1), np.sum(y == 0)
    return (np.sum(rank[y == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)


def average_precision(y, s):
    """Mean over the positives of the precision among all examples scored at least as high."""
    hit = y[np.argsort(-s)] == 1
    return np.mean(np.cumsum(hit)[hit] / (np.flatnonzero(hit) + 1.0))


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    pos, neg = rng.normal(2.0, 1.0, 1000), rng.normal(0.0, 1.0, 99_000)  # one model's scores
    print("1000 positives with scores N(2, 1), negatives N(0, 1); predict positive if score >= 1.0")
    print("set           neg   TP    FP   FN     TN  precision recall    F1  ROC-AUC    AP")
    for n_neg in [1000, 99_000]:  # balanced, then 1 % positives: same score distributions
        y = np.r_[np.ones(1000, dtype=int), np.zeros(n_neg, dtype=int)]
        s = np.r_[pos, neg[:n_neg]]
        tp, fp, fn, tn = confusion(y, s, t=1.0)
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        name = "balanced" if n_neg == 1000 else "imbalanced"
        print(
            f"{name:<10} {n_neg:>6} {tp:>4} {fp:>5} {fn:>4} {tn:>6}      {precision:.3f}  {recall:.3f} "
            f"{f1:.3f}    {roc_auc(y, s):.3f} {average_precision(y, s):.3f}"
        )
