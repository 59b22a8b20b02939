"""Next-token cross-entropy, perplexity, and greedy/temperature/top-k/top-p on one distribution."""

import numpy as np


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow."""
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def nucleus(p, top_p):
    """Indices of the smallest set of tokens, most probable first, whose mass reaches ``top_p``."""
    order = np.argsort(-p, kind="stable")
    return order[: np.searchsorted(np.cumsum(p[order]), top_p) + 1]


np.set_printoptions(precision=3, floatmode="fixed", suppress=True)
vocab = np.array(["the", "cat", "sat", "on", "mat", "."])
tokens = np.array([0, 1, 2, 3, 0, 4, 5])  # "the cat sat on the mat ."
logits = np.random.default_rng(31).normal(size=(6, 6))  # a model's output: (positions, vocabulary)
logits[np.arange(6), tokens[1:]] += 2.0  # a model that has learnt something
nll = -log_softmax(logits)[np.arange(6), tokens[1:]]  # position t is scored on token t + 1
ce = nll.mean()  # the training loss: mean cross-entropy over positions, in nats
print(f"loss per position {nll}: cross-entropy {ce:.4f}, perplexity exp(CE) {np.exp(ce):.4f}")

z = np.array([0.5, 1.5, -0.5, -1.5, 2.0, 1.0])  # next-token logits after "the cat sat on the"
for T in (0.5, 1.0, 2.0):
    print(f"temperature {T}: p =", softmax(z / T))
p, order = softmax(z), np.argsort(-z, kind="stable")  # order: most probable first
print(f"greedy keeps: {vocab[order[0]]}; top-k (k = 3) keeps: {' '.join(vocab[order[:3]])}")
kept = nucleus(p, 0.9)
print(f"top-p (p = 0.9) keeps: {' '.join(vocab[kept])} (mass {p[kept].sum():.3f})")
