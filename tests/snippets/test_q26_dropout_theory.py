"""Unit tests of snippets/q26_dropout_theory.py."""

import numpy as np
import pytest

from snippets import q26_dropout_theory as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("eps", [0.0, 0.1, 0.3])
def test_smoothed_cross_entropy_grad_matches_finite_differences(eps):
    rng = np.random.default_rng(3)
    Z, y = rng.normal(size=(6, 4)) * 3, rng.integers(0, 4, size=6)
    analytic = m.smoothed_cross_entropy_grad(Z, y, eps)
    check_gradient(lambda v: m.smoothed_cross_entropy(v, y, eps), analytic, Z)


def test_without_smoothing_it_is_plain_cross_entropy():
    Z, y = np.array([[2.0, -1.0, 0.5]]), np.array([2])
    expected = -(0.5 - np.log(np.exp(2.0) + np.exp(-1.0) + np.exp(0.5)))
    assert m.smoothed_cross_entropy(Z, y, 0.0) == pytest.approx(expected)


def test_gradient_vanishes_at_the_finite_optimal_gap():
    k, eps = 10, 0.1
    Z = np.zeros((1, k))
    Z[0, 0] = np.log((1 - eps + eps / k) / (eps / k))
    np.testing.assert_allclose(
        m.smoothed_cross_entropy_grad(Z, np.array([0]), eps), 0.0, atol=1e-15
    )


def test_dropout_penalty_identity_holds_for_other_sizes():
    rng = np.random.default_rng(4)
    p, X, w, y = 0.4, rng.normal(size=(7, 3)), rng.normal(size=3), rng.normal(size=7)
    masks = np.array([[(i >> j) & 1 for j in range(3)] for i in range(8)], dtype=float)
    prob = np.prod(np.where(masks == 1, 1 - p, p), axis=1)
    expected = sum(
        q * np.mean((y - X @ (mk * w) / (1 - p)) ** 2) for q, mk in zip(prob, masks, strict=True)
    )
    formula = np.mean((y - X @ w) ** 2) + p / (1 - p) * np.sum(w**2 * np.mean(X**2, axis=0))
    assert expected == pytest.approx(formula, rel=1e-12)


def test_printed_results(capsys):
    m.main()
    out = capsys.readouterr().out
    assert out.count("33.1449") == 2
    assert out.count("4.5109") == 3
