"""Unit tests of snippets/q08_nonseparable.py."""

import numpy as np

from snippets import q08_nonseparable as m

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([-1, 1, 1, -1])


def replay(X, y, epochs, seed):
    """Every step's weights of the same run, replayed independently."""
    rng = np.random.default_rng(seed)
    Xa = m.augment(X)
    w, iterates, updated = np.zeros(3), [], [np.zeros(3)]
    for _ in range(epochs):
        for i in rng.permutation(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                updated.append(w)
            iterates.append(w)
    return iterates, updated


def test_averaged_weights_are_the_mean_of_every_step_and_last_is_the_current():
    history = m.train_perceptron(XOR_X, XOR_Y, epochs=3, rng=np.random.default_rng(0))
    iterates, _ = replay(XOR_X, XOR_Y, 3, 0)
    np.testing.assert_allclose(history[-1]["averaged"], np.mean(iterates, axis=0))
    np.testing.assert_array_equal(history[-1]["last"], iterates[-1])


def test_pocket_weights_have_the_fewest_training_errors_seen():
    rng = np.random.default_rng(3)
    X, y = m.make_overlapping(120, rng)
    history = m.train_perceptron(X, y, epochs=5, rng=np.random.default_rng(4))
    _, updated = replay(X, y, 5, 4)
    Xa = m.augment(X)
    fewest = min(m.errors(w, Xa, y) for w in updated)
    assert m.errors(history[-1]["pocket"], Xa, y) == fewest
    counts = [m.errors(h["pocket"], Xa, y) for h in history]
    assert counts == sorted(counts, reverse=True)  # the pocket only ever improves


def test_overlapping_classes_never_give_a_clean_epoch_and_averaging_is_steadier():
    rng = np.random.default_rng(1)
    X, y = m.make_overlapping(300, rng)
    X_val, y_val = m.make_overlapping(1000, rng)
    history = m.train_perceptron(X, y, epochs=20, rng=rng)
    assert min(h["mistakes"] for h in history) > 0
    last = [m.accuracy(h["last"], X_val, y_val) for h in history[4:]]
    averaged = [m.accuracy(h["averaged"], X_val, y_val) for h in history[4:]]
    pocket = [m.accuracy(h["pocket"], X_val, y_val) for h in history[4:]]
    assert np.std(averaged) < np.std(last) and np.std(pocket) < np.std(last)
    assert min(averaged) > 0.8 and min(pocket) > 0.8


def test_accuracy_and_errors_count_a_zero_score_as_wrong():
    assert m.accuracy(np.zeros(3), np.array([[1.0, 1.0]]), np.array([1])) == 0.0
    assert m.errors(np.zeros(3), np.array([[1.0, 1.0, 1.0]]), np.array([1])) == 1
