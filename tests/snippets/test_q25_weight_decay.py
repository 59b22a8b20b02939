"""Unit tests of snippets/q25_weight_decay.py."""

import numpy as np
import pytest

from snippets import q25_weight_decay as m


def test_l2_under_adam_shrinks_a_penalty_only_weight_whatever_lam():
    small, large = m.train(False, 1e-3), m.train(False, 1e-1)
    assert small[1] == pytest.approx(large[1], rel=1e-3)  # equal but for eps
    assert small[1] < 0.5


def test_decoupled_decay_shrinks_by_one_minus_lr_lam_per_step():
    for lam in (1e-3, 1e-1):
        assert m.train(True, lam)[1] == pytest.approx(2.0 * (1 - 0.01 * lam) ** 300, rel=1e-12)


def test_warmup_cosine_endpoints_and_monotonicity():
    peak, warm, total = 3e-4, 1000, 10000
    assert m.warmup_cosine(0, peak, warm, total) == 0.0
    assert m.warmup_cosine(warm, peak, warm, total) == pytest.approx(peak)
    assert m.warmup_cosine(total, peak, warm, total) == pytest.approx(0.1 * peak)
    values = [m.warmup_cosine(s, peak, warm, total) for s in range(0, total + 1, 100)]
    k = warm // 100
    assert np.all(np.diff(values[: k + 1]) > 0) and np.all(np.diff(values[k:]) < 0)
