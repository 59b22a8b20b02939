"""Receptive fields with depth, stride, pooling and dilation: computed, measured, and effective."""

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


def conv2d_backward(x, w, grad_out, stride=1, padding=0):
    """Gradients ``(grad_x, grad_w)`` of `conv2d`, shapes of ``x`` and ``w``, from ``grad_out``."""
    C_out, C_in, k_h, k_w = w.shape
    G = grad_out.reshape(C_out, -1)
    grad_w = (G @ im2col(x, k_h, k_w, stride, padding).T).reshape(w.shape)
    # Each column of im2col copied input pixels: send each column's gradient back to them (col2im).
    grad_cols = (w.reshape(C_out, -1).T @ G).reshape(C_in, k_h, k_w, *grad_out.shape[1:])
    H_out, W_out = grad_out.shape[1:]
    grad_padded = np.zeros((C_in, x.shape[1] + 2 * padding, x.shape[2] + 2 * padding))
    for i in range(k_h):
        for j in range(k_w):
            grad_padded[:, i : i + stride * H_out : stride, j : j + stride * W_out : stride] += (
                grad_cols[:, i, j]
            )
    return grad_padded[:, padding : padding + x.shape[1], padding : padding + x.shape[2]], grad_w


def dilated_ones(k, d):
    """A k x k kernel of ones with d - 1 zeros between taps: (1, 1, d (k - 1) + 1, same)."""
    w = np.zeros((1, 1, d * (k - 1) + 1, d * (k - 1) + 1))
    w[0, 0, ::d, ::d] = 1.0
    return w


def receptive_fields(layers):
    """Receptive field r and jump j after each (k, s, d) layer: r += d (k - 1) j, then j *= s."""
    r, j, out = 1, 1, []
    for k, s, d in layers:
        r, j = r + d * (k - 1) * j, j * s
        out.append((r, j))
    return out


def input_gradient(layers, n):
    """Gradient on an n x n input of the centre output of a stack of all-ones kernels: (n, n)."""
    inputs, x = [], np.zeros((1, n, n))
    for k, s, d in layers:  # forward, for the shapes
        inputs.append(x)
        x = conv2d(x, dilated_ones(k, d), stride=s)
    g = np.zeros_like(x)
    g[0, x.shape[1] // 2, x.shape[2] // 2] = 1.0
    for (k, s, d), x_in in zip(layers[::-1], inputs[::-1], strict=True):
        g = conv2d_backward(x_in, dilated_ones(k, d), g, stride=s)[0]
    return g[0]


def max_pool2d(x, k=2):
    """Max over non-overlapping k x k windows of ``x`` (C, H, W), to (C, H // k, W // k)."""
    C, H, W = x.shape
    return x[:, : H // k * k, : W // k * k].reshape(C, H // k, k, W // k, k).max(axis=(2, 4))


def main():
    # (kernel, stride, dilation). Pooling is modelled as a 2x2 all-ones kernel with stride 2: the
    # same support (the input it can read) as 2x2 max pooling, though not the same function.
    conv, pool = (3, 1, 1), (2, 2, 1)
    stacks = {
        "five 3x3 convolutions": [conv] * 5,
        "3x3 convolutions and 2x2 pooling": [conv, conv, pool, conv, conv, pool, conv],
        "3x3 convolutions, dilation 1, 2, 4, 8": [(3, 1, d) for d in (1, 2, 4, 8)],
    }
    for name, layers in stacks.items():
        g = input_gradient(layers, 64)
        rows = np.flatnonzero(g.any(axis=1))
        print(f"{name}: (k, s, d) -> receptive field r, jump j")
        for layer, (r, j) in zip(layers, receptive_fields(layers), strict=True):
            print(f"  {layer} -> r = {r:2d}, j = {j}")
        print(f"  measured: the centre output depends on {rows[-1] - rows[0] + 1} input rows")

    print("effective receptive field of L 3x3 layers (gradient of the centre output):")
    for L in (5, 10, 20):
        profile = input_gradient([conv] * L, 2 * L + 3).sum(axis=1)
        profile = profile[profile > 0] / profile.sum()  # the 2L + 1 rows of the receptive field
        pos = np.arange(len(profile)) - L
        std = np.sqrt(np.sum(profile * pos**2))
        c = 2 * (L // 2) + 1  # the central c x c block, about half the field's width
        share = profile[np.abs(pos) <= L // 2].sum() ** 2
        print(
            f"  L = {L:2d}: r = {2 * L + 1:2d}, std {std:.2f} rows; central {c}x{c} "
            f"holds {share:.3f} of the gradient (uniform: {(c / (2 * L + 1)) ** 2:.3f})"
        )

    print("shift the input right by 1 or 2 pixels (columns 1 on compared), 200 random inputs:")
    for shift in (1, 2):
        conv_ok, unchanged, moved = True, [], []
        for seed in range(200):
            rng = np.random.default_rng(seed)
            x, w = rng.normal(size=(1, 16, 16)), rng.normal(size=(1, 1, 3, 3))
            y, y_s = conv2d(x, w), conv2d(np.roll(x, shift, axis=2), w)
            conv_ok &= np.allclose(y_s[:, :, shift:], y[:, :, :-shift], rtol=1e-12, atol=1e-12)
            pooled, p_s = max_pool2d(y), max_pool2d(y_s)
            unchanged.append(np.isclose(p_s[:, :, 1:], pooled[:, :, 1:]).mean())
            moved.append(np.isclose(p_s[:, :, 1:], pooled[:, :, :-1]).mean())
        print(f"  by {shift}: conv output = its shifted copy: {bool(conv_ok)}; max-pooled output:")
        for name, f in (("unchanged", unchanged), ("= its shifted copy", moved)):
            lo, hi = np.percentile(f, [5, 95])
            print(f"    {name}: mean {np.mean(f):.2f} of positions (5-95%: {lo:.2f}-{hi:.2f})")


if __name__ == "__main__":
    main()
