"""Why attention divides by sqrt(d_k), and what its cost grows with.

1. For query and key entries of mean 0 and variance 1, ``q . k`` has variance ``d_k``.
2. Unscaled, those scores saturate the softmax as ``d_k`` grows: one weight near 1 and a
   Jacobian near 0, so little gradient flows. Scaled by ``1 / sqrt(d_k)``, nothing changes with
   ``d_k``.
3. The score matrix has ``n**2`` entries: attention's multiply-adds grow as ``n**2 d``, the rest of
   the block's (four projections and a 4d-wide MLP) as ``12 n d**2``, so attention dominates once
   ``n`` exceeds about ``6 d``.
"""

import numpy as np


def softmax(z, axis=-1):
    """Softmax of ``z`` (any shape) along ``axis``: positive, sums to 1; no overflow."""
    # Shifting by the maximum leaves softmax unchanged and keeps every exp(.) in (0, 1].
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def softmax_jacobian_norm(p):
    """Spectral norm of the softmax Jacobian ``diag(p) - p p^T`` for each row of p (m, n): (m,)."""
    J = np.einsum("mi,ij->mij", p, np.eye(p.shape[1])) - p[:, :, None] * p[:, None, :]
    return np.linalg.norm(J, ord=2, axis=(1, 2))


def saturation(d_k, scaled, rng, n_keys=16, n_queries=2000):
    """Mean largest weight and mean Jacobian norm of softmax over ``n_keys`` random scores."""
    q = rng.normal(size=(n_queries, 1, d_k))
    k = rng.normal(size=(n_queries, n_keys, d_k))
    scores = np.sum(q * k, axis=-1) / (np.sqrt(d_k) if scaled else 1.0)
    p = softmax(scores)
    return p.max(axis=1).mean(), softmax_jacobian_norm(p).mean()


def main():
    rng = np.random.default_rng(21)
    print("1) Variance of q . k for entries of mean 0, variance 1")
    for d_k in [4, 64, 512]:
        q, k = rng.normal(size=(20000, d_k)), rng.normal(size=(20000, d_k))
        print(f"  d_k = {d_k:3d}: variance {np.var(np.sum(q * k, axis=1)):7.1f}")

    print("2) Softmax over 16 keys: mean largest weight, mean Jacobian norm")
    print(f"  {'d_k':>5}{'unscaled':>20}{'scaled by 1/sqrt(d_k)':>26}")
    for d_k in [4, 64, 512]:
        raw = saturation(d_k, False, rng)
        fixed = saturation(d_k, True, rng)
        print(f"  {d_k:5d}{raw[0]:10.3f}{raw[1]:10.3f}{fixed[0]:13.3f}{fixed[1]:13.3f}")

    print("3) Multiply-adds of one Transformer block, d_model = 768: attention (scores and")
    print("   weights @ V) against the rest (projections Q, K, V, output and a 4d-wide MLP)")
    d = 768
    print(f"  {'n':>6}{'attention 2 n^2 d':>19}{'rest 12 n d^2':>15}{'ratio':>7}{'scores MB':>11}")
    for n in [512, 4608, 8192, 32768]:
        attention, rest = 2 * n * n * d, 12 * n * d * d
        scores_mb = n * n * 4 / 1e6  # one head's n x n float32 score matrix
        print(f"  {n:6d}{attention:19.3e}{rest:15.3e}{attention / rest:7.2f}{scores_mb:11.1f}")


if __name__ == "__main__":
    main()
