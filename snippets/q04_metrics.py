"""How three applications are judged: top-k accuracy, box IoU and word error rate, from scratch."""

import numpy as np


def top_k_accuracy(scores, labels, k):
    """Fraction of rows of ``scores`` (n, classes) whose ``k`` highest include ``labels`` (n,)."""
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]  # ties: the lower class index wins
    return float(np.mean(np.any(top == labels[:, None], axis=1)))


def box_iou(a, b):
    """IoU of boxes ``(x1, y1, x2, y2)`` of positive area; continuous coordinates (VOC adds 1 px)."""
    w, h = (max(0.0, min(a[i + 2], b[i + 2]) - max(a[i], b[i])) for i in (0, 1))  # overlap
    return w * h / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - w * h)


def word_error_rate(reference, hypothesis):
    """(substitutions + deletions + insertions) / words in a non-empty ``reference``."""
    r, h = reference.split(), hypothesis.split()
    d = np.add.outer(np.arange(len(r) + 1), np.arange(len(h) + 1))  # d[i, j]: edits r[:i] -> h[:j]
    for i in range(1, len(r) + 1):
        for j in range(1, len(h) + 1):
            substitute = d[i - 1, j - 1] + (r[i - 1] != h[j - 1])
            d[i, j] = min(d[i - 1, j] + 1, d[i, j - 1] + 1, substitute)
    return float(d[-1, -1] / len(r))


def main():
    scores = np.array([[0.1, 0.6, 0.3], [0.5, 0.2, 0.3], [0.2, 0.3, 0.5], [0.5, 0.3, 0.2]])
    top1, top2 = (top_k_accuracy(scores, np.array([1, 2, 2, 1]), k) for k in (1, 2))
    print(f"classification: top-1 {top1:.2f}, top-2 {top2:.2f}")
    hit, miss = (box_iou((0, 0, 10, 10), box) for box in ((1, 1, 11, 11), (5, 5, 15, 15)))
    print(f"detection: IoU {hit:.3f} (a hit at 0.5), {miss:.3f} (a miss)")
    wer, heard = word_error_rate("the cat sat on the mat", "the cat sit on mat"), "no no no"
    print(f"speech: WER {wer:.3f}; 'no' heard as '{heard}': {word_error_rate('no', heard):.3f}")


if __name__ == "__main__":
    main()
