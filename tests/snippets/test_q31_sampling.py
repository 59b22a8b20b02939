"""Unit tests of snippets/q31_sampling.py."""

import numpy as np
import pytest

from snippets import q31_sampling as m

WORDS = m.CORPUS.split()
VOCAB = sorted(set(WORDS))
LOG_P = m.fit_bigram(WORDS, VOCAB)


def test_bigram_rows_are_distributions():
    np.testing.assert_allclose(np.exp(LOG_P).sum(axis=1), 1.0)


def test_without_smoothing_the_fit_is_the_relative_frequency():
    with np.errstate(divide="ignore"):  # log 0 for the pair "b b" that never occurs
        log_p = m.fit_bigram(["a", "b", "a", "a", "b"], ["a", "b"], alpha=0.0)
    np.testing.assert_allclose(np.exp(log_p), [[1 / 3, 2 / 3], [1.0, 0.0]])


def test_counting_minimises_the_cross_entropy_among_bigram_tables(rng):
    ids = np.array([VOCAB.index(w) for w in WORDS])
    with np.errstate(divide="ignore"):  # -inf only on pairs that never occur
        best = m.fit_bigram(WORDS, VOCAB, alpha=0.0)
    ce = -best[ids[:-1], ids[1:]].mean()
    for _ in range(20):
        other = m.log_softmax(best + rng.normal(0.0, 0.3, best.shape))  # a perturbed table
        other = np.where(np.isfinite(other), other, -1e9)
        assert -other[ids[:-1], ids[1:]].mean() >= ce


def test_greedy_is_deterministic_and_takes_the_argmax(rng):
    out = m.generate(LOG_P, 0, 6, 0.0, rng)
    np.testing.assert_array_equal(out, m.generate(LOG_P, 0, 6, 0.0, np.random.default_rng(0)))
    assert out[0] == np.argmax(LOG_P[0])


def test_samples_follow_the_tempered_distribution(rng):
    T, start = 0.7, VOCAB.index("the")
    draws = np.array([m.generate(LOG_P, start, 1, T, rng)[0] for _ in range(4000)])
    expected = np.exp(m.log_softmax(LOG_P[start] / T))
    freq = np.bincount(draws, minlength=len(VOCAB)) / len(draws)
    np.testing.assert_allclose(freq, expected, atol=0.03)


def test_top_p_never_samples_outside_the_nucleus(rng):
    start = VOCAB.index("the")
    p = np.exp(LOG_P[start])
    kept = set(m.nucleus(p, 0.5).tolist())
    draws = [m.generate(LOG_P, start, 1, 1.0, rng, top_p=0.5)[0] for _ in range(500)]
    assert set(draws) <= kept


@pytest.mark.parametrize("top_p", [0.3, 0.9])
def test_nucleus_mass_reaches_top_p(top_p):
    p = np.exp(LOG_P[VOCAB.index("cat")])
    kept = m.nucleus(p, top_p)
    assert p[kept].sum() >= top_p
    assert p[kept[:-1]].sum() < top_p  # and no smaller prefix does


def test_smoothing_gives_a_once_seen_word_half_its_mass_on_unseen_pairs():
    # "ran" occurs once, followed by "to": 1 + 13 * 0.1 in its row, 12 * 0.1 on the other words
    row = np.exp(LOG_P[VOCAB.index("ran")])
    unseen = row.sum() - row[VOCAB.index("to")]
    np.testing.assert_allclose(unseen, 1.2 / 2.3)
