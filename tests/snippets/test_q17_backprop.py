"""Unit tests of snippets/q17_backprop.py, the core program."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from snippets import q17_backprop as m
from snippets.nn.gradcheck import check_gradient

ROOT = Path(__file__).resolve().parents[2]


def _problem(seed):
    rng = np.random.default_rng(seed)
    X, Y = rng.normal(size=(6, 4)), np.eye(3)[rng.integers(0, 3, size=6)]
    params = [rng.normal(size=s) for s in [(4, 5), (5,), (5, 3), (3,)]]
    return X, Y, params


@pytest.mark.parametrize("seed,lam", [(0, 0.1), (1, 0.0), (2, 1.0)])
def test_objective_and_grad_matches_central_differences(seed, lam):
    X, Y, params = _problem(seed)
    _, grads = m.objective_and_grad(params, X, Y, lam)
    for i, grad in enumerate(grads):
        assert grad.shape == params[i].shape

        def objective_of(value, i=i):
            return m.objective_and_grad(params[:i] + [value] + params[i + 1 :], X, Y, lam)[0]

        check_gradient(objective_of, grad, params[i])


def test_objective_is_cross_entropy_plus_weight_penalty():
    X, Y, params = _problem(3)
    W1, b1, W2, b2 = params
    Z = np.tanh(X @ W1 + b1) @ W2 + b2
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    ce = -np.mean(np.log(P[Y.astype(bool)]))
    J, _ = m.objective_and_grad(params, X, Y, 0.1)
    assert J == pytest.approx(ce + 0.05 * (np.sum(W1**2) + np.sum(W2**2)), rel=1e-12)


def test_biases_are_not_penalised():
    X, Y, params = _problem(4)
    _, without = m.objective_and_grad(params, X, Y, 0.0)
    _, with_penalty = m.objective_and_grad(params, X, Y, 0.7)
    for i in (1, 3):
        np.testing.assert_array_equal(without[i], with_penalty[i])
    for i in (0, 2):
        np.testing.assert_allclose(with_penalty[i] - without[i], 0.7 * params[i], rtol=1e-12)


def test_log_softmax_is_finite_for_huge_logits():
    assert np.all(np.isfinite(m.log_softmax(np.array([[1e4, 0.0, -1e4]]))))


def test_program_prints_two_equal_slopes_and_a_pass():
    out = subprocess.run(
        [sys.executable, str(ROOT / "snippets" / "q17_backprop.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = out.replace(",", "").split()
    assert words[words.index("backprop") + 1] == words[words.index("central") + 1]
    assert out.rstrip().endswith("below 1e-8: True")
