"""Unit tests of snippets/q02_perceptron.py."""

import itertools

import numpy as np

from snippets import q02_perceptron as m

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def test_a_zero_score_predicts_minus_one():
    assert m.perceptron(np.array([[1.0, 2.0]]), np.zeros(2), 0.0).tolist() == [-1]


def test_hand_set_weights_compute_the_gates():
    assert m.perceptron(X, np.array([1, 1]), -1.5).tolist() == [-1, -1, -1, 1]
    assert m.perceptron(X, np.array([1, 1]), -0.5).tolist() == [-1, 1, 1, 1]
    assert m.perceptron(X, np.array([-1, 0]), 0.5).tolist() == [1, 1, -1, -1]


def test_the_rule_learns_every_separable_function_and_no_other():
    learned = []
    for outputs in itertools.product([-1, 1], repeat=4):
        y = np.array(outputs)
        w, b, status = m.train(X, y)
        if status.startswith("no mistake"):
            np.testing.assert_array_equal(m.perceptron(X, w, b), y)
            learned.append(outputs)
        else:
            assert status == "still 4 mistakes in epoch 100"
    assert len(learned) == 14
    assert (-1, 1, 1, -1) not in learned and (1, -1, -1, 1) not in learned


def test_a_zero_score_is_a_mistake_even_for_a_negative_label():
    # From w = 0 the score is 0, so the first example is updated whatever its label.
    w, b, status = m.train(np.array([[1, 0]]), np.array([-1]), epochs=1)
    assert w.tolist() == [-1.0, 0.0] and b == -1.0 and status == "still 1 mistakes in epoch 1"


def test_the_rule_changes_nothing_on_a_correct_example():
    w, b, status = m.train(np.array([[1, 0], [0, 1]]), np.array([1, -1]), epochs=3)
    assert status == "no mistake in epoch 2"
    w_again, b_again, _ = m.train(np.array([[1, 0], [0, 1]]), np.array([1, -1]), epochs=2)
    assert w.tolist() == w_again.tolist() and b == b_again


def test_the_learning_rule_agrees_with_the_demonstration_program():
    from snippets import q02_xor_never_converges as demo

    for outputs in itertools.product([-1, 1], repeat=4):
        y = np.array(outputs)
        w, b, _ = m.train(X, y)
        w_demo, per_epoch, _ = demo.train_perceptron(X, y)
        np.testing.assert_array_equal(np.append(w, b), w_demo)
