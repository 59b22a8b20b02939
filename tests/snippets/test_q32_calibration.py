"""Unit tests of snippets/q32_calibration.py."""

import numpy as np
import pytest

from snippets import q32_calibration as m


def test_reliability_bins_count_every_prediction_once(rng):
    p, y = np.r_[rng.random(500), 0.0, 1.0], rng.integers(0, 2, 502)
    count, mean_p, frac_pos = m.reliability_bins(p, y)
    assert count.sum() == 502 and count[0] >= 1 and count[-1] >= 1
    edges = np.arange(11) / 10
    filled = count > 0
    assert np.all(mean_p[filled] >= edges[:-1][filled]) and np.all(
        mean_p[filled] <= edges[1:][filled]
    )
    assert np.all((frac_pos >= 0) & (frac_pos <= 1))


def test_ece_matches_a_loop_over_bins(rng):
    p, y = rng.random(300), rng.integers(0, 2, 300)
    total = 0.0
    for k in range(10):
        inside = (p >= k / 10) & (p < (k + 1) / 10)
        if inside.any():
            total += inside.sum() * abs(y[inside].mean() - p[inside].mean())
    np.testing.assert_allclose(m.expected_calibration_error(p, y), total / 300, rtol=1e-12)


def test_ece_is_zero_for_the_base_rate_and_large_for_confident_mistakes():
    y = np.r_[np.ones(30), np.zeros(70)]
    assert m.expected_calibration_error(np.full(100, 0.3), y) < 1e-12
    assert m.expected_calibration_error(1.0 - y * 0.98 - (1 - y) * 0.01, y) > 0.9


def _nll(z, y, T):
    return m.binary_cross_entropy_with_logits(z / T, y)


@pytest.mark.parametrize("scale", [0.5, 1.0, 3.0])
def test_fit_temperature_finds_the_nll_minimum(rng, scale):
    a = rng.normal(0.0, 1.5, 4000)
    y = (rng.random(4000) < m.sigmoid(a)).astype(int)
    z = scale * a
    T = m.fit_temperature(z, y)
    grid = np.linspace(0.05, 20.0, 4001)
    best = grid[np.argmin([_nll(z, y, t) for t in grid])]
    assert abs(T - best) < 0.01
    assert _nll(z, y, T) <= min(_nll(z, y, T * 0.99), _nll(z, y, T * 1.01))
    assert abs(T - scale) < 0.2 * scale  # the true temperature, up to sampling noise


def test_temperature_keeps_predictions_and_ranking(rng):
    z, y = rng.normal(0.0, 4.0, 1000), rng.integers(0, 2, 1000)
    for T in [0.3, 3.0]:
        assert np.array_equal(m.sigmoid(z / T) >= 0.5, m.sigmoid(z) >= 0.5)
        np.testing.assert_allclose(m.roc_auc(y, z / T), m.roc_auc(y, z), rtol=1e-12)


def test_temperature_scaling_lowers_ece_on_an_overconfident_model():
    rng = np.random.default_rng(3)
    _, y_val, z_val = m.make_split(rng, 2000)
    _, y, z = m.make_split(rng, 5000)
    T = m.fit_temperature(z_val, y_val)
    assert T > 2.0
    before = m.expected_calibration_error(m.sigmoid(z), y)
    after = m.expected_calibration_error(m.sigmoid(z / T), y)
    assert after < before / 5
