"""Unit tests of snippets/q24_init_depth.py (the core program)."""

import numpy as np
import pytest

from snippets import q24_init_depth as m


def _rms_after(init, depth, seed=0, width=128):
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(100, width))
    for _ in range(depth):
        a = np.maximum(a @ init(width, width, rng), 0.0)
    return float(np.sqrt(np.mean(a**2)))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_he_keeps_relu_activations_of_order_one(seed):
    assert 0.3 < _rms_after(m.he_normal, 50, seed) < 3.0


def test_lecun_halves_the_mean_square_per_relu_layer():
    ratio = _rms_after(m.lecun_normal, 20) ** 2 / _rms_after(m.lecun_normal, 10) ** 2
    assert 0.35**10 < ratio < 0.7**10  # about 0.5 per layer


def test_initialisers_have_the_stated_variances():
    rng = np.random.default_rng(3)
    assert np.var(m.lecun_normal(400, 400, rng)) == pytest.approx(1 / 400, rel=0.02)
    assert np.var(m.he_normal(400, 400, rng)) == pytest.approx(2 / 400, rel=0.02)
    assert np.var(m.glorot_uniform(300, 500, rng)) == pytest.approx(2 / 800, rel=0.02)
