"""Unit tests of snippets/q29_word_vectors.py."""

import numpy as np
import pytest

from snippets import q29_word_vectors as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("k", [1, 3, 5])
@pytest.mark.parametrize("scale", [0.3, 1.0, 3.0])
def test_sgns_grad_matches_finite_differences(rng, k, scale):
    v, u, U = (scale * rng.normal(size=s) for s in [(4,), (4,), (k, 4)])
    dv, du, dU = m.sgns_grad(v, u, U)
    check_gradient(lambda x: m.sgns_loss(x, u, U), dv, v)
    check_gradient(lambda x: m.sgns_loss(v, x, U), du, u)
    check_gradient(lambda x: m.sgns_loss(v, u, x), dU, U)


def test_sgns_loss_is_finite_for_large_scores_and_matches_the_log_sigmoid_form(rng):
    v, u, U = rng.normal(size=3), rng.normal(size=3), rng.normal(size=(2, 3))
    sig = 1.0 / (1.0 + np.exp(-np.r_[u @ v, -(U @ v)]))
    np.testing.assert_allclose(m.sgns_loss(v, u, U), -np.sum(np.log(sig)))
    big = np.array([1000.0, 0.0, 0.0])
    assert np.isfinite(m.sgns_loss(big, -big, big[None, :]))
    assert m.sgns_loss(big, big, -big[None, :]) == 0.0


def test_cosine_similarity_ignores_length_and_is_bounded(rng):
    a, b = rng.normal(size=5), rng.normal(size=5)
    assert m.cosine_similarity(3.0 * a, 0.5 * b) == pytest.approx(m.cosine_similarity(a, b))
    assert -1.0 <= m.cosine_similarity(a, b) <= 1.0
    assert m.cosine_similarity(a, -a) == pytest.approx(-1.0)


def test_skipgram_pairs_counts_each_neighbour_within_the_window():
    pairs = m.skipgram_pairs(["a b c d e"], {w: i for i, w in enumerate("abcde")}, window=2)
    assert len(pairs) == 2 * (4 + 3)  # pairs at distance 1 and 2, both directions
    assert (2, 0) in map(tuple, pairs) and (0, 3) not in map(tuple, pairs)


def test_training_lowers_the_loss_and_groups_words_with_shared_contexts(capsys):
    m.main()
    rows = {
        line.split()[0] + "/" + line.split()[2]: float(line.split()[-1])
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("  ") and " / " in line
    }
    assert rows["cat/dog"] > 0.9 and rows["car/bus"] > 0.9
    assert rows["cat/car"] < 0.6 and rows["dog/bus"] < 0.6
