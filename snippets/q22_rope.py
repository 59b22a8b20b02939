"""Sinusoidal encodings, and RoPE: the rotary score depends only on m - n."""

import numpy as np


def sinusoidal_encoding(n, d):
    """Encodings (n, d) of positions 0..n-1: sin in even, cos in odd dimensions."""
    pos = np.arange(n)[:, None]
    freq = 10000.0 ** (-np.arange(0, d, 2) / d)  # wavelengths 2 pi up to almost 10000 * 2 pi
    pe = np.zeros((n, d))
    pe[:, 0::2], pe[:, 1::2] = np.sin(pos * freq), np.cos(pos * freq)
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


pe = sinusoidal_encoding(50, 8)
print("PE", pe.shape, "row 1:", np.array2string(pe[1], precision=3, floatmode="fixed"))
print(f"PE[3].PE[1] = {pe[3] @ pe[1]:.4f}   PE[40].PE[38] = {pe[40] @ pe[38]:.4f}")

rng = np.random.default_rng(22)
q, k = rng.normal(size=8), rng.normal(size=8)  # one query and one key, d = 8
print(f"no positions: q.k = {q @ k:+.4f} at every m, n")
for m, n in [(2, 0), (7, 5), (1002, 1000), (5, 7), (9, 0)]:
    score = rope(q, m) @ rope(k, n)  # query at position m, key at position n
    print(f"m = {m:4d}, n = {n:4d}, m - n = {m - n:2d}: RoPE score {score:+.4f}")
print(
    f"lengths kept: |rope(q, 9)| = {np.linalg.norm(rope(q, 9)):.4f}, |q| = {np.linalg.norm(q):.4f}"
)
