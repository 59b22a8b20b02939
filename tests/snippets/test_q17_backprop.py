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


def _grads(params, X, Y, lam):
    Z, cache = m.mlp_forward(X, *params)
    grads = m.mlp_backward((np.exp(m.log_softmax(Z)) - Y) / len(X), cache)
    return [g + lam * p for g, p in zip(grads, params, strict=True)]


@pytest.mark.parametrize("seed,lam", [(0, 0.1), (1, 0.0), (2, 1.0)])
def test_mlp_backward_with_penalty_matches_central_differences(seed, lam):
    X, Y, params = _problem(seed)
    for i, grad in enumerate(_grads(params, X, Y, lam)):
        assert grad.shape == params[i].shape

        def objective_of(value, i=i):
            return m.objective(params[:i] + [value] + params[i + 1 :], X, Y, lam)

        check_gradient(objective_of, grad, params[i])


def test_objective_is_cross_entropy_plus_penalty():
    X, Y, params = _problem(3)
    Z, _ = m.mlp_forward(X, *params)
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    ce = -np.mean(np.log(P[Y.astype(bool)]))
    penalty = 0.05 * sum(np.sum(p**2) for p in params)
    assert m.objective(params, X, Y) == pytest.approx(ce + penalty, rel=1e-12)


def test_log_softmax_is_finite_for_huge_logits():
    assert np.all(np.isfinite(m.log_softmax(np.array([[1e4, 0.0, -1e4]]))))


def test_program_prints_two_equal_slopes():
    out = subprocess.run(
        [sys.executable, str(ROOT / "snippets" / "q17_backprop.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = out.replace(",", "").split()
    assert words[words.index("backprop") + 1] == words[words.index("differences") + 1]
