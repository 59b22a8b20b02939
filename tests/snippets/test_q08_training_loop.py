"""Unit tests of snippets/q08_training_loop.py."""

import numpy as np
import pytest

from snippets import q08_training_loop as m


@pytest.mark.parametrize("seed", range(4))
def test_updates_equal_mistakes_and_correct_points_change_nothing(seed):
    rng = np.random.default_rng(seed)
    X, y = m.make_separable(120, rng)
    w, log = m.train_perceptron(X, y, rng=rng)
    assert log["updates"] == log["mistakes"] == sum(log["per_epoch"])
    assert log["changed_on_correct"] == 0
    assert log["steps"] == 120 * len(log["per_epoch"])
    assert log["per_epoch"][-1] == 0
    assert m.accuracy(w, X, y) == 1.0


def test_the_same_holds_on_data_that_are_not_separable():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])
    _, log = m.train_perceptron(X, y, max_epochs=40, rng=np.random.default_rng(0))
    assert len(log["per_epoch"]) == 40 and min(log["per_epoch"]) > 0
    assert log["updates"] == log["mistakes"] and log["changed_on_correct"] == 0


def test_update_every_step_is_a_scaled_class_sum():
    rng = np.random.default_rng(0)
    X, y = m.make_separable(200, rng)
    w, norms = m.train_update_every_step(X, y, epochs=3, rng=rng)
    expected = 3 * (y[:, None] * m.augment(X)).sum(axis=0)
    np.testing.assert_allclose(w, expected, rtol=1e-12)
    assert norms[2] == pytest.approx(3 * norms[0])  # grows without bound
    assert m.accuracy(w, X, y) < 1.0  # and does not separate data the perceptron separates


def test_a_class_sorted_order_converges_but_takes_more_epochs():
    X, y = m.make_separable(200, np.random.default_rng(0))
    order = np.argsort(-y, kind="stable")
    _, sorted_log = m.train_perceptron(X[order], y[order])
    assert sorted_log["per_epoch"][-1] == 0
    rng = np.random.default_rng(2)
    epochs = [len(m.train_perceptron(X, y, rng=rng)[1]["per_epoch"]) for _ in range(30)]
    assert len(sorted_log["per_epoch"]) > np.median(epochs)
