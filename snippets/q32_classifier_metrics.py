"""Precision, recall, F1, ROC-AUC and average precision under class imbalance."""

import numpy as np


def confusion(y, s, t):
    """Counts (tp, fp, fn, tn) of ``s >= t`` against labels ``y`` (n,) in {0, 1}."""
    p, y = s >= t, y == 1
    return [int(np.sum(a & b)) for a, b in [(p, y), (p, ~y), (~p, y), (~p, ~y)]]


def roc_auc(y, s):
    """P(random positive outscores random negative), by ranks; ``s`` has no ties."""
    rank = np.argsort(np.argsort(s)) + 1.0  # 1 = lowest score
    n1, n0 = np.sum(y == 1), np.sum(y == 0)
    return (np.sum(rank[y == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)


def average_precision(y, s):
    """Mean over the positives of the precision at each positive's rank."""
    hit = y[np.argsort(-s)] == 1
    return np.mean(np.cumsum(hit)[hit] / (np.flatnonzero(hit) + 1.0))


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    pos, neg = rng.normal(2.0, 1.0, 1000), rng.normal(0.0, 1.0, 99_000)
    print("1000 positives scored N(2, 1), negatives N(0, 1); threshold 1.0")
    print("ratio   neg   TP    FP   FN    TN  prec. recall    F1 ROC-AUC    AP")
    for name, n_neg in [("1:1", 1000), ("1:99", 99_000)]:  # one model's scores
        y = np.r_[np.ones(1000, dtype=int), np.zeros(n_neg, dtype=int)]
        s = np.r_[pos, neg[:n_neg]]
        tp, fp, fn, tn = confusion(y, s, t=1.0)
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        auc, ap = roc_auc(y, s), average_precision(y, s)
        print(
            f"{name:<5} {n_neg:>5} {tp:>4} {fp:>5} {fn:>4} {tn:>5}",
            f" {precision:.3f}  {recall:.3f} {f1:.3f}   {auc:.3f} {ap:.3f}",
        )
