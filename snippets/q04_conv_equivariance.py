"""Why convolutional networks fit images: translation equivariance and weight sharing, measured.

1. Shift an image and convolve it, or convolve it and shift the result: the same picture, to the
   last bit. A dense layer with as many outputs has no such property.
2. Pooling the convolution's output over all positions gives features that do not change at all
   when the object moves: what an image classifier wants.
3. Where the symmetry breaks: a stride-2 layer is equivariant only to even shifts, and with
   zero padding an ordinary (non-circular) translation is matched exactly only while the object
   and the kernel's margin stay inside the image.
4. The price of a dense layer: parameters for a 224 x 224 RGB image.
"""

import numpy as np


def conv2d_circular(x, kernel):
    """2-D cross-correlation (what libraries call conv), here with wrap-around (circular) padding.

    ``out[i, j] = sum_{a, b} kernel[a, b] * x[(i + a) % H, (j + b) % W]``.

    Parameters
    ----------
    x : ndarray, shape (H, W)
    kernel : ndarray, shape (kh, kw)

    Returns
    -------
    ndarray, shape (H, W)

    Examples
    --------
    >>> conv2d_circular(np.eye(3), np.array([[1.0, 1.0]])).tolist()
    [[1.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 1.0]]
    """
    out = np.zeros_like(x, dtype=float)
    for a in range(kernel.shape[0]):
        for b in range(kernel.shape[1]):
            out += kernel[a, b] * np.roll(x, (-a, -b), axis=(0, 1))
    return out


def conv2d_zero_padded(x, kernel):
    """The same cross-correlation with zero padding instead of wrap-around, output size (H, W).

    Like `conv2d_circular`, the kernel is anchored at its top-left entry, so the padding is all
    at the bottom and right; libraries centre the kernel ("same" padding on both sides), which
    moves the output by one pixel and changes nothing below.

    Parameters
    ----------
    x : ndarray, shape (H, W)
    kernel : ndarray, shape (kh, kw)

    Returns
    -------
    ndarray, shape (H, W)
    """
    kh, kw = kernel.shape
    padded = np.pad(x, ((0, kh - 1), (0, kw - 1)))
    out = np.zeros_like(x, dtype=float)
    for a in range(kh):
        for b in range(kw):
            out += kernel[a, b] * padded[a : a + x.shape[0], b : b + x.shape[1]]
    return out


def shift(x, dy, dx):
    """Move the content of ``x`` down by ``dy`` and right by ``dx`` pixels (wrapping around)."""
    return np.roll(x, (dy, dx), axis=(0, 1))


def translate(x, dy, dx):
    """Move the content of ``x`` down by ``dy`` and right by ``dx`` pixels without wrapping.

    What leaves the frame is lost and zeros come in, as when a camera pans over a scene.

    Examples
    --------
    >>> translate(np.arange(1.0, 5.0).reshape(2, 2), 1, 0).tolist()
    [[0.0, 0.0], [1.0, 2.0]]
    """
    h, w = x.shape
    out = np.zeros_like(x)
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = x[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def relative_change(a, b):
    """``|a - b| / |b|`` in the Frobenius norm.

    0 when equal; about sqrt(2) = 1.41 for two unrelated arrays of the same size and scale.
    """
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))


def conv_parameters(c_in, c_out, k):
    """Weights plus biases of a ``k x k`` convolution from ``c_in`` to ``c_out`` channels.

    Examples
    --------
    >>> conv_parameters(3, 64, 3)
    1792
    """
    return k * k * c_in * c_out + c_out


def dense_parameters(n_in, n_out):
    """Weights plus biases of a fully connected layer."""
    return n_in * n_out + n_out


def main():
    rng = np.random.default_rng(0)
    image = rng.normal(size=(16, 16))
    kernel = rng.normal(size=(3, 3))
    dense = rng.normal(size=(256, 256)) / 16.0  # a dense layer with 16 x 16 outputs

    def dense_layer(img):
        return (dense @ img.ravel()).reshape(16, 16)

    moved = shift(image, 3, 5)
    print("1) equivariance: f(shift(x)) versus shift(f(x)), shift = (3, 5) pixels")
    err = np.abs(conv2d_circular(moved, kernel) - shift(conv2d_circular(image, kernel), 3, 5))
    print(f"   convolution  max |difference| = {err.max():.1e}")
    change = relative_change(dense_layer(moved), shift(dense_layer(image), 3, 5))
    print(f"   dense layer  relative difference = {change:.2f}")

    print("2) invariance: max over positions of ReLU(conv), 1 filter")
    pooled = [np.maximum(conv2d_circular(img, kernel), 0).max() for img in (image, moved)]
    print(
        f"   original {pooled[0]:.4f}, shifted {pooled[1]:.4f}, identical: {pooled[0] == pooled[1]}"
    )

    print("3) where the symmetry breaks")
    base = conv2d_circular(image, kernel)[::2, ::2]  # stride 2: keep every other output
    odd = conv2d_circular(shift(image, 1, 0), kernel)[::2, ::2]
    closest = min(relative_change(odd, shift(base, sy, sx)) for sy in range(8) for sx in range(8))
    print(
        f"   stride 2, input shifted 1 px: closest shifted copy of the output differs by {closest:.0%}"
    )
    even = conv2d_circular(shift(image, 2, 0), kernel)[::2, ::2]
    print(
        f"   stride 2, input shifted 2 px: max |diff| vs output shifted 1 px = "
        f"{np.abs(even - shift(base, 1, 0)).max():.1e}"
    )
    blob = np.zeros((16, 16))
    blob[6:9, 6:9] = 1.0  # an object in the middle of an empty image
    for dy, where in ((3, "stays inside"), (9, "partly leaves the frame")):
        out = conv2d_zero_padded(translate(blob, dy, 0), kernel)
        ref = translate(conv2d_zero_padded(blob, kernel), dy, 0)
        print(
            f"   zero padding, object translated {dy} px, {where}:"
            f" max |diff| = {np.abs(out - ref).max():.1e}"
        )

    print("4) parameters for a 224 x 224 x 3 image -> 64 feature maps of the same size")
    conv = conv_parameters(3, 64, 3)
    full = dense_parameters(224 * 224 * 3, 224 * 224 * 64)
    print(f"   3 x 3 convolution: {conv:,}")
    print(f"   dense layer:       {full:,}  ({full // conv:,} times more)")


if __name__ == "__main__":
    main()
