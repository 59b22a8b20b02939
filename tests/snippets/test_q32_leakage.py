"""Unit tests of snippets/q32_leakage.py."""

import numpy as np

from snippets import q32_leakage as m


def test_f1_at_matches_precision_and_recall(rng):
    y, s = m.draw(rng, 500)
    p = s >= 1.0
    tp = np.sum(p & (y == 1))
    precision, recall = tp / np.sum(p), tp / np.sum(y)
    np.testing.assert_allclose(m.f1_at(y, s, 1.0), 2 * precision * recall / (precision + recall))


def test_best_threshold_maximises_f1_over_all_scores(rng):
    y, s = m.draw(rng, 300)
    t = m.best_threshold(y, s)
    assert m.f1_at(y, s, t) >= max(m.f1_at(y, s, c) for c in s) - 1e-12


def test_true_f1_matches_a_large_sample(rng):
    y, s = m.draw(rng, 400_000)
    for t in [0.5, 1.2, 2.0]:
        assert abs(m.true_f1(t) - m.f1_at(y, s, t)) < 0.01


def test_nearest_centroid_and_feature_selection_on_separable_data(rng):
    y = np.repeat([0, 1], 50)
    X = rng.normal(size=(100, 30))
    X[:, [3, 17]] += 4.0 * y[:, None]  # only columns 3 and 17 carry the label
    assert sorted(m.top_features(X, y, 2).tolist()) == [3, 17]
    tr, te = np.arange(0, 100, 2), np.arange(1, 100, 2)
    assert m.nearest_centroid_accuracy(X[tr][:, [3, 17]], y[tr], X[te][:, [3, 17]], y[te]) == 1.0
