"""Unit tests of snippets/q32_classifier_metrics.py (the core program), against direct definitions."""

import numpy as np
import pytest

from snippets import q32_classifier_metrics as m


def _labels_and_scores(rng, n_pos=40, n_neg=160):
    y = np.r_[np.ones(n_pos, dtype=int), np.zeros(n_neg, dtype=int)]
    return y, np.r_[rng.normal(1.0, 1.0, n_pos), rng.normal(0.0, 1.0, n_neg)]


def _auc_by_pairs(y, s):
    return np.mean(s[y == 1][:, None] > s[y == 0][None, :])


def _ap_by_definition(y, s):
    order = np.argsort(-s)
    precisions = [np.mean(y[order][: k + 1]) for k in range(len(y)) if y[order][k] == 1]
    return np.mean(precisions)


def test_confusion_counts_match_a_loop(rng):
    y, s = _labels_and_scores(rng)
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for label, score in zip(y, s, strict=True):
        key = ("t" if (score >= 0.5) == (label == 1) else "f") + ("p" if score >= 0.5 else "n")
        counts[key] += 1
    assert m.confusion(y, s, 0.5) == [counts["tp"], counts["fp"], counts["fn"], counts["tn"]]


def test_roc_auc_is_the_fraction_of_correctly_ordered_pairs(rng):
    y, s = _labels_and_scores(rng)
    np.testing.assert_allclose(m.roc_auc(y, s), _auc_by_pairs(y, s), rtol=1e-12)


def test_roc_auc_extremes_and_monotone_invariance(rng):
    y, s = _labels_and_scores(rng)
    rank_order = np.r_[np.arange(40) + 160.0, np.arange(160.0)]
    assert m.roc_auc(y, rank_order) == 1.0
    assert m.roc_auc(y, -rank_order) == 0.0
    np.testing.assert_allclose(m.roc_auc(y, np.exp(3 * s)), m.roc_auc(y, s), rtol=1e-12)


def test_roc_auc_does_not_change_when_every_negative_is_repeated(rng):
    y, s = _labels_and_scores(rng)
    y10, s10 = np.r_[y[y == 1], np.tile(y[y == 0], 10)], np.r_[s[y == 1], np.tile(s[y == 0], 10)]
    np.testing.assert_allclose(m.roc_auc(y10, s10), m.roc_auc(y, s), rtol=1e-12)


def test_average_precision_matches_its_definition(rng):
    y, s = _labels_and_scores(rng)
    np.testing.assert_allclose(m.average_precision(y, s), _ap_by_definition(y, s), rtol=1e-12)
    assert m.average_precision(y, np.r_[np.ones(40), np.zeros(160)]) == 1.0


@pytest.mark.parametrize("prevalence", [0.5, 0.1, 0.02])
def test_average_precision_of_a_random_ranking_is_about_the_prevalence(rng, prevalence):
    n = 20_000
    y = (np.arange(n) < prevalence * n).astype(int)
    ap = m.average_precision(y, rng.random(n))
    assert abs(ap - prevalence) < 0.2 * prevalence + 0.01
