"""Tests of `snippets/q03_learning_curve.py`: its training step, its evaluation, its claim."""

import numpy as np
import pytest

from snippets import q03_learning_curve as q
from snippets.nn.gradcheck import check_gradient

LINEAR = (lambda X, W, b: (X @ W + b, X), lambda g, X: (X.T @ g, g.sum(axis=0)))  # as in main


def cross_entropy(z, y):
    """Mean binary cross-entropy of logits z against labels y, written independently."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


@pytest.fixture
def table():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(40, 5))
    y = (rng.uniform(size=(40, 1)) < 0.5) ^ (X[:, :1] > 0)
    return rng, X, y


def models(rng):
    """Fresh parameters of both models, as the main program draws them (d = 5, 6 hidden)."""
    net = [rng.normal(0, 0.3, (5, 6)), rng.normal(0, 0.1, 6), rng.normal(0, 0.25, (6, 1))]
    return {
        "linear": ([rng.normal(0, 0.1, (5, 1)), np.zeros(1)], *LINEAR),
        "network": ([*net, np.array([0.1])], q.mlp_forward, q.mlp_backward),
    }


@pytest.mark.parametrize("model", ["linear", "network"])
def test_one_step_of_score_is_minus_lr_times_the_gradient_of_loss_plus_l2(table, model):
    rng, X, y = table
    params, forward, backward = models(rng)[model]
    before = [p.copy() for p in params]
    n, lr, decay = 30, 0.5, 0.01
    q.score(X, y, n, params, forward, backward, steps=1, lr=lr, decay=decay)
    for i, (old, new) in enumerate(zip(before, params, strict=True)):

        def objective(value, i=i):
            args = [value if j == i else p for j, p in enumerate(before)]
            penalty = 0.5 * decay * float(np.sum(value**2))
            return cross_entropy(forward(X[:n], *args)[0], y[:n]) + penalty

        check_gradient(objective, (old - new) / lr, old)


def test_score_is_the_train_and_test_accuracy(table):
    rng, X, y = table
    params, forward, backward = models(rng)["linear"]
    train, test = q.score(X, y, 30, params, forward, backward, steps=50)
    correct = (X @ params[0] + params[1] > 0) == y
    assert train == np.mean(correct[:30]) and test == np.mean(correct[30:])
    assert 0.0 <= train <= 1.0 and 0.0 <= test <= 1.0


def test_sigmoid_in_the_gradient_is_stable_for_huge_logits():
    X = np.array([[1.0], [-1.0]])
    y = np.array([[True], [False]])
    params = [np.array([[1e6]]), np.zeros(1)]
    with np.errstate(all="raise"):
        q.score(np.vstack([X, X]), np.vstack([y, y]), 2, params, *LINEAR, steps=3)
    assert np.all(np.isfinite(params[0]))


def test_the_claim_the_network_overtakes_logistic_regression_only_with_more_rows():
    """The page's claim, on 3 tables: behind or level at 100 rows, far ahead at 1600."""
    gaps = {}
    for n in (100, 1600):
        diffs = []
        for rng in map(np.random.default_rng, range(3)):
            X, flip = rng.normal(size=(n + 2000, 10)), rng.uniform(size=(n + 2000, 1)) < 0.1
            y = (X[:, :1] + X[:, 1:2] + X[:, 2:3] ** 2 > 1) ^ flip
            W1, b1, W2 = rng.normal(0, 0.3, (10, 16)), np.zeros(16), rng.normal(0, 0.25, (16, 1))
            lin = q.score(X, y, n, [np.zeros((10, 1)), np.zeros(1)], *LINEAR)
            net = q.score(X, y, n, [W1, b1, W2, np.zeros(1)], q.mlp_forward, q.mlp_backward)
            diffs.append(net[1] - lin[1])  # test accuracies
        gaps[n] = np.mean(diffs)
    assert gaps[100] < 0.01
    assert gaps[1600] > 0.08
