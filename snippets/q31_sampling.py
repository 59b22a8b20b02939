"""Generating text from a bigram model learned by counting, greedily and at three temperatures.

Counting bigrams is the maximum-likelihood fit of a bigram model, the model that minimises the
next-token cross-entropy on its corpus. Generation then feeds each sampled token back as the next
input. Greedy decoding loops; a low temperature stays close to greedy; a high one wanders.
One sample per setting shows the text; the means over 1,000 seeds give the numbers to quote.
The unreliable tail here comes from the add-0.1 smoothing, which gives every unseen pair some
mass: after a word seen once it is about half the row, too much for top-p to cut.
"""

import numpy as np


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


CORPUS = """the cat sat on the mat . the dog sat on the rug . the cat saw the dog .
the dog ran to the cat . a cat sat on a dog . the mat was on the rug ."""


def fit_bigram(words, vocab, alpha=0.1):
    """Log-probabilities (V, V) of the next word given the current one, by add-alpha counting."""
    index = {w: i for i, w in enumerate(vocab)}
    counts = np.full((len(vocab), len(vocab)), alpha)
    for a, b in zip(words[:-1], words[1:], strict=True):
        counts[index[a], index[b]] += 1.0
    return np.log(counts / counts.sum(axis=1, keepdims=True))


def nucleus(p, top_p):
    """Indices of the smallest set of tokens, most probable first, whose mass reaches ``top_p``."""
    order = np.argsort(-p, kind="stable")
    return order[: np.searchsorted(np.cumsum(p[order]), top_p) + 1]


def generate(log_p, start, n, temperature, rng, top_p=1.0):
    """Token ids (n,) sampled one at a time from ``softmax(log_p[current] / T)``; T = 0 is greedy."""
    out, current = [], start
    for _ in range(n):
        if temperature == 0.0:
            current = int(np.argmax(log_p[current]))
        else:
            p = np.exp(log_softmax(log_p[current] / temperature))
            if top_p < 1.0:  # nucleus sampling: drop the tail, renormalise the rest
                kept = nucleus(p, top_p)
                p = np.zeros_like(p)
                p[kept] = np.exp(log_softmax(log_p[current][kept] / temperature))
            current = int(rng.choice(len(p), p=p))
        out.append(current)  # the sampled token becomes the next input
    return np.array(out)


def main():
    words = CORPUS.split()
    vocab = sorted(set(words))
    log_p = fit_bigram(words, vocab)
    ids = np.array([vocab.index(w) for w in words])
    ce = -log_p[ids[:-1], ids[1:]].mean()
    print(f"bigram model, {len(vocab)} words, fitted on {len(words)} tokens")
    print(f"training cross-entropy {ce:.4f} nats, perplexity {np.exp(ce):.4f}")

    seen = set(zip(ids[:-1].tolist(), ids[1:].tolist(), strict=True))
    start, n_seeds = vocab.index("the"), 1000
    print(f"14 tokens per text: one sample (seed 31), then the mean over seeds 0 to {n_seeds - 1}")
    for T, top_p in [(0.0, 1.0), (0.5, 1.0), (1.0, 1.0), (2.0, 1.0), (1.0, 0.9)]:
        nll, unseen = [], []
        for seed in [31, *range(n_seeds)]:  # the sample first
            out = generate(log_p, start, 14, T, np.random.default_rng(seed), top_p)
            prev = np.concatenate([[start], out[:-1]])
            nll.append(-log_p[prev, out].mean())
            unseen.append(sum((a, b) not in seen for a, b in zip(prev, out, strict=True)))
            if seed == 31:
                sample = " ".join(vocab[i] for i in out)
        label = "greedy" if T == 0.0 else f"T = {T}" + (f", top-p {top_p}" if top_p < 1.0 else "")
        print(f"{label}: the {sample}")
        print(
            f"   word pairs never seen in the corpus: {unseen[0]} of 14; mean {np.mean(unseen[1:]):.2f}"
            f" of 14, model NLL per token {np.mean(nll[1:]):.3f}"
        )

    unseen_mass = np.array(
        [
            sum(np.exp(row[b]) for b in range(len(vocab)) if (a, b) not in seen)
            for a, row in enumerate(log_p)
        ]
    )
    rare = ", ".join(f'"{vocab[a]}"' for a in np.flatnonzero(unseen_mass > 0.4))
    print(
        f"add-0.1 smoothing puts {unseen_mass.min():.2f} to {unseen_mass.max():.2f} of a row's mass "
        f"on unseen pairs; over 0.4 after {rare}"
    )


if __name__ == "__main__":
    main()
