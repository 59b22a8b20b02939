"""Masked scaled dot-product attention on four tokens, with every shape printed."""

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


rng = np.random.default_rng(21)
n, d_model, d_k, d_v = 4, 8, 4, 4  # 4 tokens, each an 8-dimensional vector
X = rng.normal(size=(n, d_model))
W_q, W_k, W_v = (rng.normal(0.0, d_model**-0.5, (d_model, d)) for d in (d_k, d_k, d_v))
Q, K, V = X @ W_q, X @ W_k, X @ W_v  # every token asks (Q), offers a key (K) and a value (V)
out, weights = scaled_dot_product_attention(Q, K, V, causal_mask(n))

print(f"X {X.shape} -> Q {Q.shape}, K {K.shape}, V {V.shape}")
print(f"weights = softmax(Q K^T / sqrt({d_k}) + mask) {weights.shape}; out = weights V {out.shape}")
print(np.array2string(weights, precision=3, floatmode="fixed", suppress_small=True))
print("row sums:", np.array2string(weights.sum(axis=1), precision=3, floatmode="fixed"))
