"""Unit tests of snippets/q18_batch_size_epochs.py."""

import numpy as np
import pytest

from snippets import q18_batch_size_epochs as m
from snippets.nn.gradcheck import check_gradient


def _data(seed=0, n=50, d=4):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    y = np.where(rng.normal(size=n) > 0, 1.0, -1.0)
    return X, y, 0.3 * rng.normal(size=d)


def _logistic_loss(w, X, y):
    return float(np.mean(np.logaddexp(0.0, -y * (X @ w))))


def test_per_example_grads_are_each_examples_gradient():
    X, y, w = _data(1, n=5)
    G = m.logistic_per_example_grads(w, X, y)
    for i in range(5):
        check_gradient(lambda v, i=i: _logistic_loss(v, X[i : i + 1], y[i : i + 1]), G[i], w)


def test_per_example_grads_do_not_overflow():
    X = np.array([[1000.0], [-1000.0]])
    G = m.logistic_per_example_grads(np.array([1.0]), X, np.array([-1.0, -1.0]))
    assert np.all(np.isfinite(G))


def test_full_batch_has_no_noise():
    X, y, w = _data(2)
    G = m.logistic_per_example_grads(w, X, y)
    measured, predicted = m.minibatch_noise(G, len(G), 5, np.random.default_rng(0))
    assert measured == pytest.approx(0.0, abs=1e-24)
    assert predicted == 0.0


def test_noise_falls_like_one_over_batch_size():
    X, y, w = _data(3, n=2000)
    G = m.logistic_per_example_grads(w, X, y)
    rng = np.random.default_rng(1)
    for B in (1, 10, 100):
        measured, predicted = m.minibatch_noise(G, B, 3000, rng)
        assert measured == pytest.approx(predicted, rel=0.1)


def test_validation_error_has_an_interior_minimum_and_test_agrees():
    train, val, test = m.early_stopping_data()
    train_mse, (val_mse, test_mse) = m.sgd_epochs(
        *train, [val, test], 0.01, 10, 100, np.random.default_rng(0)
    )
    best = int(np.argmin(val_mse))
    assert 0 < best < 100
    assert val_mse[-1] > val_mse[best] and test_mse[-1] > test_mse[best]
    assert train_mse[-1] < train_mse[best]
    assert test_mse[best] < 0.6 * test_mse[0]  # clearly better than predicting zero


def test_sgd_epochs_reports_held_out_sets_in_order():
    train, val, _ = m.early_stopping_data()
    _, (a, b) = m.sgd_epochs(*train, [val, train], 0.01, 10, 3, np.random.default_rng(0))
    train_mse, _ = m.sgd_epochs(*train, [val], 0.01, 10, 3, np.random.default_rng(0))
    np.testing.assert_array_equal(b, train_mse)
    assert len(a) == 4
