"""Unit tests of snippets/q26_regularisers_compared.py."""

import numpy as np
import pytest

from snippets import q26_regularisers_compared as m
from snippets.nn.gradcheck import check_gradient


def _mean_smoothed_ce(Z, y, eps):
    targets = (1.0 - eps) * np.eye(Z.shape[-1])[y] + eps / Z.shape[-1]
    return float(-np.sum(targets * m.log_softmax(Z)) / Z.shape[-2])


@pytest.mark.parametrize("eps", [0.0, 0.2])
def test_smoothed_cross_entropy_grad_matches_finite_differences(eps):
    rng = np.random.default_rng(5)
    Z, y = rng.normal(size=(5, 2)), rng.integers(0, 2, size=5)
    analytic = m.smoothed_cross_entropy_grad(Z, y, eps)
    check_gradient(lambda v: _mean_smoothed_ce(v, y, eps), analytic, Z)


def test_stacked_gradient_is_each_networks_own_gradient():
    rng = np.random.default_rng(6)
    Z, y = rng.normal(size=(3, 4, 2)), rng.integers(0, 2, size=(3, 4))
    eps = np.array([0.0, 0.1, 0.2])[:, None, None]
    G = m.smoothed_cross_entropy_grad(Z, y, eps)
    for i in range(3):
        np.testing.assert_allclose(G[i], m.smoothed_cross_entropy_grad(Z[i], y[i], eps[i, 0, 0]))


def test_rotation_keeps_the_radius_and_so_the_label():
    rng = np.random.default_rng(7)
    X = rng.uniform(-1, 1, (3, 50, 2))
    R = m.rotate(X, rng)
    np.testing.assert_allclose(np.hypot(R[..., 0], R[..., 1]), np.hypot(X[..., 0], X[..., 1]))


def test_per_network_dropout_rates():
    H = np.ones((3, 2000, 8))
    p = np.array([0.0, 0.2, 0.5])[:, None, None]
    out, mask = m.drop(H, p, np.random.default_rng(8))
    np.testing.assert_array_equal(out[0], 1.0)
    for i, rate in enumerate([0.2, 0.5], start=1):
        assert set(np.unique(mask[i]).tolist()) == {0.0, 1.0 / (1.0 - rate)}
        assert abs(np.mean(mask[i] == 0.0) - rate) < 0.02
