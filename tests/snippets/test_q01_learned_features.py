"""Tests of `snippets/q01_learned_features.py`."""

import numpy as np
import pytest

from snippets import q01_learned_features as q


def test_tasks_are_balanced_and_defined_as_documented():
    rng = np.random.default_rng(1)
    for task in ("disc", "xor"):
        x, y = q.make_task(task, 20000, rng)
        assert x.shape == (20000, 2) and set(np.unique(y)) == {0.0, 1.0}
        assert abs(y.mean() - 0.5) < 0.02
    x, y = q.make_task("xor", 100, rng)
    np.testing.assert_array_equal(y == 1, np.sign(x[:, 0]) == np.sign(x[:, 1]))


def test_with_radius_appends_the_standardised_squared_radius():
    x = np.array([[3.0, 4.0], [0.0, 1.0]])
    np.testing.assert_allclose(q.with_radius(x), [[3.0, 4.0, 25.0], [0.0, 1.0, 1.0]])
    np.testing.assert_allclose(q.with_radius(x, 1.0, 2.0)[:, 2], [12.0, 0.0])


def test_rank_correlation_of_monotone_transforms_is_plus_or_minus_one():
    a = np.random.default_rng(2).normal(size=50)
    assert q.rank_correlation(a, np.exp(a)) == pytest.approx(1.0)
    assert q.rank_correlation(a, -(a**3)) == pytest.approx(-1.0)


def test_the_hand_made_feature_helps_only_on_the_disc():
    rng = np.random.default_rng(3)
    accuracy = {}
    for task in ("disc", "xor"):
        x, y = q.make_task(task, 400, rng)
        x_test, y_test = q.make_task(task, 2000, rng)
        r2 = np.sum(x**2, axis=1)
        scores = q.fit(q.with_radius(x, r2.mean(), r2.std()), y, 0, rng)(
            q.with_radius(x_test, r2.mean(), r2.std())
        )
        accuracy[task] = np.mean((scores > 0) == (y_test == 1))
    assert accuracy["disc"] > 0.95 and accuracy["xor"] < 0.7
