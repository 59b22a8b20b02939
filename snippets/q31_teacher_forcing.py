"""Teacher forcing: with a causal mask, one forward pass gives the next-token loss at every position.

A tiny decoder (token and position embeddings, two layers of causal multi-head self-attention with
residual connections, an output projection) is run once on a whole sequence. Row t of its logits
equals what the model predicts when it is run on the prefix alone, so the loss of every position is
computed at once, and no position sees the token it must predict. Without the mask, it would.
"""

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


def main():
    rng = np.random.default_rng(31)
    vocab = ["<s>", "the", "cat", "sat", "on", "mat", "."]
    n_layers, n_heads = 2, 2
    p = init_decoder(len(vocab), 16, n_layers, 16, rng)
    seq = np.array([0, 1, 2, 3, 4, 1, 5, 6])  # "<s> the cat sat on the mat ."
    x, y = seq[:-1], seq[1:]  # teacher forcing: the true tokens are the inputs, shifted by one
    print("inputs :", " ".join(f"{vocab[i]:>4}" for i in x))
    print("targets:", " ".join(f"{vocab[i]:>4}" for i in y))

    logits = decoder_logits(x, p, n_layers, n_heads)  # ONE forward pass: (7, vocab)
    loss = -log_softmax(logits)[np.arange(len(y)), y]
    print(f"1) one pass, logits {logits.shape}; loss per position:")
    print("  ", np.array2string(loss, precision=3, floatmode="fixed"))
    print(f"   mean cross-entropy {loss.mean():.4f}, perplexity {np.exp(loss.mean()):.4f}")
    print(f"   (untrained, so close to a uniform guess: perplexity {len(vocab)})")

    prefix_rows = np.array([decoder_logits(x[: t + 1], p, n_layers, n_heads)[-1] for t in range(7)])
    equal = np.max(np.abs(prefix_rows - logits)) < 1e-12
    print(f"2) row t equals the model run on the prefix x[:t+1] alone (to 1e-12): {equal}")

    changed = x.copy()
    changed[-1] = 2  # change the last input token only
    for label, mask in [("causal mask", True), ("no mask", False)]:
        before = decoder_logits(x, p, n_layers, n_heads, mask)
        after = decoder_logits(changed, p, n_layers, n_heads, mask)
        moved = np.abs(after[:-1] - before[:-1]).max(axis=1) > 1e-12
        print(
            f"3) {label:<11}: earlier positions affected by the last token: {int(moved.sum())} of 6"
        )


if __name__ == "__main__":
    main()
