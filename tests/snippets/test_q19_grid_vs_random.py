"""Unit tests of snippets/q19_grid_vs_random.py."""

import numpy as np
import pytest

from snippets import q19_grid_vs_random as m


@pytest.mark.parametrize("n", [4, 9, 16])
def test_grid_has_sqrt_n_distinct_values_per_axis(n):
    u, v = m.grid_points(n)
    assert len(u) == len(v) == n
    assert len(np.unique(u)) == len(np.unique(v)) == int(np.sqrt(n))


def test_grid_rejects_non_square_budgets():
    with pytest.raises(AssertionError):
        m.grid_points(10)


def test_grid_regret_matches_theory_when_v_is_irrelevant():
    # Optimum uniform on [0, 1], nearest of k cell centres: E[d^2] = 1 / (12 k^2).
    g, _, _ = m.compare(9, 0.0, 20000, np.random.default_rng(0))
    assert g == pytest.approx(1 / 108, rel=0.05)


def test_random_beats_grid_only_when_one_dimension_dominates():
    g, r, wins = m.compare(25, 0.0, 4000, np.random.default_rng(1))
    assert r < g / 2 and wins > 0.5
    g, r, wins = m.compare(25, 1.0, 4000, np.random.default_rng(2))
    assert g < r and wins < 0.5
