"""Unit tests of snippets/q29_embedding_lookup.py (the core program)."""

import numpy as np
import pytest

from snippets import q29_embedding_lookup as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("tokens", [[4, 1, 4], [0, 0, 0, 0], [5, 3, 2, 3, 1]])
def test_embedding_backward_matches_finite_differences(rng, tokens):
    tokens = np.array(tokens)
    E = rng.normal(size=(6, 3))
    G = rng.normal(size=(len(tokens), 3))

    def loss(table):
        return float(np.sum(table[tokens] * G))  # any loss whose gradient for E[tokens] is G

    check_gradient(loss, m.embedding_backward(tokens, G, 6), E)


def test_the_gradient_is_one_hot_transpose_times_upstream_and_row_sparse(rng):
    tokens = rng.integers(0, 10, size=7)
    G = rng.normal(size=(7, 4))
    grad = m.embedding_backward(tokens, G, 10)
    np.testing.assert_allclose(grad, np.eye(10)[tokens].T @ G)
    unused = np.setdiff1d(np.arange(10), tokens)
    assert np.all(grad[unused] == 0.0)


def test_a_repeated_token_sums_its_contributions_where_fancy_indexing_does_not():
    G = np.array([[1.0, 2.0], [10.0, 20.0]])
    np.testing.assert_allclose(m.embedding_backward(np.array([3, 3]), G, 4)[3], [11.0, 22.0])
    wrong = np.zeros((4, 2))
    wrong[np.array([3, 3])] += G
    np.testing.assert_allclose(wrong[3], [10.0, 20.0])
