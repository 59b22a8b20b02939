"""Unit tests of snippets/q02_perceptron.py."""

import itertools

import numpy as np

from snippets import q02_perceptron as m

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def test_a_zero_score_outputs_zero():
    assert m.perceptron(np.array([[1.0, 2.0]]), np.zeros(2), 0.0).tolist() == [0]


def test_hand_set_weights_compute_the_gates():
    assert m.perceptron(X, np.array([1, 1]), -1.5).tolist() == [0, 0, 0, 1]
    assert m.perceptron(X, np.array([1, 1]), -0.5).tolist() == [0, 1, 1, 1]
    assert m.perceptron(X, np.array([-1, 0]), 0.5).tolist() == [1, 1, 0, 0]


def test_the_rule_learns_every_separable_function_and_no_other():
    learned = []
    for outputs in itertools.product([0, 1], repeat=4):
        y = np.array(outputs)
        w, b, status = m.train(X, y)
        if status.startswith("no mistake"):
            np.testing.assert_array_equal(m.perceptron(X, w, b), y)
            learned.append(outputs)
        else:
            assert status.startswith("still")
    assert len(learned) == 14
    assert (0, 1, 1, 0) not in learned and (1, 0, 0, 1) not in learned


def test_the_rule_changes_nothing_on_a_correct_example():
    w, b, status = m.train(np.array([[0, 0]]), np.array([0]))
    assert w.tolist() == [0.0, 0.0] and b == 0.0 and status == "no mistake in epoch 1"
