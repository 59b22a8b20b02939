"""Unit tests of snippets/q09_cross_entropy_kl.py."""

import numpy as np
import pytest

from snippets import q09_cross_entropy_kl as m


def _pair(seed, k=6):
    rng = np.random.default_rng(seed)
    q = rng.dirichlet(np.ones(k))
    return q, m.log_softmax(rng.normal(scale=2.0, size=k))


@pytest.mark.parametrize("seed", range(5))
def test_cross_entropy_is_entropy_plus_kl(seed):
    q, log_p = _pair(seed)
    ce = m.cross_entropy(q, log_p)
    assert abs(ce - (m.entropy(q) + m.kl_divergence(q, log_p))) < 1e-12
    assert m.kl_divergence(q, log_p) > 0


def test_kl_is_zero_at_p_equal_q_and_one_hot_cross_entropy_is_kl():
    q, _ = _pair(9)
    assert abs(m.kl_divergence(q, np.log(q))) < 1e-15
    one_hot = np.eye(4)[2]
    log_p = m.log_softmax(np.array([0.3, -1.0, 2.0, 0.5]))
    assert m.entropy(one_hot) == 0.0
    assert abs(m.cross_entropy(one_hot, log_p) - m.kl_divergence(one_hot, log_p)) < 1e-15


def test_uniform_entropy_is_log_k():
    assert abs(m.entropy(np.full(7, 1 / 7)) - np.log(7)) < 1e-12
