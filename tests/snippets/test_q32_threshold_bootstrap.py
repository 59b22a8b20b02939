"""Unit tests of snippets/q32_threshold_bootstrap.py."""

import numpy as np
import pytest

from snippets import q32_threshold_bootstrap as m


@pytest.mark.parametrize("target", [0.5, 0.9, 0.95, 1.0])
def test_threshold_for_recall_is_the_largest_that_meets_the_target(rng, target):
    y, s = m.draw(rng, 600, prevalence=0.2)
    t = m.threshold_for_recall(y, s, target)
    recall = m.metrics(y, s, t, 1.0, 1.0)[0]
    assert recall >= target - 1e-12
    higher = np.sort(s[(y == 1) & (s > t)])
    if higher.size:
        assert m.metrics(y, s, higher[0], 1.0, 1.0)[0] < target


def test_threshold_for_cost_minimises_the_cost_over_all_scores(rng):
    y, s = m.draw(rng, 400)
    t = m.threshold_for_cost(y, s, 10.0, 1.0)
    cost = m.metrics(y, s, t, 10.0, 1.0)[2]
    assert all(cost <= m.metrics(y, s, c, 10.0, 1.0)[2] + 1e-12 for c in s)
    assert cost <= m.metrics(y, s, np.inf, 10.0, 1.0)[2] + 1e-12  # never worse than "all negative"


def test_metrics_on_rows_equal_metrics_of_each_row(rng):
    y, s = m.draw(rng, 300)
    idx = rng.integers(0, 300, (5, 300))
    rows = m.metrics(y[idx], s[idx], 0.8, 10.0, 1.0)
    for b in range(5):
        single = m.metrics(y[idx[b]], s[idx[b]], 0.8, 10.0, 1.0)
        for got, want in zip(rows, single, strict=True):
            np.testing.assert_allclose(got[b], want, rtol=1e-12)


def test_metrics_by_hand():
    y, s = np.array([1, 1, 0, 0, 1]), np.array([0.9, 0.2, 0.8, 0.1, 0.7])
    recall, precision, cost = m.metrics(y, s, 0.5, 10.0, 1.0)  # TP 2, FP 1, FN 1
    assert (recall, precision, cost) == (2 / 3, 2 / 3, 11.0 / 5)


def test_bootstrap_interval_brackets_the_estimate_and_narrows_with_more_data(rng):
    y, s = m.draw(rng, 4000)
    t = m.threshold_for_recall(y, s, 0.9)
    estimate = m.metrics(y, s, t, 10.0, 1.0)
    ci_all = m.bootstrap_ci(y, s, t, np.random.default_rng(0), 10.0, 1.0, n_boot=500)
    ci_small = m.bootstrap_ci(y[:500], s[:500], t, np.random.default_rng(0), 10.0, 1.0, n_boot=500)
    for (lo, hi), value in zip(ci_all, estimate, strict=True):
        assert lo <= value <= hi
    assert ci_all[0][1] - ci_all[0][0] < ci_small[0][1] - ci_small[0][0]


def test_bootstrap_is_reproducible_with_the_same_seed(rng):
    y, s = m.draw(rng, 300)
    a = m.bootstrap_ci(y, s, 1.0, np.random.default_rng(7), 10.0, 1.0, n_boot=200)
    b = m.bootstrap_ci(y, s, 1.0, np.random.default_rng(7), 10.0, 1.0, n_boot=200)
    assert np.array_equal(np.array(a), np.array(b))
