"""Unit tests of snippets/q13_least_squares.py (the core program)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from snippets import q13_least_squares as m
from snippets.nn.gradcheck import check_gradient


def _problem(n=30, d=3, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    return X, X @ rng.normal(size=d) + 0.1 * rng.normal(size=n), rng


def test_loss_grad_matches_central_differences():
    X, y, rng = _problem()
    for theta in [np.zeros(3), rng.normal(size=3), 5 * rng.normal(size=3)]:
        check_gradient(lambda t: m.loss(t, X, y), m.loss_grad(theta, X, y), theta)


def test_gradient_vanishes_at_the_least_squares_solution():
    X, y, _ = _problem()
    theta_star = np.linalg.lstsq(X, y, rcond=None)[0]
    assert np.linalg.norm(m.loss_grad(theta_star, X, y)) < 1e-12
    assert m.loss(theta_star, X, y) <= m.loss(theta_star + 1e-3, X, y)


def test_convex_rate_bound_holds_at_every_step():
    X, y, _ = _problem(seed=3)
    L = np.linalg.eigvalsh(X.T @ X / len(y)).max()
    theta_star = np.linalg.lstsq(X, y, rcond=None)[0]
    f_star, theta = m.loss(theta_star, X, y), np.zeros(3)
    for t in range(1, 200):
        theta = theta - m.loss_grad(theta, X, y) / L
        gap = m.loss(theta, X, y) - f_star
        assert gap <= L * float(theta_star @ theta_star) / (2 * t) + 1e-15


def test_program_reaches_the_exact_solution():
    path = Path(__file__).resolve().parents[2] / "snippets" / "q13_least_squares.py"
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, check=True)
    out = out.stdout
    assert "stopped after 130 updates" in out
    lines = out.splitlines()
    assert lines[-1].replace("theta*", "theta ") == lines[-2]


def test_loss_value():
    assert m.loss(np.array([1.0]), np.array([[1.0], [2.0]]), np.array([1.0, 0.0])) == pytest.approx(
        1.0
    )


def test_strongly_convex_bound_holds_at_every_step():
    X, y, _ = _problem(seed=4)
    mu, L = np.linalg.eigvalsh(X.T @ X / len(y))[[0, -1]]
    theta_star = np.linalg.lstsq(X, y, rcond=None)[0]
    f_star, theta = m.loss(theta_star, X, y), np.zeros(3)
    gap0 = m.loss(theta, X, y) - f_star
    for t in range(1, 200):
        theta = theta - m.loss_grad(theta, X, y) / L
        assert m.loss(theta, X, y) - f_star <= (1 - mu / L) ** t * gap0 + 1e-15
