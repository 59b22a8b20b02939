"""Tests of `snippets/q03_step_budget.py`: its training step, its evaluation, its claim."""

import inspect

import numpy as np

from snippets import q03_learning_curve as core
from snippets import q03_step_budget as q
from snippets.nn.gradcheck import check_gradient


def test_mlp_backward_matches_finite_differences():
    rng = np.random.default_rng(0)
    X, G = rng.normal(size=(7, 4)), rng.normal(size=(7, 2))
    params = [
        rng.normal(size=(4, 3)),
        rng.normal(size=3),
        rng.normal(size=(3, 2)),
        rng.normal(size=2),
    ]
    grads = q.mlp_backward(G, q.mlp_forward(X, *params)[1])
    for i, p in enumerate(params):

        def f(v, i=i):
            args = [*params[:i], v, *params[i + 1 :]]
            return float(np.sum(G * q.mlp_forward(X, *args)[0]))

        check_gradient(f, grads[i], p.copy())


def test_score_is_the_core_programs_score():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(60, 10))
    y = X[:, :1] > 0
    lin = (lambda X, W, b: (X @ W + b, X), lambda g, X: (X.T @ g, g.sum(axis=0)))
    a = q.score(X, y, 30, [np.zeros((10, 1)), np.zeros(1)], *lin, steps=20)
    b = core.score(X, y, 30, [np.zeros((10, 1)), np.zeros(1)], *lin, steps=20)
    np.testing.assert_array_equal(a, b)
    # The program runs on its own, so it carries the core program's `score`: the same source.
    assert inspect.getsource(q.score) == inspect.getsource(core.score)


def test_paired_gap_shapes_and_the_claim_that_longer_training_fits_the_rows():
    gaps, train_short = q.paired_gap(100, 50, tables=2)
    _, train_long = q.paired_gap(100, 1000, tables=2)
    assert gaps.shape == (2,) and np.all(np.abs(gaps) <= 1.0)
    assert train_long >= train_short and train_long == 1.0
