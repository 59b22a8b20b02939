"""Cross-correlation vs convolution, the backward pass as convolutions, ViT patches as a conv."""

from collections.abc import Callable

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


def convolve2d_true(x, w):
    """True 2-D convolution of ``x`` (H, W) with ``w`` (k_h, k_w), valid part: sum w[i, j] x[r - i, c - j]."""
    k_h, k_w = w.shape
    out = np.zeros((x.shape[0] - k_h + 1, x.shape[1] - k_w + 1))
    for r, c in np.ndindex(out.shape):
        for i, j in np.ndindex(w.shape):
            out[r, c] += w[i, j] * x[r + k_h - 1 - i, c + k_w - 1 - j]
    return out


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6):
    """Central-difference gradient of a scalar function ``f`` at ``x`` (any shape), shape of ``x``."""
    x = np.array(x, dtype=np.float64)  # a copy: the caller's array is never perturbed
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def dilate(g, s):
    """Insert s - 1 zeros between the entries of ``g`` (C, H, W) along both spatial axes."""
    out = np.zeros((g.shape[0], s * (g.shape[1] - 1) + 1, s * (g.shape[2] - 1) + 1))
    out[:, ::s, ::s] = g
    return out


def main():
    x = np.tile(np.arange(6.0), (3, 1))  # a ramp: each row is 0, 1, ..., 5
    w = np.array([[-1.0, 0.0, 1.0]])  # a horizontal difference kernel
    print("ramp 0..5, kernel [-1, 0, 1]")
    rows = (
        ("conv2d (cross-correlation)", conv2d(x[None], w[None, None])[0, 0]),
        ("true convolution", convolve2d_true(x, w)[0]),
        ("conv2d, kernel flipped", conv2d(x[None], w[None, None, ::-1, ::-1])[0, 0]),
    )
    for name, row in rows:
        print(f"  {name:<27}", np.array2string(row + 0.0, precision=1, floatmode="fixed"))

    rng = np.random.default_rng(0)
    C_in, C_out, k = 2, 3, 3
    x, w = rng.normal(size=(C_in, 7, 7)), rng.normal(size=(C_out, C_in, k, k))
    for s, p in ((1, 0), (2, 1)):
        G = rng.normal(size=conv2d(x, w, s, p).shape)  # dL/dy for L = sum(G * y)
        grad_x, grad_w = conv2d_backward(x, w, G, s, p)
        num_x = numerical_gradient(lambda v, G=G, s=s, p=p: np.sum(G * conv2d(v, w, s, p)), x)
        num_w = numerical_gradient(lambda v, G=G, s=s, p=p: np.sum(G * conv2d(x, v, s, p)), w)
        fd_ok = np.allclose(grad_x, num_x, atol=1e-6) and np.allclose(grad_w, num_w, atol=1e-6)
        # dL/dx: zero-insert G (stride), pad by k - 1 - p, correlate with the flipped, transposed kernel
        w_t = w[:, :, ::-1, ::-1].transpose(1, 0, 2, 3)
        full = conv2d(dilate(G, s), w_t, padding=k - 1 - p)
        h, wd = full.shape[1:]  # the floor may leave the last rows and columns unread
        gx_ok = np.allclose(grad_x[:, :h, :wd], full, atol=1e-12)
        gx_ok = gx_ok and not grad_x[:, h:, :].any() and not grad_x[:, :, wd:].any()
        # dL/dw[:, c]: padded input channel c correlated with dilate(G), the output gradient as kernel
        gw = np.stack(
            [conv2d(x[c : c + 1], dilate(G, s)[:, None], padding=p) for c in range(C_in)], axis=1
        )
        gw_ok = np.allclose(grad_w, gw[:, :, :k, :k], atol=1e-12)
        print(f"stride {s}, padding {p}: conv2d_backward = finite differences: {fd_ok}")
        print(f"  grad_x = dL/dy convolved with the kernel (transposed conv): {gx_ok}")
        print(f"  grad_w = input correlated with dL/dy: {gw_ok}")

    P, D = 16, 768  # ViT-B/16: 16 x 16 patches of a 224 x 224 RGB image, width 768
    img, E = rng.normal(size=(3, 224, 224)), rng.normal(size=(D, 3, P, P)) * 0.02
    tokens_conv = conv2d(img, E, stride=P).reshape(D, -1).T  # kernel = stride = patch size
    patches = (
        img.reshape(3, 224 // P, P, 224 // P, P).transpose(1, 3, 0, 2, 4).reshape(-1, 3 * P * P)
    )
    tokens_linear = patches @ E.reshape(D, -1).T  # flatten each patch, one linear projection
    n, d_in = patches.shape
    print(f"ViT patch embedding: {n} patches of {d_in} values -> tokens {tokens_conv.shape}")
    same = np.allclose(tokens_conv, tokens_linear, rtol=1e-10, atol=1e-10)
    print(f"  conv with kernel = stride = {P} equals flatten + linear: {same}; {E.size:,} weights")


if __name__ == "__main__":
    main()
