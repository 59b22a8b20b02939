"""Unit tests of snippets/q09_softmax_cross_entropy.py."""

import numpy as np
import pytest

from snippets import q09_softmax_cross_entropy as m
from snippets.nn.gradcheck import check_gradient


def _batch(seed, n=5, k=4, scale=3.0):
    rng = np.random.default_rng(seed)
    return rng.normal(scale=scale, size=(n, k)), rng.integers(0, k, size=n)


@pytest.mark.parametrize("seed", range(4))
def test_gradient_matches_central_differences(seed):
    Z, y = _batch(seed)
    check_gradient(lambda V: m.softmax_cross_entropy(V, y), m.softmax_cross_entropy_grad(Z, y), Z)


def test_gradient_is_p_minus_onehot_over_n():
    Z, y = _batch(7)
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    Y = np.eye(Z.shape[1])[y]
    np.testing.assert_allclose(m.softmax_cross_entropy_grad(Z, y), (P - Y) / len(y), atol=1e-15)


def test_loss_equals_the_naive_formula_for_moderate_logits():
    Z, y = _batch(1)
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    naive = -np.mean(np.log(P[np.arange(len(y)), y]))
    assert abs(m.softmax_cross_entropy(Z, y) - naive) < 1e-12


def test_equal_logits_give_log_k():
    Z = np.zeros((3, 5))
    assert abs(m.softmax_cross_entropy(Z, np.array([0, 2, 4])) - np.log(5)) < 1e-12


def test_log_softmax_is_normalised_and_shift_invariant():
    Z, _ = _batch(2)
    np.testing.assert_allclose(np.exp(m.log_softmax(Z)).sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_allclose(m.log_softmax(Z + 500.0), m.log_softmax(Z), atol=1e-12)


def test_huge_logits_stay_finite_and_the_gradient_bounded():
    Z = np.array([[1e4, 0.0, -1e4], [-1e4, 1e4, 0.0]])
    y = np.array([2, 0])
    assert abs(m.softmax_cross_entropy(Z, y) - 2e4) < 1e-9
    G = m.softmax_cross_entropy_grad(Z, y)
    assert np.all(np.isfinite(G)) and np.abs(G).max() <= 1.0 / len(y)
    np.testing.assert_allclose(G.sum(axis=1), 0.0, atol=1e-15)


def test_main_prints_the_page_output(capsys):
    m.main()
    out = capsys.readouterr().out
    assert "1000.0000; mean 334.3486" in out
    assert out.rstrip().endswith("central differences agree to 1e-6: True")
