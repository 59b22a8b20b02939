"""Unit tests of snippets/q24_symmetry_and_variance.py."""

import numpy as np

from snippets import q24_symmetry_and_variance as m


def test_distinct_columns_counts_identical_units_once():
    W = np.array([[1.0, 1.0, 2.0], [0.5, 0.5, 0.5]])
    assert m.distinct_columns(W) == 2


def test_identical_units_stay_identical_under_training():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(20, 3)), rng.normal(size=(20, 1))
    W1, _ = m.train(np.full((3, 5), 0.3), np.full((5, 1), -0.2), X, y, steps=200, lr=0.1)
    assert m.distinct_columns(W1) == 1


def test_random_units_become_different_and_fit_better():
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(30, 2)), rng.normal(size=(30, 1))
    W1, loss_random = m.train(rng.normal(0, 0.7, (2, 6)), rng.normal(0, 0.4, (6, 1)), X, y, 500)
    _, loss_constant = m.train(np.full((2, 6), 0.5), np.full((6, 1), 0.5), X, y, 500)
    assert m.distinct_columns(W1) == 6 and loss_random < loss_constant
