"""Unit tests of snippets/q08_training_loop.py."""

import numpy as np
import pytest

from snippets import q08_training_loop as m


@pytest.mark.parametrize("seed", range(4))
def test_every_update_raises_its_score_by_the_squared_norm_of_the_augmented_input(seed):
    rng = np.random.default_rng(seed)
    X, y = m.make_separable(120, rng)
    w, w_avg, log = m.train_perceptron(X, y, rng=rng)
    assert log["updates"] == sum(log["per_epoch"])
    assert log["gain_is_norm"] == log["updates"]
    assert 0 <= log["not_fixed"] <= log["updates"]
    assert log["per_epoch"][-1] == 0
    assert m.accuracy(w, X, y) == 1.0
    assert w_avg.shape == w.shape


def test_the_averaged_weights_are_the_mean_over_every_step():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])  # XOR: no clean epoch
    order = np.array([2, 0, 3, 1])
    w, w_avg, log = m.train_perceptron(X, y, max_epochs=5, order=order)
    assert len(log["per_epoch"]) == 5 and min(log["per_epoch"]) > 0
    Xa, v, iterates = m.augment(X), np.zeros(3), []
    for _ in range(5):
        for i in order:
            if y[i] * (Xa[i] @ v) <= 0:
                v = v + y[i] * Xa[i]
            iterates.append(v)
    np.testing.assert_array_equal(w, iterates[-1])
    np.testing.assert_allclose(w_avg, np.mean(iterates, axis=0), rtol=1e-12)


def test_a_fixed_order_is_used_as_given():
    X, y = m.make_separable(60, np.random.default_rng(1))
    order = np.random.default_rng(5).permutation(60)
    _, _, by_order = m.train_perceptron(X, y, order=order)
    _, _, by_data = m.train_perceptron(X[order], y[order])
    assert by_order["per_epoch"] == by_data["per_epoch"]


def test_hebbian_rule_is_a_scaled_class_sum():
    rng = np.random.default_rng(0)
    X, y = m.make_separable(200, rng)
    w1 = m.train_hebbian(X, y, 1, rng)
    w3 = m.train_hebbian(X, y, 3, rng)
    expected = (y[:, None] * m.augment(X)).sum(axis=0)
    np.testing.assert_allclose(w1, expected, rtol=1e-12)
    np.testing.assert_allclose(w3, 3 * expected, rtol=1e-12)  # grows without bound
    assert m.accuracy(w3, X, y) < 1.0  # and does not separate data the perceptron separates


def test_lms_changes_w_at_every_step_and_approaches_least_squares():
    X, y = m.make_separable(200, np.random.default_rng(0))
    w, changed = m.train_lms(X, y, 200, 0.002, np.random.default_rng(1))
    assert changed == 200 * 200
    w_ls = np.linalg.lstsq(m.augment(X), y, rcond=None)[0]
    np.testing.assert_allclose(w, w_ls, atol=0.02)


def test_lms_single_step_is_the_widrow_hoff_update():
    X, y = np.array([[2.0, -1.0]]), np.array([1])
    w, changed = m.train_lms(X, y, 1, 0.1, np.random.default_rng(0))
    np.testing.assert_allclose(w, 0.1 * 1.0 * np.array([2.0, -1.0, 1.0]))  # from w = 0
    assert changed == 1


def test_a_class_sorted_order_converges_but_takes_more_epochs():
    X, y = m.make_separable(200, np.random.default_rng(0))
    _, _, sorted_log = m.train_perceptron(X, y, order=np.argsort(-y, kind="stable"))
    assert sorted_log["per_epoch"][-1] == 0
    rng = np.random.default_rng(2)
    epochs = [len(m.train_perceptron(X, y, rng=rng)[2]["per_epoch"]) for _ in range(30)]
    assert len(sorted_log["per_epoch"]) > np.median(epochs)


def test_make_separable_keeps_the_stated_distance_from_the_line():
    X, y = m.make_separable(300, np.random.default_rng(3))
    distance = np.abs(X @ np.array([2.0, -1.0]) + 0.3) / np.linalg.norm([2.0, -1.0])
    assert distance.min() >= 0.0504
    assert np.all(y == np.where(X @ np.array([2.0, -1.0]) + 0.3 > 0, 1, -1))


def test_an_update_can_leave_its_example_wrong():
    # After (3, 0) with label +1, w = (3, 0, 1); then (-1, 0) with label +1 scores -2, and the
    # update adds ||(-1, 0, 1)||^2 = 2: its score becomes 0, still a mistake.
    X, y = np.array([[3.0, 0.0], [-1.0, 0.0]]), np.array([1, 1])
    _, _, log = m.train_perceptron(X, y, max_epochs=1)
    assert log["updates"] == 2 == log["gain_is_norm"]
    assert log["not_fixed"] == 1


def test_an_update_can_break_a_correctly_classified_example():
    # (1, 0) +1 gives w = (1, 0, 1); (-0.5, 0) +1 is then correct; (2, 0) -1 is a mistake, and its
    # update w = (-1, 0, 0) makes (1, 0) wrong again.
    X, y = np.array([[1.0, 0.0], [-0.5, 0.0], [2.0, 0.0]]), np.array([1, 1, -1])
    _, _, log = m.train_perceptron(X, y, max_epochs=1)
    assert log["updates"] == 2 and log["broke_others"] == 1
