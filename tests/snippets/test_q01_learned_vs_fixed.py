"""Tests of `snippets/q01_learned_vs_fixed.py` (its `fit` is copied into the other Q1 programs)."""

import inspect

import numpy as np
import pytest

from snippets import q01_dimensionality, q01_learned_features, q01_parity
from snippets import q01_learned_vs_fixed as q
from snippets.nn.gradcheck import check_gradient


def parameters(predict):
    """W, b, v, c held by the function that `fit` returns."""
    held = inspect.getclosurevars(predict).nonlocals
    return held["W"], held["b"], held["v"], np.array([held["c"]])


def loss(x, y, W, b, v, c):
    """Mean binary cross-entropy of the model `fit` trains (written independently)."""
    z = np.tanh(x @ W + b) @ v + c[0]
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


@pytest.fixture
def data():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(20, 3))
    return x, (rng.uniform(size=20) < 0.5).astype(float)


@pytest.mark.parametrize("train_features", [False, True])
def test_each_step_of_fit_is_minus_lr_times_the_gradient(data, train_features):
    """The hand-written backpropagation in `fit`, checked by finite differences at step 3."""
    x, y = data
    lr = 0.1
    before = parameters(q.fit(x, y, 4, train_features, np.random.default_rng(1), steps=3, lr=lr))
    after = parameters(q.fit(x, y, 4, train_features, np.random.default_rng(1), steps=4, lr=lr))
    assert np.any(before[2] != 0), "v must be non-zero for the W gradient to be tested"
    for i, name in enumerate("Wbvc"):
        if name in "Wb" and not train_features:  # fixed features never move
            np.testing.assert_array_equal(before[i], after[i])
            continue

        def f(value, i=i):
            args = list(before)
            args[i] = value
            return loss(x, y, *args)

        check_gradient(f, (before[i] - after[i]) / lr, before[i].astype(float))


def test_fixed_features_reach_the_logistic_regression_optimum_on_them(data):
    """With train_features = False, gradient descent converges to what Newton's method finds."""
    x, y = data
    predict = q.fit(x, y, 3, False, np.random.default_rng(0), steps=20000, lr=1.0)
    W, b, _, _ = parameters(predict)
    hb = np.column_stack([np.tanh(x @ W + b), np.ones(len(x))])
    theta = np.zeros(4)
    for _ in range(50):
        p = q.sigmoid(hb @ theta)
        hessian = hb.T @ (hb * (p * (1 - p))[:, None]) / len(y)
        theta -= np.linalg.solve(hessian, hb.T @ (p - y) / len(y))
    np.testing.assert_allclose(predict(x), hb @ theta, rtol=1e-6, atol=1e-6)


def test_sigmoid_is_stable_and_correct():
    z = np.array([-1000.0, -1.0, 0.0, 2.0, 1000.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = q.sigmoid(z)
    np.testing.assert_allclose(s[1:4], 1.0 / (1.0 + np.exp(-z[1:4])))
    assert s[0] == 0.0 and s[-1] == 1.0


def test_fit_is_the_same_in_every_q1_program():
    source = inspect.getsource(q.fit)
    for module in (q01_learned_features, q01_dimensionality, q01_parity):
        assert inspect.getsource(module.fit) == source, module.__name__
        assert inspect.getsource(module.sigmoid) == inspect.getsource(q.sigmoid)


def test_learned_features_beat_the_same_features_frozen_on_the_sum_task():
    rng = np.random.default_rng(3)
    x = rng.choice([-1.0, 1.0], size=(2000, 30))
    y = np.abs(x[:, :5].sum(axis=1)) == 1
    accuracy = {}
    for train_features in (False, True):
        predict = q.fit(x[:1000], y[:1000], 32, train_features, rng)
        accuracy[train_features] = np.mean((predict(x[1000:]) > 0) == y[1000:])
    assert accuracy[False] < 0.7 and accuracy[True] > 0.9, accuracy
