"""Unit tests of snippets/q28_efficient_convolutions.py."""

import numpy as np

from snippets import q28_efficient_convolutions as m


def test_depthwise_conv_applies_one_kernel_per_channel(rng):
    x, w = rng.normal(size=(3, 6, 6)), rng.normal(size=(3, 1, 3, 3))
    y = m.depthwise_conv2d(x, w, stride=1, padding=1)
    assert y.shape == (3, 6, 6)
    for c in range(3):
        np.testing.assert_allclose(y[c], m.conv2d(x[c : c + 1], w[c : c + 1], 1, 1)[0], rtol=1e-12)
    # a standard conv with a block-diagonal kernel gives the same result
    W = np.zeros((3, 3, 3, 3))
    for c in range(3):
        W[c, c] = w[c, 0]
    np.testing.assert_allclose(y, m.conv2d(x, W, 1, 1), rtol=1e-10, atol=1e-12)


def test_costs_match_closed_forms():
    t = m.costs(256, 256, 3, 56)
    assert t["standard 3x3"] == (589_824, 589_824 * 56 * 56)
    assert t["depthwise-separable"][0] == 256 * 9 + 256 * 256
    ratio = t["standard 3x3"][0] / t["depthwise-separable"][0]
    assert abs(ratio - 1 / (1 / 256 + 1 / 9)) < 1e-12
    assert t["bottleneck 1x1-3x3-1x1"][0] == 256 * 64 * 2 + 64 * 64 * 9
    assert t["grouped 3x3, 32 groups"][0] == 256 * (256 // 32) * 9


def test_separable_equals_the_rank_one_standard_kernel(rng):
    x = rng.normal(size=(2, 5, 5))
    D, P = rng.normal(size=(2, 1, 3, 3)), rng.normal(size=(4, 2))
    sep = m.conv2d(m.depthwise_conv2d(x, D, padding=1), P[:, :, None, None])
    W = P[:, :, None, None] * D[:, 0][None]
    np.testing.assert_allclose(sep, m.conv2d(x, W, padding=1), rtol=1e-10, atol=1e-12)


def test_program_prints_equalities(capsys):
    m.main()
    out = capsys.readouterr().out
    assert out.count(": True") == 2
    assert "[1, 1, 1, 1]" in out
