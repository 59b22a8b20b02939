"""Unit tests of snippets/q22_why_positions.py."""

import numpy as np
import pytest

from snippets import q22_why_positions as m


@pytest.fixture
def setup():
    rng = np.random.default_rng(5)
    d, n = 8, 7
    return rng.normal(0.0, d**-0.5, (3, d, d)), rng.normal(size=(n, d)), rng.permutation(n)


def test_attention_without_positions_is_permutation_equivariant(setup):
    W, X, perm = setup
    np.testing.assert_allclose(m.self_attention(X[perm], W), m.self_attention(X, W)[perm])


def test_positions_break_the_symmetry(setup):
    W, X, perm = setup
    pos = np.arange(len(X))
    for kw in ({"pe": m.sinusoidal_encoding(pos, 8)}, {"positions": pos}):
        assert not np.allclose(
            m.self_attention(X[perm], W, **kw), m.self_attention(X, W, **kw)[perm]
        )


def test_shaw_weights_without_offsets_equal_plain_attention(setup):
    W, X, _ = setup
    Q, K = X @ W[0], X @ W[1]
    plain = m.scaled_dot_product_attention(Q, K, X)[1]
    np.testing.assert_allclose(m.shaw_weights(Q, K, np.arange(len(X)), np.zeros((5, 8))), plain)


def test_shaw_weights_depend_on_clipped_offsets_only(setup):
    W, X, _ = setup
    Q, K = X @ W[0], X @ W[1]
    A = np.random.default_rng(2).normal(size=(5, 8))
    w0 = m.shaw_weights(Q, K, np.arange(7), A)
    w1 = m.shaw_weights(Q, K, np.arange(7) * 1 + 333, A)
    np.testing.assert_allclose(w0, w1)
    # spreading the positions changes the clipped offsets, and so the weights
    w2 = m.shaw_weights(Q, K, np.arange(7) * 10, A)
    assert not np.allclose(w0, w2)


def test_alibi_slopes_and_bias():
    np.testing.assert_allclose(m.alibi_slopes(8), [2.0**-k for k in range(1, 9)])
    np.testing.assert_allclose(m.alibi_slopes(16)[1::2], m.alibi_slopes(8))
    Z = np.zeros((4, 2))
    w = m.alibi_weights(Z, Z, np.arange(4), np.log(2.0))
    np.testing.assert_allclose(w[-1], np.array([1, 2, 4, 8]) / 15)  # weight halves per step back
    assert np.all(w[np.triu_indices(4, 1)] == 0.0)


def test_main_runs(capsys):
    m.main()
    out = capsys.readouterr().out
    assert out.count("True") == 5 and "sinusoidal (absolute)        False" in out
