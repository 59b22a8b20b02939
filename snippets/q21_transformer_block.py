"""A pre-LN Transformer block in NumPy: multi-head attention, MLP, residual paths.

1. Shapes and parameters of one block (about ``12 d_model**2``).
2. Without positional information, self-attention is permutation-equivariant: permuting the
   tokens permutes the outputs, nothing else. A causal mask breaks the symmetry.
3. The KV cache: generating one token at a time, reusing the keys and values of earlier tokens,
   gives exactly the outputs of full causal attention; and what the cache costs in memory.
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


def layer_norm_forward(X, gamma, beta, eps=1e-5):
    """Layer normalisation of ``X`` (n, d), statistics over the last axis: ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=-1, keepdims=True) + eps)
    X_hat = (X - X.mean(axis=-1, keepdims=True)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def gelu_tanh(z):
    """GELU of ``z`` (any shape), tanh approximation ``0.5 z (1 + tanh(c (z + 0.044715 z**3)))``."""
    c = np.sqrt(2.0 / np.pi)
    return 0.5 * z * (1.0 + np.tanh(c * (z + 0.044715 * z**3)))


def init_block(d_model, rng):
    """Parameters of one block (dict of arrays); the MLP's hidden width is 4 d_model."""

    def w(*shape):
        return rng.normal(0.0, shape[0] ** -0.5, shape)

    d_ff = 4 * d_model
    return {
        "W_q": w(d_model, d_model), "W_k": w(d_model, d_model), "W_v": w(d_model, d_model),
        "W_o": w(d_model, d_model), "W_1": w(d_model, d_ff), "b_1": np.zeros(d_ff),
        "W_2": w(d_ff, d_model), "b_2": np.zeros(d_model),
        "g_1": np.ones(d_model), "c_1": np.zeros(d_model),
        "g_2": np.ones(d_model), "c_2": np.zeros(d_model),
    }  # fmt: skip


def multi_head_attention(X, p, n_heads, mask=None):
    """Self-attention of X (n, d_model) with ``n_heads`` heads of width d_model / n_heads: (n, d_model)."""
    Q, K, V = X @ p["W_q"], X @ p["W_k"], X @ p["W_v"]
    heads = [
        scaled_dot_product_attention(q, k, v, mask)[0]
        for q, k, v in zip(*(np.split(M, n_heads, axis=1) for M in (Q, K, V)), strict=True)
    ]
    return np.concatenate(heads, axis=1) @ p["W_o"]


def transformer_block(X, p, n_heads, mask=None):
    """Pre-LN block: ``H = X + MHA(LN(X))``, ``Y = H + MLP(LN(H))``; X and Y (n, d_model)."""
    H = X + multi_head_attention(layer_norm_forward(X, p["g_1"], p["c_1"])[0], p, n_heads, mask)
    A = layer_norm_forward(H, p["g_2"], p["c_2"])[0]
    return H + gelu_tanh(A @ p["W_1"] + p["b_1"]) @ p["W_2"] + p["b_2"]


def decode_with_kv_cache(X, p, n_heads):
    """Causal multi-head attention one token at a time, appending each token's key and value to
    a cache instead of recomputing them: (n, d_model)."""
    K_cache, V_cache, outputs = [], [], []
    for x in X:  # x: the newest token, shape (d_model,)
        K_cache.append(x @ p["W_k"])
        V_cache.append(x @ p["W_v"])
        q, K, V = (x @ p["W_q"])[None, :], np.array(K_cache), np.array(V_cache)
        heads = [
            scaled_dot_product_attention(qh, kh, vh)[0]  # the newest query sees every key so far
            for qh, kh, vh in zip(*(np.split(M, n_heads, axis=1) for M in (q, K, V)), strict=True)
        ]
        outputs.append(np.concatenate(heads, axis=1)[0] @ p["W_o"])
    return np.array(outputs)


def main():
    rng = np.random.default_rng(21)
    n, d_model, n_heads = 6, 16, 4
    p = init_block(d_model, rng)
    X = rng.normal(size=(n, d_model))
    Y = transformer_block(X, p, n_heads)
    count = sum(a.size for a in p.values())
    print(f"1) X {X.shape} -> block -> Y {Y.shape}; {n_heads} heads of width {d_model // n_heads}")
    print(
        f"   parameters: {count} = 12 d^2 + 9 d with d = {d_model}: {12 * d_model**2 + 9 * d_model}"
    )

    perm = rng.permutation(n)
    for label, mask in [("no mask", None), ("causal mask", causal_mask(n))]:
        moved = transformer_block(X[perm], p, n_heads, mask)
        same = transformer_block(X, p, n_heads, mask)[perm]
        gap = np.max(np.abs(moved - same))
        shown = "below 1e-12 (equal up to rounding)" if gap < 1e-12 else f"{gap:.2f}"
        print(f"2) tokens permuted, {label:<11}: max |block(P X) - P block(X)| {shown}")

    full = multi_head_attention(X, p, n_heads, causal_mask(n))
    cached = decode_with_kv_cache(X, p, n_heads)
    equal = np.max(np.abs(full - cached)) < 1e-12
    print(f"3) KV-cache decoding equals full causal attention (to 1e-12): {equal}")
    layers, d, tokens, kv_heads, heads = 32, 4096, 4096, 8, 32
    for label, share in [("every head", 1), (f"{kv_heads} shared K/V heads", heads // kv_heads)]:
        size = 2 * layers * tokens * d // share * 2  # keys and values, 2 bytes per 16-bit number
        print(
            f"   cache for {tokens} tokens, {layers} layers, d_model {d}, {label}: {size / 2**30:.2f} GiB"
        )


if __name__ == "__main__":
    main()
