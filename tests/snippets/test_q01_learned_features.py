"""Tests of `snippets/q01_learned_features.py`."""

import numpy as np

from snippets import q01_learned_features as q
from snippets.nn.gradcheck import check_gradient


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


def test_the_hand_made_feature_helps_only_on_the_disc():
    rng = np.random.default_rng(3)
    accuracy = {}
    for task in ("disc", "xor"):
        x, y = q.make_task(task, 400, rng)
        x_test, y_test = q.make_task(task, 2000, rng)
        r2 = np.sum(x**2, axis=1)
        scores = q.fit_linear(q.with_radius(x, r2.mean(), r2.std()), y, rng)(
            q.with_radius(x_test, r2.mean(), r2.std())
        )
        accuracy[task] = np.mean((scores > 0) == (y_test == 1))
    assert accuracy["disc"] > 0.95 and accuracy["xor"] < 0.7


def test_fit_all_returns_four_models_and_the_learned_one_solves_both_tasks():
    rng = np.random.default_rng(4)
    for task in ("disc", "xor"):
        x, y, models = q.fit_all(task, rng)
        assert x.shape == (400, 2) and len(models) == len(q.MODELS) == 4
        x_test, y_test = q.make_task(task, 2000, rng)
        assert np.mean((models[3](x_test) > 0) == (y_test == 1)) > 0.93


def test_fit_linear_step_is_minus_lr_times_the_gradient():
    """One step of `fit_linear` from its initial point, checked by finite differences."""
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=(30, 3)), (rng.uniform(size=30) < 0.5).astype(float)
    v0 = np.random.default_rng(6).normal(0.0, 0.01, 3)
    v1 = q.fit_linear(x, y, np.random.default_rng(6), steps=1, lr=0.1)(np.eye(3))
    c1 = q.fit_linear(x, y, np.random.default_rng(6), steps=1, lr=0.1)(np.zeros((1, 3)))[0]
    v1 = v1 - c1

    def f(v):
        z = x @ v
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    check_gradient(f, (v0 - v1) / 0.1, v0)
