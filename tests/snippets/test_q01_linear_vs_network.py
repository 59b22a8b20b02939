"""Tests of `snippets/q01_linear_vs_network.py` (its `fit` is copied into two other Q1 programs)."""

import inspect

import numpy as np
import pytest

from snippets import q01_dimensionality, q01_learned_features
from snippets import q01_linear_vs_network as q
from snippets.nn.gradcheck import check_gradient


def parameters(predict):
    """W, b, v, c held by the function that `fit` returns."""
    outer = inspect.getclosurevars(predict).nonlocals
    inner = inspect.getclosurevars(outer["features"]).nonlocals
    return inner["W"], inner["b"], outer["v"], np.array([outer["c"]])


def loss(x, y, W, b, v, c, hidden):
    """Mean binary cross-entropy of the model `fit` trains (written independently)."""
    h = x if hidden == 0 else np.tanh(x @ W + b)
    z = h @ v + c[0]
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


@pytest.fixture
def data():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(20, 3))
    return x, (rng.uniform(size=20) < 0.5).astype(float)


@pytest.mark.parametrize("hidden", [0, 4])
def test_each_step_of_fit_is_minus_lr_times_the_gradient(data, hidden):
    """The hand-written backpropagation in `fit`, checked by finite differences at step 3."""
    x, y = data
    lr = 0.1
    before = parameters(q.fit(x, y, hidden, np.random.default_rng(1), steps=3, lr=lr))
    after = parameters(q.fit(x, y, hidden, np.random.default_rng(1), steps=4, lr=lr))
    assert np.any(before[2] != 0), "v must be non-zero for the W gradient to be tested"
    names = ("W", "b", "v", "c") if hidden else ("v", "c")
    for name in names:
        i = "Wbvc".index(name)

        def f(value, i=i):
            args = list(before)
            args[i] = value
            return loss(x, y, *args, hidden)

        step = (before[i] - after[i]) / lr
        check_gradient(f, step, before[i].astype(float))


def test_linear_fit_reaches_the_logistic_regression_optimum(data):
    """With hidden = 0, gradient descent converges to what Newton's method finds."""
    x, y = data
    predict = q.fit(x, y, 0, np.random.default_rng(0), steps=20000, lr=1.0)
    xb = np.column_stack([x, np.ones(len(x))])
    theta = np.zeros(4)
    for _ in range(50):
        p = q.sigmoid(xb @ theta)
        hessian = xb.T @ (xb * (p * (1 - p))[:, None]) / len(y)
        theta -= np.linalg.solve(hessian, xb.T @ (p - y) / len(y))
    np.testing.assert_allclose(predict(x), xb @ theta, rtol=1e-6, atol=1e-6)


def test_sigmoid_is_stable_and_correct():
    z = np.array([-1000.0, -1.0, 0.0, 2.0, 1000.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        s = q.sigmoid(z)
    np.testing.assert_allclose(s[1:4], 1.0 / (1.0 + np.exp(-z[1:4])))
    assert s[0] == 0.0 and s[-1] == 1.0


def test_fit_is_the_same_in_every_q1_program():
    source = inspect.getsource(q.fit)
    for module in (q01_learned_features, q01_dimensionality):
        assert inspect.getsource(module.fit) == source, module.__name__
        assert inspect.getsource(module.sigmoid) == inspect.getsource(q.sigmoid)


def test_the_network_learns_both_tasks_and_the_linear_model_neither():
    rng = np.random.default_rng(3)
    for task in ("disc", "xor"):
        x = rng.normal(size=(2400, 2))
        y = np.sum(x**2, axis=1) < 2 * np.log(2) if task == "disc" else x[:, 0] * x[:, 1] > 0
        linear = np.mean((q.fit(x[:400], y[:400], 0, rng)(x[400:]) > 0) == y[400:])
        network = np.mean((q.fit(x[:400], y[:400], 16, rng)(x[400:]) > 0) == y[400:])
        assert linear < 0.7 and network > 0.93, (task, linear, network)
