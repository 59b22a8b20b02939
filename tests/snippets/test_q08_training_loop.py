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
    assert log["gain_is_norm"] == log["updates"]  # y w.x rises by exactly ||x||^2
    assert log["fixed_at_once"] <= log["updates"]
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
    w1 = m.train_update_every_step(X, y, 1, rng)
    w3 = m.train_update_every_step(X, y, 3, rng)
    expected = (y[:, None] * m.augment(X)).sum(axis=0)
    np.testing.assert_allclose(w1, expected, rtol=1e-12)
    np.testing.assert_allclose(w3, 3 * expected, rtol=1e-12)  # grows without bound
    assert m.accuracy(w3, X, y) < 1.0  # and does not separate data the perceptron separates


def test_a_class_sorted_order_converges_but_takes_more_epochs():
    X, y = m.make_separable(200, np.random.default_rng(0))
    order = np.argsort(-y, kind="stable")
    _, sorted_log = m.train_perceptron(X[order], y[order])
    assert sorted_log["per_epoch"][-1] == 0
    rng = np.random.default_rng(2)
    epochs = [len(m.train_perceptron(X, y, rng=rng)[1]["per_epoch"]) for _ in range(30)]
    assert len(sorted_log["per_epoch"]) > np.median(epochs)


def test_an_update_can_leave_its_example_wrong():
    # After (3, 0) with label +1, w = (3, 0, 1); then (-1, 0) with label +1 scores -2, and the
    # update adds ||(-1, 0, 1)||^2 = 2: its score becomes 0, still a mistake.
    X, y = np.array([[3.0, 0.0], [-1.0, 0.0]]), np.array([1, 1])
    _, log = m.train_perceptron(X, y, max_epochs=1)
    assert log["updates"] == 2 == log["gain_is_norm"]
    assert log["fixed_at_once"] == 1


def test_an_update_can_break_a_correctly_classified_example():
    # (1, 0) +1 gives w = (1, 0, 1); (-0.5, 0) +1 is then correct; (2, 0) -1 is a mistake, and its
    # update w = (-1, 0, 0) makes (1, 0) wrong again.
    X, y = np.array([[1.0, 0.0], [-0.5, 0.0], [2.0, 0.0]]), np.array([1, 1, -1])
    _, log = m.train_perceptron(X, y, max_epochs=1)
    assert log["updates"] == 2 and log["broke_others"] == 1
