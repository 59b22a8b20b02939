"""A convolutional layer: output size, parameters against a dense layer, im2col against the loop."""

import numpy as np


def im2col(x, k_h, k_w, stride=1, padding=0):
    """Patches of ``x`` (C_in, H, W) as columns: (C_in k_h k_w, H_out W_out)."""
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    C, H, W = x.shape
    H_out, W_out = (H - k_h) // stride + 1, (W - k_w) // stride + 1
    cols = np.empty((C, k_h, k_w, H_out, W_out), dtype=x.dtype)
    for i in range(k_h):  # k_h k_w strided copies, instead of a Python loop over every patch
        for j in range(k_w):
            cols[:, i, j] = x[:, i : i + stride * H_out : stride, j : j + stride * W_out : stride]
    return cols.reshape(C * k_h * k_w, H_out * W_out)


def conv2d(x, w, stride=1, padding=0):
    """Convolve ``x`` (C_in, H, W) with ``w`` (C_out, C_in, k_h, k_w), to (C_out, H_out, W_out)."""
    C_out, _, k_h, k_w = w.shape
    H_out = (x.shape[1] + 2 * padding - k_h) // stride + 1
    out = w.reshape(C_out, -1) @ im2col(x, k_h, k_w, stride, padding)
    return out.reshape(C_out, H_out, -1)


rng, n, k, p, s = np.random.default_rng(0), 7, 3, 1, 2  # 7x7, 3 channels to 4, 3x3, p 1, s 2
x, w = rng.normal(size=(3, n, n)), rng.normal(size=(4, 3, k, k))
y = conv2d(x, w, stride=s, padding=p)  # one matrix product: (4, 27) @ (27, 16)
print(f"output size ({n} + 2*{p} - {k}) // {s} + 1 = {(n + 2 * p - k) // s + 1}; y: {y.shape}")
xp, direct = np.pad(x, ((0, 0), (p, p), (p, p))), np.zeros_like(y)
for o, r, c in np.ndindex(y.shape):  # the definition: one dot product per output value
    direct[o, r, c] = np.sum(w[o] * xp[:, r * s : r * s + k, c * s : c * s + k])
print("im2col matmul equals the direct loop:", np.allclose(y, direct, rtol=1e-12, atol=1e-12))
C, H, D = 3, 32, 64  # a 32x32 RGB image to 64 channels of 32x32 (3x3 kernels, padding 1)
conv = (D * (C * 9 + 1), D * H * H * C * 9)  # (parameters with biases, multiply-adds)
local = (D * H * H * (C * 9 + 1), D * H * H * C * 9)  # 3x3 patches, a kernel per position
dense = ((C * H * H + 1) * D * H * H, C * H * H * D * H * H)
for name, (params, madds) in (("dense", dense), ("local", local), ("3x3 conv", conv)):
    print(f"{name:<8} {params:>11,} parameters {madds:>13,} multiply-adds")
print(f"locality: /{dense[0] / local[0]:.0f} parameters, /{dense[1] / local[1]:.0f} multiply-adds")
