"""Unit tests of snippets/q18_training_loop.py."""

import numpy as np
import pytest

from snippets import q18_training_loop as m

RNG = np.random.default_rng(0)
X = RNG.uniform(-1, 1, 60)
Y = np.sin(3 * X) + 0.1 * RNG.normal(size=60)


def test_features_are_powers():
    np.testing.assert_array_equal(m.features(np.array([2.0, -1.0]), 2), [[1, 2, 4], [1, -1, 1]])


@pytest.mark.parametrize("degree", [1, 3, 7])
def test_only_the_architecture_changes_the_parameter_count(degree):
    sizes = {m.train(X, Y, degree, lr, b, e).size for lr, b, e in [(0.1, 10, 5), (0.01, 60, 2)]}
    assert sizes == {degree + 1}


def test_full_batch_sgd_is_gradient_descent_on_the_mse():
    w = m.train(X, Y, 2, 0.1, len(X), 3)
    A, v = m.features(X, 2), np.zeros(3)
    for _ in range(3):
        v -= 0.1 * 2.0 * A.T @ (A @ v - Y) / len(X)
    np.testing.assert_allclose(w, v, rtol=1e-12)


def test_long_training_reaches_least_squares():
    A = m.features(X, 3)
    np.testing.assert_allclose(
        m.train(X, Y, 3, 0.2, len(X), 20_000), np.linalg.lstsq(A, Y, rcond=None)[0], atol=1e-6
    )


def test_too_large_a_learning_rate_stops_on_divergence():
    w = m.train(X, Y, 5, 5.0, 10, 100)
    assert np.all(np.isfinite(w)) and np.abs(w).max() > 1e6
