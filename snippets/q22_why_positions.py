"""Why attention needs positions, and how each method supplies them.

1. Self-attention without positions is permutation-equivariant: "dog bites man" and "man bites
   dog" give the same outputs, reordered. Sinusoidal encodings or RoPE break the symmetry; so,
   partly, does a causal mask.
2. Sinusoidal encodings: PE[p + k] = M_k PE[p] for a matrix M_k that depends on k only.
3. Relative methods (Shaw et al.'s clipped offsets, RoPE, ALiBi) give the same attention
   weights when a sequence is moved to a later position; absolute sinusoidal encodings do not.
4. ALiBi's slopes for 8 heads, and how far back each head looks when contents are equal.
"""

import numpy as np


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow."""
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def causal_mask(n):
    """Causal mask (n, n) of booleans, True where query ``i`` may attend to key ``j`` (j <= i)."""
    return np.tril(np.ones((n, n), dtype=bool))


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Attention ``softmax(Q K^T / sqrt(d_k)) V`` for ``Q`` (n_q, d_k): ``(out, weights)``."""
    # Dividing by sqrt(d_k) keeps the scores' variance near 1, so softmax does not saturate.
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)  # exp(-inf) = 0: masked keys get weight 0
    weights = softmax(scores)
    return weights @ V, weights


def sinusoidal_encoding(positions, d):
    """Encodings (n, d) of integer ``positions`` (n,): sin in even, cos in odd dimensions."""
    angle = np.asarray(positions)[:, None] * 10000.0 ** (-np.arange(0, d, 2) / d)
    pe = np.zeros((len(positions), d))
    pe[:, 0::2], pe[:, 1::2] = np.sin(angle), np.cos(angle)
    return pe


def rope(x, p):
    """Rotate each pair (x[2i], x[2i+1]) of ``x`` (..., d) by angle p * theta_i, at position p."""
    d = x.shape[-1]
    angle = np.asarray(p)[..., None] * 10000.0 ** (-np.arange(0, d, 2) / d)
    cos, sin = np.cos(angle), np.sin(angle)
    out = np.empty_like(x)
    out[..., 0::2] = x[..., 0::2] * cos - x[..., 1::2] * sin
    out[..., 1::2] = x[..., 0::2] * sin + x[..., 1::2] * cos
    return out


def shaw_weights(Q, K, positions, A):
    """Weights (n, n) with Shaw et al.'s relative keys: q_i . (k_j + A[clip(j - i)]) / sqrt(d)."""
    r = (A.shape[0] - 1) // 2  # A (2r + 1, d): one learned vector per clipped offset
    offset = np.clip(positions[None, :] - positions[:, None], -r, r) + r
    scores = np.einsum("id,ijd->ij", Q, K[None, :, :] + A[offset]) / np.sqrt(Q.shape[-1])
    return softmax(scores)


def alibi_slopes(n_heads):
    """Slopes (n_heads,) of ALiBi for a power-of-two head count: ``2**(-8k/h)``, k = 1..h."""
    return 2.0 ** (-8.0 * np.arange(1, n_heads + 1) / n_heads)


def alibi_weights(Q, K, positions, slope):
    """Causal weights (n, n) with ALiBi: scores q_i . k_j / sqrt(d) - slope * (i - j)."""
    distance = positions[:, None] - positions[None, :]
    scores = Q @ K.T / np.sqrt(Q.shape[-1]) - slope * distance
    return softmax(np.where(distance >= 0, scores, -np.inf))


def self_attention(X, W, mask=None, pe=None, positions=None):
    """Outputs (n, d) of one self-attention head; ``pe`` added to X, or RoPE at ``positions``."""
    X = X if pe is None else X + pe
    Q, K, V = X @ W[0], X @ W[1], X @ W[2]
    if positions is not None:
        Q, K = rope(Q, positions), rope(K, positions)
    return scaled_dot_product_attention(Q, K, V, mask)[0]


def main():
    rng = np.random.default_rng(22)
    d = 8
    W = rng.normal(0.0, d**-0.5, (3, d, d))
    vocab = {w: rng.normal(size=d) for w in ("dog", "bites", "man")}
    a = np.array([vocab[w] for w in ("dog", "bites", "man")])
    b = np.array([vocab[w] for w in ("man", "bites", "dog")])  # b = P a, P swaps rows 0 and 2
    pos = np.arange(3)

    print("1. 'dog bites man' vs 'man bites dog': outputs of b equal the reordered outputs of a?")
    cases = {
        "no positions": {},
        "sinusoidal encodings added": {"pe": sinusoidal_encoding(pos, d)},
        "RoPE on queries and keys": {"positions": pos},
        "no positions, causal mask": {"mask": causal_mask(3)},
    }
    for name, kw in cases.items():
        same = np.allclose(self_attention(b, W, **kw), self_attention(a, W, **kw)[::-1])
        print(f"   {name:<28} {same}")

    print("2. sinusoidal: PE[p + k] = M_k PE[p] for p = 0..99, with M_k built from k = 5 only")
    k, freq = 5, 10000.0 ** (-np.arange(0, d, 2) / d)
    M = np.zeros((d, d))
    for i, w in enumerate(freq):  # one 2 x 2 rotation per (sin, cos) pair
        c, s = np.cos(k * w), np.sin(k * w)
        M[2 * i : 2 * i + 2, 2 * i : 2 * i + 2] = [[c, s], [-s, c]]
    pe = sinusoidal_encoding(np.arange(105), d)
    print(f"   M_5 PE[p] equals PE[p + 5] for every p: {np.allclose(pe[:100] @ M.T, pe[5:])}")

    print("3. attention weights of 6 tokens at positions 0..5 and at 1000..1005: equal?")
    X = rng.normal(size=(6, d))
    p0, p1 = np.arange(6), np.arange(1000, 1006)
    Q, K = X @ W[0], X @ W[1]
    A = rng.normal(size=(2 * 2 + 1, d))  # Shaw et al.: offsets clipped to -2..2
    pairs = {
        "sinusoidal (absolute)": [
            scaled_dot_product_attention(Y @ W[0], Y @ W[1], Y @ W[2])[1]
            for Y in (X + sinusoidal_encoding(p0, d), X + sinusoidal_encoding(p1, d))
        ],
        "Shaw et al. relative keys": [shaw_weights(Q, K, p, A) for p in (p0, p1)],
        "RoPE": [scaled_dot_product_attention(rope(Q, p), rope(K, p), X)[1] for p in (p0, p1)],
        "ALiBi, slope 1/2": [alibi_weights(Q, K, p, 0.5) for p in (p0, p1)],
    }
    for name, (w0, w1) in pairs.items():
        print(f"   {name:<28} {np.allclose(w0, w1)}")

    print(
        "4. ALiBi slopes for 8 heads:",
        np.array2string(alibi_slopes(8), precision=4, floatmode="fixed"),
    )
    n = 64  # equal contents (all scores 0): the weights come from the bias alone
    Z, p = np.zeros((n, d)), np.arange(n)
    for slope in alibi_slopes(8)[[0, 3, 7]]:
        w = alibi_weights(Z, Z, p, slope)[-1][::-1]  # last query; w[t] = weight t tokens back
        print(f"   slope {slope:.4f}: weight on the last 8 tokens {w[:8].sum():.3f}")


if __name__ == "__main__":
    main()
