"""Unit tests of snippets/q28_receptive_field.py."""

import numpy as np
import pytest

from snippets import q28_receptive_field as m


@pytest.mark.parametrize(
    "layers",
    [
        [(3, 1, 1)] * 4,
        [(3, 2, 1), (3, 2, 1), (3, 1, 1)],
        [(5, 1, 1), (2, 2, 1), (3, 1, 2), (3, 1, 3)],
        [(7, 2, 1), (3, 2, 1), (3, 1, 1), (1, 1, 1)],
    ],
)
def test_recursion_matches_the_measured_field(layers):
    r = m.receptive_fields(layers)[-1][0]
    g = m.input_gradient(layers, 80)
    for axis in (0, 1):
        idx = np.flatnonzero(g.any(axis=1 - axis))
        assert idx[-1] - idx[0] + 1 == r


def test_closed_forms():
    assert [r for r, _ in m.receptive_fields([(3, 1, 1)] * 6)] == [3, 5, 7, 9, 11, 13]
    dil = m.receptive_fields([(3, 1, 2**i) for i in range(5)])
    assert [r for r, _ in dil] == [2 ** (i + 2) - 1 for i in range(5)]
    assert m.receptive_fields([(2, 2, 1)] * 3)[-1] == (8, 8)


def test_dilated_kernel_has_k_taps_spread_over_the_span():
    w = m.dilated_ones(3, 4)
    assert w.shape == (1, 1, 9, 9)
    assert w.sum() == 9
    assert np.flatnonzero(w[0, 0, 0]).tolist() == [0, 4, 8]


def test_effective_field_profile_is_the_trinomial_distribution():
    g = m.input_gradient([(3, 1, 1)] * 3, 9)
    row = g.sum(axis=1)
    row = row[row > 0]
    expected = np.polynomial.polynomial.polypow([1, 1, 1], 3)  # (1 + x + x^2)^3
    np.testing.assert_allclose(row / row.sum(), expected / expected.sum(), rtol=1e-12)


def test_conv2d_backward_matches_finite_differences(rng):
    from snippets.nn.gradcheck import check_gradient

    x, w = rng.normal(size=(2, 6, 6)), rng.normal(size=(3, 2, 3, 3))
    for stride, padding in ((1, 0), (2, 1)):
        G = rng.normal(size=m.conv2d(x, w, stride, padding).shape)
        gx, gw = m.conv2d_backward(x, w, G, stride, padding)
        check_gradient(lambda v, G=G, s=stride, p=padding: np.sum(G * m.conv2d(v, w, s, p)), gx, x)
        check_gradient(lambda v, G=G, s=stride, p=padding: np.sum(G * m.conv2d(x, v, s, p)), gw, w)


def test_max_pool_takes_window_maxima(rng):
    x = rng.normal(size=(2, 5, 6))
    out = m.max_pool2d(x)
    assert out.shape == (2, 2, 3)
    assert out[1, 1, 2] == x[1, 2:4, 4:6].max()


def test_pooling_is_equivariant_only_to_shifts_by_its_stride(capsys):
    m.main()
    out = capsys.readouterr().out
    assert "measured: the centre output depends on 24 input rows" in out
    assert "unchanged: mean 0.00 of positions (5-95%: 0.00-0.00)" in out
    assert "= its shifted copy: mean 1.00 of positions (5-95%: 1.00-1.00)" in out


def test_one_pixel_shift_keeps_about_a_third_of_max_pooled_values():
    """For i.i.d. inputs a window keeps its maximum only if it lies in the shared column: ~1/3."""
    fractions = []
    for seed in range(200):
        rng = np.random.default_rng(seed)
        x, w = rng.normal(size=(1, 16, 16)), rng.normal(size=(1, 1, 3, 3))
        y, y_s = m.conv2d(x, w), m.conv2d(np.roll(x, 1, axis=2), w)
        pooled, p_s = m.max_pool2d(y), m.max_pool2d(y_s)
        fractions.append(np.isclose(p_s[:, :, 1:], pooled[:, :, 1:]).mean())
    assert 0.25 < np.mean(fractions) < 0.4
