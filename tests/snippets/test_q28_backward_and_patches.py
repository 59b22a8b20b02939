"""Unit tests of snippets/q28_backward_and_patches.py."""

import numpy as np
import pytest

from snippets import q28_backward_and_patches as m
from snippets.nn.gradcheck import check_gradient


def test_true_convolution_is_cross_correlation_with_the_flipped_kernel(rng):
    x, w = rng.normal(size=(6, 7)), rng.normal(size=(3, 2))
    flipped = m.conv2d(x[None], w[None, None, ::-1, ::-1])[0]
    np.testing.assert_allclose(m.convolve2d_true(x, w), flipped, rtol=1e-12, atol=1e-12)
    assert not np.allclose(m.convolve2d_true(x, w), m.conv2d(x[None], w[None, None])[0])


def test_convolution_is_commutative_and_correlation_is_not(rng):
    a, b = rng.normal(size=(4, 4)), rng.normal(size=(4, 4))
    assert m.convolve2d_true(a, b)[0, 0] == pytest.approx(m.convolve2d_true(b, a)[0, 0], rel=1e-12)


@pytest.mark.parametrize(("stride", "padding"), [(1, 0), (1, 1), (2, 0), (2, 1), (3, 0)])
def test_conv2d_backward_matches_finite_differences(rng, stride, padding):
    x, w = rng.normal(size=(2, 7, 8)), rng.normal(size=(3, 2, 3, 3))
    G = rng.normal(size=m.conv2d(x, w, stride, padding).shape)
    gx, gw = m.conv2d_backward(x, w, G, stride, padding)
    check_gradient(lambda v: np.sum(G * m.conv2d(v, w, stride, padding)), gx, x)
    check_gradient(lambda v: np.sum(G * m.conv2d(x, v, stride, padding)), gw, w)


def test_dilate_inserts_zeros():
    g = np.arange(4.0).reshape(1, 2, 2)
    assert m.dilate(g, 2).tolist() == [[[0.0, 0.0, 1.0], [0.0, 0.0, 0.0], [2.0, 0.0, 3.0]]]
    np.testing.assert_array_equal(m.dilate(g, 1), g)


def test_numerical_gradient_does_not_modify_its_input():
    x = np.array([1.0, 2.0])
    np.testing.assert_allclose(m.numerical_gradient(lambda v: float(v @ v), x), 2 * x, rtol=1e-8)
    assert x.tolist() == [1.0, 2.0]


def test_patch_embedding_as_conv_for_other_sizes(rng):
    P, D = 4, 5
    img, E = rng.normal(size=(3, 12, 8)), rng.normal(size=(D, 3, P, P))
    conv = m.conv2d(img, E, stride=P).reshape(D, -1).T
    patches = img.reshape(3, 3, P, 2, P).transpose(1, 3, 0, 2, 4).reshape(-1, 3 * P * P)
    np.testing.assert_allclose(conv, patches @ E.reshape(D, -1).T, rtol=1e-10, atol=1e-12)


def test_program_prints_only_true_checks(capsys):
    m.main()
    out = capsys.readouterr().out
    assert out.count("True") == 7
    assert "False" not in out
