"""Tests of snippets/q15_norm_layers.py."""

import numpy as np
import pytest

from snippets.q15_norm_layers import BatchNorm2d, group_norm, normalise, rms_norm

X = np.random.default_rng(0).normal(3.0, 2.0, size=(6, 4, 3, 3))


@pytest.mark.parametrize("axes", [(0, 2, 3), (1, 2, 3), (2, 3), (0,)])
def test_normalise_gives_zero_mean_unit_variance_over_its_axes(axes):
    y, mean, var = normalise(X, axes)
    assert y.shape == X.shape
    assert mean.shape == var.shape == tuple(1 if i in axes else s for i, s in enumerate(X.shape))
    np.testing.assert_allclose(y.mean(axis=axes), 0.0, atol=1e-12)
    np.testing.assert_allclose(y.var(axis=axes), 1.0, rtol=1e-3)


def test_group_norm_limits_are_layer_norm_and_instance_norm():
    np.testing.assert_allclose(group_norm(X, 1)[0], normalise(X, (1, 2, 3))[0])
    np.testing.assert_allclose(group_norm(X, 4)[0], normalise(X, (2, 3))[0])


def test_rms_norm_has_unit_rms_and_keeps_the_mean_direction():
    x = np.random.default_rng(1).normal(2.0, 1.0, size=(5, 8))
    y, rms = rms_norm(x)
    assert rms.shape == (5, 1)
    np.testing.assert_allclose(np.sqrt(np.mean(y**2, axis=-1)), 1.0, rtol=1e-4)
    assert np.all(y.mean(axis=-1) > 0)  # no centring


def test_batch_norm_running_statistics_and_modes():
    bn = BatchNorm2d(4, momentum=1.0)  # momentum 1: running stats = last batch stats
    y_train = bn(X)
    np.testing.assert_allclose(bn.running_mean, X.mean(axis=(0, 2, 3)))
    np.testing.assert_allclose(bn.running_var, X.var(axis=(0, 2, 3), ddof=1))  # unbiased
    bn.training = False
    mean = X.mean(axis=(0, 2, 3)).reshape(1, -1, 1, 1)
    var = X.var(axis=(0, 2, 3), ddof=1).reshape(1, -1, 1, 1)
    np.testing.assert_allclose(bn(X), (X - mean) / np.sqrt(var + 1e-5), atol=1e-12)
    np.testing.assert_allclose(bn(X), y_train, rtol=0.01)  # biased vs unbiased: close
    # in inference mode each example is normalised independently of its batch mates
    np.testing.assert_allclose(bn(X[:1]), bn(X)[:1])


def test_batch_norm_training_mode_couples_examples():
    bn = BatchNorm2d(4)
    assert not np.allclose(bn(X[:2])[0], bn(X)[0])
