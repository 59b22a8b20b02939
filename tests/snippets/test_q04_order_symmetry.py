"""Tests of `snippets/q04_order_symmetry.py`."""

import numpy as np
import pytest

from snippets import q04_order_symmetry as q


@pytest.fixture
def weights():
    rng = np.random.default_rng(0)
    d = 6
    return rng, d, [rng.normal(size=(d, d)) / np.sqrt(d) for _ in range(3)]


def test_softmax_rows_are_distributions_even_for_large_inputs():
    p = q.softmax(np.array([[1000.0, 1000.0, -1000.0], [0.0, 1.0, 2.0]]))
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(p[0], [0.5, 0.5, 0.0])


def test_attention_is_permutation_equivariant(weights):
    rng, d, (wq, wk, wv) = weights
    x = rng.normal(size=(7, d))
    for _ in range(5):
        perm = rng.permutation(7)
        np.testing.assert_allclose(
            q.self_attention(x[perm], wq, wk, wv), q.self_attention(x, wq, wk, wv)[perm], atol=1e-12
        )


def test_positional_encodings_make_attention_order_sensitive(weights):
    rng, d, (wq, wk, wv) = weights
    x = rng.normal(size=(4, d))
    pe = q.sinusoidal_positions(4, d)
    pooled = q.self_attention(x + pe, wq, wk, wv).mean(axis=0)
    pooled_reversed = q.self_attention(x[::-1] + pe, wq, wk, wv).mean(axis=0)
    assert np.linalg.norm(pooled - pooled_reversed) > 1e-3


def test_sinusoidal_positions_match_the_formula():
    enc = q.sinusoidal_positions(5, 6)
    assert enc.shape == (5, 6)
    pos, i = 3, 1
    assert enc[pos, 2 * i] == pytest.approx(np.sin(pos / 10000 ** (2 * i / 6)))
    assert enc[pos, 2 * i + 1] == pytest.approx(np.cos(pos / 10000 ** (2 * i / 6)))


def test_rnn_sees_order(weights):
    rng, d, (w_in, w_rec, _) = weights
    x = rng.normal(size=(3, d))
    assert (
        np.linalg.norm(q.rnn_final_state(x, w_in, w_rec) - q.rnn_final_state(x[::-1], w_in, w_rec))
        > 1e-3
    )


def test_graph_layer_is_permutation_equivariant(weights):
    rng, d, (w_self, w_neigh, _) = weights
    n = 6
    upper = np.triu(rng.uniform(size=(n, n)) < 0.5, 1).astype(float)
    adjacency = upper + upper.T
    h = rng.normal(size=(n, d))
    out = q.graph_layer(adjacency, h, w_self, w_neigh)
    for _ in range(5):
        p = np.eye(n)[rng.permutation(n)]
        np.testing.assert_allclose(
            q.graph_layer(p @ adjacency @ p.T, p @ h, w_self, w_neigh), p @ out, atol=1e-12
        )


def test_causal_attention_uses_only_earlier_tokens_and_sees_order(weights):
    rng, d, (wq, wk, wv) = weights
    x = rng.normal(size=(5, d))
    out = q.self_attention(x, wq, wk, wv, causal=True)
    np.testing.assert_allclose(out[0], x[0] @ wv)  # the first token can attend only to itself
    changed = x.copy()
    changed[3:] = rng.normal(size=(2, d))  # later tokens do not affect earlier outputs
    np.testing.assert_allclose(q.self_attention(changed, wq, wk, wv, causal=True)[:3], out[:3])
    reversed_pooled = q.self_attention(x[::-1], wq, wk, wv, causal=True).mean(axis=0)
    assert q.relative_distance(out.mean(axis=0), reversed_pooled) > 1e-3


def test_relative_distance_is_scale_free():
    a, b = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    assert q.relative_distance(a, a) == 0.0
    assert q.relative_distance(a, b) == pytest.approx(np.sqrt(2))
    assert q.relative_distance(10 * a, 10 * b) == pytest.approx(q.relative_distance(a, b))
