"""Tests of snippets/q12_anomaly_threshold.py."""

import numpy as np

from snippets.q12_anomaly_threshold import threshold_false_alarm_rates


def test_shape_range_and_chunking():
    rates = threshold_false_alarm_rates(np.random.default_rng(0), 100, trials=1234, chunk=500)
    assert rates.shape == (1234,)
    assert np.all((rates > 0) & (rates < 1))


def test_rates_centre_on_the_target_and_shrink_with_n():
    rng = np.random.default_rng(1)
    small = threshold_false_alarm_rates(rng, 512, trials=3000)
    large = threshold_false_alarm_rates(rng, 5120, trials=1000)
    assert abs(np.median(small) - 0.01) < 0.002
    assert abs(np.median(large) - 0.01) < 0.0005
    assert np.std(large) < np.std(small) / 2


def test_uniform_scores_stand_for_any_continuous_score():
    """The same thresholds on exponential scores (F(s) = 1 - exp(-s)) give the same rates."""
    rng = np.random.default_rng(2)
    scores = rng.exponential(size=(2000, 512))
    exp_rates = np.exp(-np.quantile(scores, 0.99, axis=1))  # 1 - F(threshold)
    uniform_rates = threshold_false_alarm_rates(rng, 512, trials=2000)
    np.testing.assert_allclose(
        np.quantile(exp_rates, [0.05, 0.5, 0.95]),
        np.quantile(uniform_rates, [0.05, 0.5, 0.95]),
        rtol=0.1,
    )
