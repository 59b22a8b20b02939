"""Cosine similarity, and skip-gram with negative sampling trained on a toy corpus."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softplus(z):
    """Softplus ``log(1 + exp(z))`` of ``z`` (any shape), without overflow for large z."""
    return np.logaddexp(0.0, z)


def cosine_similarity(a, b):
    """Cosine of the angle between vectors ``a`` and ``b`` (d,), in [-1, 1]."""
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def sgns_loss(v, u_pos, U_neg):
    """Skip-gram negative-sampling loss of centre vector v (d,), context u_pos (d,), negatives (k, d).

    -log sigmoid(u_pos . v) - sum_k log sigmoid(-u_k . v), with -log sigmoid(x) = softplus(-x).
    """
    return float(softplus(-(u_pos @ v)) + np.sum(softplus(U_neg @ v)))


def sgns_grad(v, u_pos, U_neg):
    """Gradients ``(dv (d,), du_pos (d,), dU_neg (k, d))`` of `sgns_loss`."""
    e_pos = sigmoid(u_pos @ v) - 1.0  # in (-1, 0): pull the true pair together
    e_neg = sigmoid(U_neg @ v)  # (k,), in (0, 1): push each negative away
    return e_pos * u_pos + e_neg @ U_neg, e_pos * v, np.outer(e_neg, v)


def skipgram_pairs(sentences, index, window=2):
    """All (centre id, context id) pairs within ``window`` words, as an (m, 2) int array."""
    pairs = []
    for sentence in sentences:
        ids = [index[w] for w in sentence.split()]
        for i, c in enumerate(ids):
            for j in range(max(0, i - window), min(len(ids), i + window + 1)):
                if j != i:
                    pairs.append((c, ids[j]))
    return np.array(pairs)


def train_sgns(pairs, vocab_size, d, k, noise, epochs, lr, rng):
    """SGD on `sgns_loss` over ``pairs``; returns the input vectors W (V, d) and output vectors C."""
    W = rng.normal(0.0, 0.5, (vocab_size, d))  # centre-word ("input") embeddings
    C = rng.normal(0.0, 0.5, (vocab_size, d))  # context-word ("output") embeddings
    for _ in range(epochs):
        for c, o in pairs[rng.permutation(len(pairs))]:
            neg = rng.choice(vocab_size, size=k, p=noise)
            dv, du, dU = sgns_grad(W[c], C[o], C[neg])
            W[c] -= lr * dv  # only the rows of this example change
            C[o] -= lr * du
            np.add.at(C, neg, -lr * dU)  # a negative drawn twice is updated twice
    return W, C


def main():
    print("Part 1: cosine similarity ignores length, the dot product does not")
    a, b = np.array([1.0, 2.0, 0.0]), np.array([2.0, 4.0, 0.0])
    c = np.array([0.0, 1.0, 3.0])
    print(f"  a=[1,2,0], b=2a: dot {a @ b:.1f}, cosine {cosine_similarity(a, b):.3f}")
    print(f"  a, c=[0,1,3]:    dot {a @ c:.1f}, cosine {cosine_similarity(a, c):.3f}")

    print("\nPart 2: the negative-sampling loss and its gradient")
    rng = np.random.default_rng(29)
    v, u, U = rng.normal(size=4), rng.normal(size=4), rng.normal(size=(3, 4))
    print(f"  loss {sgns_loss(v, u, U):.4f} with 3 negatives")
    dv, du, dU = sgns_grad(v, u, U)
    h = 1e-6
    num = [(sgns_loss(v + h * e, u, U) - sgns_loss(v - h * e, u, U)) / (2 * h) for e in np.eye(4)]
    print("  dL/dv analytic:", np.array2string(dv, precision=4, floatmode="fixed"))
    print("  dL/dv numeric: ", np.array2string(np.array(num), precision=4, floatmode="fixed"))

    print("\nPart 3: skip-gram on sentences where cat/dog and car/bus share contexts")
    sentences = [
        f"the {x} {verb} the {obj}"
        for x, verb, obj in [
            ("cat", "ate", "fish"), ("dog", "ate", "meat"), ("cat", "chased", "mouse"),
            ("dog", "chased", "ball"), ("car", "needs", "fuel"), ("bus", "needs", "fuel"),
            ("car", "drove", "road"), ("bus", "drove", "road"), ("cat", "sat", "mat"),
            ("dog", "sat", "mat"), ("car", "hit", "wall"), ("bus", "hit", "wall"),
        ]
    ]  # fmt: skip
    vocab = sorted({w for s in sentences for w in s.split()})
    index = {w: i for i, w in enumerate(vocab)}
    pairs = skipgram_pairs(sentences, index)
    counts = np.bincount(pairs[:, 1], minlength=len(vocab)).astype(float)
    noise = counts**0.75 / np.sum(counts**0.75)  # unigram counts to the power 3/4
    print(f"  {len(vocab)} words, {len(pairs)} (centre, context) pairs in a window of 2")
    print("  3 negatives per pair, drawn with probability proportional to count**0.75")
    rng = np.random.default_rng(0)
    W0 = rng.normal(0.0, 0.5, (len(vocab), 8))  # the same draw train_sgns starts from
    W, _ = train_sgns(pairs, len(vocab), 8, 3, noise, 200, 0.05, np.random.default_rng(0))
    print("  cosine similarity      before   after training")
    for p, q in [("cat", "dog"), ("car", "bus"), ("cat", "car"), ("dog", "bus")]:
        before = cosine_similarity(W0[index[p]], W0[index[q]])
        after = cosine_similarity(W[index[p]], W[index[q]])
        print(f"  {p + ' / ' + q:<20} {before:8.2f} {after:8.2f}")


if __name__ == "__main__":
    main()
