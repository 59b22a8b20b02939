"""Unit tests of snippets/q19_successive_halving.py."""

import numpy as np

from snippets import q19_successive_halving as m
from snippets.nn.gradcheck import check_gradient


def test_logistic_l2_grad_matches_central_differences():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 5))
    y = np.where(rng.normal(size=30) > 0, 1.0, -1.0)
    w = 0.5 * rng.normal(size=5)
    lam = 0.07

    def objective(v):
        return m.logistic_loss(v, X, y) + lam * float(v @ v)

    check_gradient(objective, m.logistic_l2_grad(w, X, y, lam), w)


def test_budgets_are_equal():
    data = m.make_data(0)
    rng = np.random.default_rng(0)
    _, sh_cost = m.successive_halving(m.sample_configs(27, rng), 1, 3, data)
    _, rs_cost = m.random_search(m.sample_configs(4, rng), 27, data)
    assert sh_cost == rs_cost == 108


def test_diverged_run_is_never_selected():
    data = m.make_data(1)
    good, diverging = (0.1, 1e-4), (30.0, 1.0)  # lr * 2 * lam = 60: the L2 step explodes
    w = m.train(diverging, 27, data, 0)
    assert m.logistic_loss(w, data["X_val"], data["y_val"]) == float("inf")
    best, _ = m.random_search([diverging, good], 27, data)
    assert best == good


def test_successive_halving_keeps_the_clear_winner():
    data = m.make_data(2)
    configs = [(1e-3, 0.5)] * 8 + [(0.3, 1e-4)]  # eight bad configurations and one good one
    best, cost = m.successive_halving(configs, 1, 3, data)
    assert best == (0.3, 1e-4)
    assert cost == 9 * 1 + 3 * 3 + 1 * 9


def test_discarded_winners_counts_better_configurations():
    data = m.make_data(3)
    good, bad = (0.3, 1e-4), (1e-3, 0.5)
    assert m.discarded_winners([bad, bad, good], good, 9, data) == 0
    assert m.discarded_winners([bad, good, bad], bad, 9, data) == 1
