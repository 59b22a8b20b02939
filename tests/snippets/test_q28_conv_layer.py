"""Unit tests of snippets/q28_conv_layer.py (the core program)."""

import numpy as np
import pytest

from snippets import q28_conv_layer as m


def _direct(x, w, stride, padding):
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    C_out, _, k_h, k_w = w.shape
    H_out = (xp.shape[1] - k_h) // stride + 1
    W_out = (xp.shape[2] - k_w) // stride + 1
    out = np.zeros((C_out, H_out, W_out))
    for o, r, c in np.ndindex(out.shape):
        patch = xp[:, r * stride : r * stride + k_h, c * stride : c * stride + k_w]
        out[o, r, c] = np.sum(w[o] * patch)
    return out


@pytest.mark.parametrize(("stride", "padding"), [(1, 0), (1, 1), (2, 0), (2, 1), (3, 2)])
def test_conv2d_equals_the_direct_loop_for_rectangular_inputs_and_kernels(rng, stride, padding):
    x, w = rng.normal(size=(2, 9, 7)), rng.normal(size=(3, 2, 3, 2))
    np.testing.assert_allclose(m.conv2d(x, w, stride, padding), _direct(x, w, stride, padding))


@pytest.mark.parametrize(
    ("n", "k", "p", "s"), [(7, 3, 1, 2), (32, 3, 1, 1), (224, 16, 0, 16), (8, 3, 0, 2)]
)
def test_output_size_formula_rounds_down(n, k, p, s):
    y = m.conv2d(np.zeros((1, n, n)), np.zeros((1, 1, k, k)), stride=s, padding=p)
    assert y.shape[1:] == ((n + 2 * p - k) // s + 1,) * 2


def test_program_values():
    assert m.y.shape == (4, 4, 4)
    np.testing.assert_allclose(m.y, m.direct, rtol=1e-12, atol=1e-12)
    assert m.conv == (1_792, 1_769_472)
    assert m.dense == (201_392_128, 201_326_592)
    assert m.local == (1_835_008, 1_769_472)
    assert m.local[0] == 1024 * m.conv[0]


def test_weight_sharing_the_same_kernel_at_every_position(rng):
    x = rng.normal(size=(1, 5, 5))
    w = rng.normal(size=(1, 1, 3, 3))
    y = m.conv2d(x, w)
    shifted = m.conv2d(np.roll(x, 1, axis=1), w)  # moving the input moves the output
    np.testing.assert_allclose(shifted[:, 1:], y[:, :-1], rtol=1e-12)
