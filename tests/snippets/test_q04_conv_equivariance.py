"""Tests of `snippets/q04_conv_equivariance.py`."""

import numpy as np

from snippets import q04_conv_equivariance as q


def direct_conv(x, k):
    """Textbook definition, one output pixel at a time."""
    h, w = x.shape
    out = np.zeros((h, w))
    for i in range(h):
        for j in range(w):
            for a in range(k.shape[0]):
                for b in range(k.shape[1]):
                    out[i, j] += k[a, b] * x[(i + a) % h, (j + b) % w]
    return out


def test_circular_conv_matches_the_definition():
    rng = np.random.default_rng(0)
    x, k = rng.normal(size=(7, 9)), rng.normal(size=(3, 2))
    np.testing.assert_allclose(q.conv2d_circular(x, k), direct_conv(x, k), atol=1e-12)


def test_circular_conv_is_exactly_shift_equivariant():
    rng = np.random.default_rng(1)
    x, k = rng.normal(size=(12, 12)), rng.normal(size=(3, 3))
    for dy, dx in [(0, 1), (5, 0), (7, 11), (-3, 4)]:
        lhs = q.conv2d_circular(q.shift(x, dy, dx), k)
        rhs = q.shift(q.conv2d_circular(x, k), dy, dx)
        assert np.array_equal(lhs, rhs)


def test_zero_padding_equals_wraparound_when_the_border_is_empty():
    rng = np.random.default_rng(2)
    x = np.zeros((10, 10))
    x[2:8, 2:8] = rng.normal(size=(6, 6))  # a zero frame: wrapping around brings in only zeros
    k = rng.normal(size=(3, 3))
    np.testing.assert_allclose(q.conv2d_zero_padded(x, k), q.conv2d_circular(x, k), atol=1e-12)


def test_stride_two_is_equivariant_to_even_shifts_only():
    rng = np.random.default_rng(3)
    x, k = rng.normal(size=(8, 8)), rng.normal(size=(3, 3))
    base = q.conv2d_circular(x, k)[::2, ::2]
    even = q.conv2d_circular(q.shift(x, 2, 0), k)[::2, ::2]
    odd = q.conv2d_circular(q.shift(x, 1, 0), k)[::2, ::2]
    assert np.array_equal(even, q.shift(base, 1, 0))
    assert q.relative_change(odd, base) > 0.5
    assert not any(np.allclose(odd, q.shift(base, s, 0)) for s in range(4))


def test_parameter_counts():
    assert q.conv_parameters(3, 64, 3) == 1792
    assert q.conv_parameters(64, 64, 3) == 36928  # VGG-style 3x3 layer
    assert q.dense_parameters(784, 10) == 7850
    # a convolution's count does not depend on the image size; a dense layer's grows as its square
    assert q.dense_parameters(2 * 4, 2 * 4) - 8 == 4 * (q.dense_parameters(4, 4) - 4)


def test_translate_drops_what_leaves_the_frame_and_inverts_inside():
    x = np.arange(1.0, 26.0).reshape(5, 5)
    moved = q.translate(x, 2, -1)
    np.testing.assert_array_equal(moved[2:, :4], x[:3, 1:])
    assert moved[:2].sum() == 0 and moved[:, 4].sum() == 0
    inner = np.zeros((8, 8))
    inner[3:5, 3:5] = 1.0
    np.testing.assert_array_equal(q.translate(q.translate(inner, 2, -3), -2, 3), inner)


def test_zero_padding_is_equivariant_to_translations_that_keep_content_inside():
    rng = np.random.default_rng(4)
    k = rng.normal(size=(3, 3))
    x = np.zeros((20, 20))
    x[6:10, 5:9] = rng.normal(size=(4, 4))
    for dy, dx in [(3, 0), (-4, 2), (5, 7), (-2, -3)]:
        lhs = q.conv2d_zero_padded(q.translate(x, dy, dx), k)
        rhs = q.translate(q.conv2d_zero_padded(x, k), dy, dx)
        np.testing.assert_allclose(lhs, rhs, atol=1e-12)
    # an object pushed partly out of the frame loses content: no longer a translated copy
    lhs = q.conv2d_zero_padded(q.translate(x, 12, 0), k)
    rhs = q.translate(q.conv2d_zero_padded(x, k), 12, 0)
    assert np.abs(lhs - rhs).max() > 0.1


def test_unrelated_outputs_differ_by_about_sqrt2():
    rng = np.random.default_rng(5)
    a, b = rng.normal(size=(64, 64)), rng.normal(size=(64, 64))
    assert abs(q.relative_change(a, b) - np.sqrt(2)) < 0.05
