"""Unit tests of snippets/q08_train_perceptron.py (the core program)."""

import numpy as np

from snippets import q08_train_perceptron as m


def separable(n, seed):
    rng = np.random.default_rng(seed)
    X = rng.uniform(-1.0, 1.0, size=(n, 2))
    score = X @ np.array([1.0, -2.0]) + 0.3
    keep = np.abs(score) > 0.05
    return X[keep], np.where(score[keep] > 0, 1, -1)


def predict(w, X):
    return np.where(np.hstack([X, np.ones((len(X), 1))]) @ w > 0, 1, -1)


def test_separable_data_end_with_a_clean_epoch_and_are_separated():
    for seed in range(5):
        X, y = separable(150, seed)
        w, _, history = m.train_perceptron(X, y, seed=seed)
        assert history[-1] == 0 and min(history[:-1], default=1) > 0
        assert w.shape == (3,)
        np.testing.assert_array_equal(predict(w, X), y)


def test_one_example_is_a_mistake_at_zero_weights_then_learned():
    X, y = np.array([[0.5, -1.0]]), np.array([-1])
    w, w_avg, history = m.train_perceptron(X, y)
    assert history == [1, 0]  # the zero score counts as a mistake
    np.testing.assert_array_equal(w, [-0.5, 1.0, -1.0])  # w = y [x, 1]
    np.testing.assert_array_equal(w_avg, w)  # w after each of the two steps


def test_the_bias_is_learned_as_the_last_weight():
    # One feature; the classes are split at x = 1.5, so the boundary needs a bias.
    X, y = np.array([[1.0], [2.0], [1.2], [1.8]]), np.array([-1, 1, -1, 1])
    w, _, history = m.train_perceptron(X, y)
    assert history[-1] == 0
    assert w[-1] < 0 < w[0]
    np.testing.assert_array_equal(predict(w, X), y)


def test_overlapping_classes_run_to_the_cap():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])  # XOR: no line separates it
    _, _, history = m.train_perceptron(X, y, max_epochs=25)
    assert len(history) == 25 and min(history) > 0


def test_weights_are_sums_of_y_x_over_mistakes_so_bias_is_an_integer():
    X, y = separable(100, 7)
    w, _, history = m.train_perceptron(X, y, seed=3)
    assert w[-1] == round(w[-1]) and abs(w[-1]) <= sum(history)


def test_runs_are_repeatable_with_the_same_seed():
    X, y = separable(100, 1)
    w1, a1, h1 = m.train_perceptron(X, y, seed=5)
    w2, a2, h2 = m.train_perceptron(X, y, seed=5)
    assert h1 == h2
    np.testing.assert_array_equal(w1, w2)
    np.testing.assert_array_equal(a1, a2)


def replay(X, y, max_epochs, seed):
    """The weights after every step of the same run, replayed independently."""
    rng = np.random.default_rng(seed)
    Xa = np.hstack([X, np.ones((len(X), 1))])
    w, iterates = np.zeros(Xa.shape[1]), []
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)):
            if y[i] * (w @ Xa[i]) <= 0:
                w, mistakes = w + y[i] * Xa[i], mistakes + 1
            iterates.append(w)
        if mistakes == 0:
            break
    return iterates


def test_averaged_weights_are_the_mean_over_every_step_of_every_epoch():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])  # XOR: runs to the cap
    w, w_avg, history = m.train_perceptron(X, y, max_epochs=7, seed=2)
    iterates = replay(X, y, 7, 2)
    assert len(iterates) == 4 * len(history)
    np.testing.assert_allclose(w_avg, np.mean(iterates, axis=0), rtol=1e-12)
    np.testing.assert_array_equal(w, iterates[-1])


def test_averaging_also_covers_a_run_that_stops_early():
    X, y = separable(80, 4)
    _, w_avg, history = m.train_perceptron(X, y, seed=1)
    iterates = replay(X, y, 100, 1)
    assert len(iterates) == len(y) * len(history)
    np.testing.assert_allclose(w_avg, np.mean(iterates, axis=0), rtol=1e-12)
