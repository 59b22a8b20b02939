"""Unit tests of snippets/nn/initialisation.py: shapes, variances, bounds, and what the variances
are for: a signal keeps its scale through a deep network."""

import numpy as np
import pytest

from snippets.nn.initialisation import glorot_uniform, he_normal, lecun_normal

FAN_IN, FAN_OUT = 300, 200
N = FAN_IN * FAN_OUT


@pytest.mark.parametrize(
    "init, variance",
    [
        (lecun_normal, 1.0 / FAN_IN),
        (glorot_uniform, 2.0 / (FAN_IN + FAN_OUT)),
        (he_normal, 2.0 / FAN_IN),
    ],
    ids=["lecun_normal", "glorot_uniform", "he_normal"],
)
def test_shape_mean_and_variance(init, variance):
    W = init(FAN_IN, FAN_OUT, np.random.default_rng(8))
    assert W.shape == (FAN_IN, FAN_OUT)
    # Five standard errors of the sample mean and variance (kurtosis 3 normal, 1.8 uniform).
    assert abs(W.mean()) < 5 * np.sqrt(variance / N)
    assert abs(W.var() / variance - 1.0) < 5 * np.sqrt(2.0 / N)


def test_glorot_uniform_stays_within_its_bound_and_reaches_it():
    W = glorot_uniform(FAN_IN, FAN_OUT, np.random.default_rng(8))
    limit = np.sqrt(6.0 / (FAN_IN + FAN_OUT))
    assert np.abs(W).max() <= limit and np.abs(W).max() > 0.999 * limit


def test_same_seed_same_weights():
    a = he_normal(5, 3, np.random.default_rng(9))
    np.testing.assert_array_equal(a, he_normal(5, 3, np.random.default_rng(9)))


@pytest.mark.parametrize(
    "init, activation",
    [(he_normal, lambda z: np.maximum(z, 0.0)), (lecun_normal, lambda z: z)],
    ids=["he + relu", "lecun + linear"],
)
def test_signal_keeps_its_scale_through_30_layers(init, activation):
    rng = np.random.default_rng(10)
    h = rng.normal(size=(500, 256))
    start = np.mean(h**2)
    for _ in range(30):
        h = activation(h @ init(256, 256, rng))
    assert 0.25 < np.mean(h**2) / start < 4.0  # a factor 2 off per layer would be 2**30
