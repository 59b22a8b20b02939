"""1x1 and depthwise-separable convolutions: parameters, multiply-adds, and what they compute."""

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


def depthwise_conv2d(x, w, stride=1, padding=0):
    """Each channel of ``x`` (C, H, W) with its own kernel ``w`` (C, 1, k, k), to (C, H_out, W_out)."""
    return np.concatenate(
        [conv2d(x[c : c + 1], w[c : c + 1], stride, padding) for c in range(len(x))]
    )


def costs(C_in, C_out, k, H):
    """(parameters, multiply-adds) without biases of the layers compared, on an H x H output."""
    standard = C_out * C_in * k * k
    pointwise = C_out * C_in  # 1 x 1
    grouped = standard // 32  # 32 groups: each output channel reads C_in / 32 input channels
    depthwise = C_in * k * k  # groups = C_in: one kernel per channel
    mid = C_in // 4  # bottleneck: 1x1 down to C_in / 4 channels, k x k, 1x1 back up
    bottleneck = C_in * mid + mid * mid * k * k + mid * C_out
    layers = {
        f"standard {k}x{k}": standard,
        f"grouped {k}x{k}, 32 groups": grouped,
        "1x1 (pointwise)": pointwise,
        f"depthwise {k}x{k}": depthwise,
        "depthwise-separable": depthwise + pointwise,
        f"bottleneck 1x1-{k}x{k}-1x1": bottleneck,
    }
    return {name: (p, p * H * H) for name, p in layers.items()}


def main():
    C, H, k = 256, 56, 3  # 256 channels in and out, a 56 x 56 map, 3x3 kernels, padding 1
    table = costs(C, C, k, H)
    print(f"{C} -> {C} channels on {H}x{H}:   parameters   multiply-adds   fewer")
    p0 = table[f"standard {k}x{k}"][0]
    for name, (params, madds) in table.items():
        print(f"  {name:<24} {params:>10,} {madds:>15,} {p0 / params:>9.2f}x")
    print(f"  separable saving 1 / (1/C_out + 1/k^2) = {1 / (1 / C + 1 / k**2):.2f}x")

    rng = np.random.default_rng(0)
    C_in, C_out = 4, 6
    x = rng.normal(size=(C_in, 8, 8))
    P = rng.normal(size=(C_out, C_in))  # a 1x1 convolution: a C_out x C_in matrix
    y = conv2d(x, P[:, :, None, None])
    same = np.allclose(y, (P @ x.reshape(C_in, -1)).reshape(C_out, 8, 8), rtol=1e-12, atol=1e-12)
    print("1x1 conv = the same dense layer C_in -> C_out at every pixel:", same)

    D = rng.normal(size=(C_in, 1, k, k))  # one k x k kernel per input channel
    sep = conv2d(depthwise_conv2d(x, D, padding=1), P[:, :, None, None])
    W = P[:, :, None, None] * D[:, 0][None]  # the standard kernel it equals: W[o, c] = P[o, c] D[c]
    same = np.allclose(sep, conv2d(x, W, padding=1), rtol=1e-12, atol=1e-12)
    print("depthwise then pointwise = one standard conv with W[o, c] = P[o, c] D[c]:", same)
    W_any = rng.normal(size=(C_out, C_in, k, k))
    for name, kernel in (("separable", W), ("standard", W_any)):
        ranks = [int(np.linalg.matrix_rank(kernel[:, c].reshape(C_out, -1))) for c in range(C_in)]
        print(f"  rank of each W[:, c] as a {C_out} x {k * k} matrix, {name:<9}: {ranks}")


if __name__ == "__main__":
    main()
