"""Unit tests of snippets/q13_batch_sizes.py."""

import numpy as np
import pytest

from snippets import q13_batch_sizes as m
from snippets.nn.gradcheck import check_gradient


def test_least_squares_grad_matches_central_differences():
    rng = np.random.default_rng(0)
    X, y = m.make_problem(40, rng)
    theta = rng.standard_normal(5)
    check_gradient(lambda t: m.least_squares(t, X, y), m.least_squares_grad(theta, X, y), theta)
    check_gradient(
        lambda t: m.least_squares(t, X[:1], y[:1]), m.least_squares_grad(theta, X[:1], y[:1]), theta
    )


def test_minibatch_gradients_average_to_the_full_gradient():
    rng = np.random.default_rng(1)
    X, y = m.make_problem(64, rng)
    theta = rng.standard_normal(5)
    parts = [m.least_squares_grad(theta, X[i : i + 8], y[i : i + 8]) for i in range(0, 64, 8)]
    np.testing.assert_allclose(
        np.mean(parts, axis=0), m.least_squares_grad(theta, X, y), atol=1e-14
    )


def test_full_batch_is_plain_gradient_descent():
    rng = np.random.default_rng(2)
    X, y = m.make_problem(32, rng)
    theta, history, updates = m.minibatch_sgd(X, y, 32, 0.5, 3, np.random.default_rng(0))
    expected = np.zeros(5)
    for _ in range(3):
        expected = expected - 0.5 * m.least_squares_grad(expected, X, y)
    np.testing.assert_allclose(theta, expected, atol=1e-14)
    assert updates == 3 and len(history) == 4


def test_equal_budget_comparison():
    results, L, curvatures = m.run_all()
    assert L == pytest.approx(1.0, abs=0.1)
    assert curvatures.shape == (1024,)
    assert 0.2 < np.mean(curvatures > 2 * L) < 0.5  # why single-example SGD needs a smaller step
    final = {name: excess[-1] for name, (excess, _, _) in results.items()}
    updates = {name: u for name, (_, u, _) in results.items()}
    assert updates == {
        "batch GD": 20,
        "mini-batch 32": 640,
        "SGD (batch 1)": 20480,
        "SGD, decaying step": 20480,
    }
    assert final["batch GD"] > 1e-3  # 20 steps are not enough on this conditioning
    assert final["SGD, decaying step"] < 1e-5 < final["SGD (batch 1)"] < 1e-2
    for excess, _, _ in results.values():
        assert excess.min() > -1e-12  # theta* is the minimum
