"""Unit tests of snippets/nn/convolution.py: conv2d against an explicit loop, im2col against
explicit patches, both gradients by finite differences, for several strides and paddings."""

import numpy as np
import pytest

from snippets.nn.convolution import conv2d, conv2d_backward, im2col
from snippets.nn.gradcheck import check_gradient

SETTINGS = [(1, 0), (1, 1), (2, 0), (2, 1), (3, 2)]  # (stride, padding)


def loop_conv2d(x, w, stride, padding):
    """The definition, one output value at a time: sum over c, i, j of w[o, c, i, j] x[c, r s + i, ...]."""
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    C_out, _, k_h, k_w = w.shape
    H_out = (xp.shape[1] - k_h) // stride + 1
    W_out = (xp.shape[2] - k_w) // stride + 1
    out = np.zeros((C_out, H_out, W_out))
    for o in range(C_out):
        for r in range(H_out):
            for s in range(W_out):
                patch = xp[:, r * stride : r * stride + k_h, s * stride : s * stride + k_w]
                out[o, r, s] = np.sum(w[o] * patch)
    return out


@pytest.mark.parametrize("stride, padding", SETTINGS)
def test_conv2d_equals_the_explicit_loop(stride, padding, rng):
    x, w = rng.normal(size=(2, 7, 6)), rng.normal(size=(3, 2, 3, 2))
    np.testing.assert_allclose(conv2d(x, w, stride, padding), loop_conv2d(x, w, stride, padding))


@pytest.mark.parametrize("stride, padding", SETTINGS)
def test_im2col_columns_are_the_flattened_patches(stride, padding, rng):
    x = rng.normal(size=(2, 7, 6))
    cols = im2col(x, 3, 2, stride, padding)
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    W_out = (xp.shape[2] - 2) // stride + 1
    for k in range(cols.shape[1]):
        r, s = divmod(k, W_out)
        patch = xp[:, r * stride : r * stride + 3, s * stride : s * stride + 2]
        np.testing.assert_array_equal(cols[:, k], patch.ravel())


@pytest.mark.parametrize("stride, padding", SETTINGS)
def test_conv2d_backward(stride, padding, rng):
    x, w = rng.normal(size=(2, 6, 5)), rng.normal(size=(3, 2, 2, 3))
    G = rng.normal(size=conv2d(x, w, stride, padding).shape)  # the loss is sum(out * G)
    grad_x, grad_w = conv2d_backward(x, w, G, stride, padding)
    check_gradient(lambda v: float(np.sum(conv2d(v, w, stride, padding) * G)), grad_x, x)
    check_gradient(lambda v: float(np.sum(conv2d(x, v, stride, padding) * G)), grad_w, w)


def test_output_shape_follows_the_formula():
    out = conv2d(np.zeros((3, 32, 31)), np.zeros((8, 3, 5, 5)), stride=2, padding=2)
    assert out.shape == (8, (32 + 4 - 5) // 2 + 1, (31 + 4 - 5) // 2 + 1)


def test_conv2d_is_cross_correlation_not_flipped():
    x = np.zeros((1, 3, 3))
    x[0, 1, 1] = 1.0  # an impulse: the output is the kernel rotated by 180 degrees
    w = np.arange(9.0).reshape(1, 1, 3, 3)
    np.testing.assert_array_equal(conv2d(x, w, padding=1)[0], w[0, 0, ::-1, ::-1])
