"""The KV cache: decoding with cached keys and values equals recomputing, and what it costs.

The decoder of the teacher-forcing demonstration (two layers of causal multi-head attention)
generates greedily twice: recomputing every position at each step, and with a cache that appends
each new token's keys and values per layer. Then the cache's memory
2 * layers * kv_heads * d_head * seq_len * bytes, and the training compute C = 6 N D.
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


def init_decoder(vocab, d_model, n_layers, max_len, rng):
    """Parameters (dict of arrays) of an attention-only decoder with ``n_layers`` layers."""
    p = {"E": rng.normal(0.0, 1.0, (vocab, d_model)), "P": rng.normal(0.0, 1.0, (max_len, d_model))}
    for layer in range(n_layers):
        for name in ("W_q", "W_k", "W_v", "W_o"):
            p[f"{name}{layer}"] = rng.normal(0.0, d_model**-0.5, (d_model, d_model))
    p["W_out"] = rng.normal(
        0.0, 0.02, (d_model, vocab)
    )  # small: an untrained model is near uniform
    return p


def decoder_logits(tokens, p, n_layers, n_heads, mask=True):
    """Next-token logits (n, vocab) for every position of ``tokens`` (n,), in one pass."""
    n = len(tokens)
    h = p["E"][tokens] + p["P"][:n]  # (n, d_model): token embedding plus position
    for layer in range(n_layers):
        Q, K, V = (h @ p[f"{name}{layer}"] for name in ("W_q", "W_k", "W_v"))
        heads = [
            scaled_dot_product_attention(q, k, v, causal_mask(n) if mask else None)[0]
            for q, k, v in zip(*(np.split(M, n_heads, axis=1) for M in (Q, K, V)), strict=True)
        ]
        h = h + np.concatenate(heads, axis=1) @ p[f"W_o{layer}"]  # residual connection
    return h @ p["W_out"]


def decode_with_cache(token, pos, p, n_layers, n_heads, cache):
    """Logits (vocab,) for one new token at position ``pos``; appends its keys and values to ``cache``."""
    h = p["E"][token] + p["P"][pos]  # (d_model,)
    for layer in range(n_layers):
        q, k, v = (h @ p[f"{name}{layer}"] for name in ("W_q", "W_k", "W_v"))
        cache[layer]["K"].append(k)  # only the new token's key and value are computed
        cache[layer]["V"].append(v)
        K, V = np.array(cache[layer]["K"]), np.array(cache[layer]["V"])
        heads = [
            scaled_dot_product_attention(qh[None, :], kh, vh)[0][0]  # one query, every cached key
            for qh, kh, vh in zip(
                np.split(q, n_heads), *(np.split(M, n_heads, axis=1) for M in (K, V)), strict=True
            )
        ]
        h = h + np.concatenate(heads) @ p[f"W_o{layer}"]
    return h @ p["W_out"]


def generate(prompt, n_new, p, n_layers, n_heads, use_cache):
    """Greedy continuation (n_new,) of ``prompt`` and the logits of each step (n_new, vocab)."""
    tokens, steps = list(prompt), []
    cache = [{"K": [], "V": []} for _ in range(n_layers)]
    # Here the prompt goes through the cache one token at a time. Servers instead "prefill": one
    # causal pass over the whole prompt fills the cache in parallel (compute-bound); then "decode"
    # adds one token per step, reading every cached key and value (memory-bandwidth-bound).
    for pos in range(len(prompt) + n_new - 1):
        if use_cache:  # every token passes through the model once
            logits = decode_with_cache(tokens[pos], pos, p, n_layers, n_heads, cache)
        if pos < len(prompt) - 1:
            continue  # still reading the prompt
        if not use_cache:  # the whole sequence again, for the last row only
            logits = decoder_logits(np.array(tokens), p, n_layers, n_heads)[-1]
        steps.append(logits)
        tokens.append(int(np.argmax(logits)))
    return np.array(tokens[len(prompt) :]), np.array(steps), cache


def main():
    rng = np.random.default_rng(31)
    n_layers, n_heads, d_model, vocab = 2, 2, 16, 7
    p = init_decoder(vocab, d_model, n_layers, 32, rng)
    prompt = [0, 1, 2]
    new_full, logits_full, _ = generate(prompt, 10, p, n_layers, n_heads, use_cache=False)
    new_kv, logits_kv, cache = generate(prompt, 10, p, n_layers, n_heads, use_cache=True)
    print("1) generated, recomputing:", new_full.tolist())
    print("   generated, KV cache:   ", new_kv.tolist())
    print(
        f"   same tokens: {np.array_equal(new_full, new_kv)}; same logits (to 1e-10): "
        f"{np.max(np.abs(logits_full - logits_kv)) < 1e-10}"
    )
    n = len(prompt) + 10 - 1  # positions fed to the model
    print(
        f"   key/value rows computed per layer: recomputing {sum(range(len(prompt), n + 1))}, "
        f"cached {n}"
    )

    d_head = d_model // n_heads
    stored = sum(np.array(c["K"]).nbytes + np.array(c["V"]).nbytes for c in cache)
    formula = 2 * n_layers * n_heads * d_head * n * 8  # 8 bytes per float64
    print(
        f"2) cache of this model: {stored} bytes; 2 * {n_layers} * {n_heads} * {d_head} * {n} * 8 = {formula}"
    )
    layers, heads, d_head, seq_len, nbytes = 32, 32, 128, 4096, 2  # illustrative, 16-bit
    size = 2 * layers * heads * d_head * seq_len * nbytes  # multi-head: kv_heads = heads
    print(
        f"   {layers} layers, {heads} key/value heads of {d_head}, {seq_len} tokens, {nbytes} bytes: "
        f"{size / 2**30:.2f} GiB per sequence, {16 * size / 2**30:.0f} GiB for a batch of 16"
    )
    gqa = 2 * layers * 8 * d_head * seq_len * nbytes  # grouped-query: kv_heads = 8
    print(f"   with 8 key/value heads shared by the {heads} query heads: {gqa / 2**30:.2f} GiB")

    N, D = 70e9, 1.4e12  # Chinchilla: parameters and training tokens
    print(f"3) C = 6 N D = 6 * {N:.1e} * {D:.1e} = {6 * N * D:.2e} FLOPs; D / N = {D / N:.1f}")
    C, N = 5.76e23, 40e9  # Gopher's budget; Hoffmann et al.'s approach 3 gives N = 40 billion
    print(
        f"   approach 3 at C = {C:.2e}: N = {N:.1e}, D = C / (6 N) = {C / (6 * N):.2e} tokens, "
        f"D / N = {C / (6 * N * N):.0f}"
    )
    for C in (1e21, 1e23):
        n_opt = np.sqrt(C / 120.0)  # C = 6 N D with D = 20 N
        print(
            f"   budget {C:.0e} FLOPs at 20 tokens per parameter: N = {n_opt:.2e}, D = {20 * n_opt:.2e}"
        )


if __name__ == "__main__":
    main()
