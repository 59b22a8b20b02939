"""Unit tests of snippets/q17_scalar_graph.py."""

import pytest

from snippets import q17_scalar_graph as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize(
    "w,b,x,y,lam",
    [(0.5, 0.25, 1.5, 1.0, 0.1), (-2.0, 0.7, 0.3, 0.0, 0.5), (3.0, -1.0, 2.0, 1.0, 0)],
)
def test_objective_grad_matches_central_differences(w, b, x, y, lam):
    w_bar, b_bar = m.objective_grad(w, b, x=x, y=y, lam=lam)
    check_gradient(lambda v: m.objective(float(v), b, x=x, y=y, lam=lam), w_bar, w)
    check_gradient(lambda v: m.objective(w, float(v), x=x, y=y, lam=lam), b_bar, b)


def test_the_two_paths_into_w_add():
    """Without the penalty, dJ/dw is x times dJ/db; the penalty adds exactly lam * w."""
    w_bar0, b_bar0 = m.objective_grad(0.5, 0.25, lam=0.0)
    w_bar, b_bar = m.objective_grad(0.5, 0.25, lam=0.1)
    assert b_bar == b_bar0
    assert w_bar0 == pytest.approx(1.5 * b_bar0)
    assert w_bar - w_bar0 == pytest.approx(0.1 * 0.5)


def test_printed_worked_example(capsys):
    m.objective_grad(0.5, 0.25)
    out = capsys.readouterr().out
    assert "z_bar = a_bar a (1 - a) = -0.0529" in out
    assert "= -0.0793 + 0.0500 = -0.0293" in out
