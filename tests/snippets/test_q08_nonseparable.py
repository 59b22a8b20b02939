"""Unit tests of snippets/q08_nonseparable.py."""

import numpy as np

from snippets import q08_nonseparable as m


def test_averaged_weights_are_the_mean_of_every_step():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])
    history = m.train_averaged(X, y, epochs=3, rng=np.random.default_rng(0))
    # Replay the same run step by step.
    rng = np.random.default_rng(0)
    Xa = m.augment(X)
    w, iterates = np.zeros(3), []
    for _ in range(3):
        for i in rng.permutation(4):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
            iterates.append(w)
    np.testing.assert_allclose(history[-1]["averaged"], np.mean(iterates, axis=0))
    np.testing.assert_array_equal(history[-1]["last"], w)


def test_overlapping_classes_never_give_a_clean_epoch_and_averaging_is_steadier():
    rng = np.random.default_rng(1)
    X, y = m.make_overlapping(300, rng)
    X_val, y_val = m.make_overlapping(1000, rng)
    history = m.train_averaged(X, y, epochs=20, rng=rng)
    assert min(h["mistakes"] for h in history) > 0
    last = [m.accuracy(h["last"], X_val, y_val) for h in history[4:]]
    averaged = [m.accuracy(h["averaged"], X_val, y_val) for h in history[4:]]
    assert np.std(averaged) < np.std(last)
    assert min(averaged) > 0.8


def test_accuracy_counts_a_zero_score_as_wrong():
    assert m.accuracy(np.zeros(3), np.array([[1.0, 1.0]]), np.array([1])) == 0.0
