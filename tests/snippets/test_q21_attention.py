"""Unit tests of snippets/q21_attention.py (the core program)."""

import numpy as np

from snippets import q21_attention as m


def test_weights_are_a_causal_distribution():
    w = m.weights
    np.testing.assert_allclose(w.sum(axis=1), 1.0, rtol=1e-12)
    assert np.all(w[~m.causal_mask(len(w))] == 0.0)
    assert np.all(w[m.causal_mask(len(w))] > 0.0)


def test_output_is_the_weighted_average_of_values_computed_by_loops():
    Q, K, V = m.Q, m.K, m.V
    n, d_k = Q.shape
    expected = np.zeros_like(m.out)
    for i in range(n):
        scores = np.array([Q[i] @ K[j] / np.sqrt(d_k) for j in range(i + 1)])
        weights = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
        expected[i] = sum(weights[j] * V[j] for j in range(i + 1))
    np.testing.assert_allclose(m.out, expected, rtol=1e-12, atol=1e-14)


def test_first_token_attends_only_to_itself():
    np.testing.assert_allclose(m.out[0], m.V[0], rtol=1e-12)
