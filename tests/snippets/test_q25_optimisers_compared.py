"""Unit tests of snippets/q25_optimisers_compared.py."""

import numpy as np

from snippets import q25_optimisers_compared as m

ALIGNED = np.diag([1.0, 100.0])
ROTATED = np.array([[50.5, -49.5], [-49.5, 50.5]])


def test_rotated_matrix_is_the_aligned_one_turned_by_45_degrees():
    c = np.sqrt(0.5)
    R = np.array([[c, -c], [c, c]])
    np.testing.assert_allclose(R @ ALIGNED @ R.T, ROTATED, atol=1e-12)


def test_gradient_descent_is_stable_only_below_two_over_h_max():
    start = np.array([1.0, 0.3])
    assert m.steps_to_converge("gradient descent", ALIGNED, start, 0.019) is not None
    assert m.steps_to_converge("gradient descent", ALIGNED, start, 0.021) is None


def test_gradient_descent_and_momentum_do_not_see_the_rotation():
    start, turned = np.array([1.0, 0.3]), np.sqrt(0.5) * np.array([0.7, 1.3])
    for name in ("gradient descent", "momentum 0.9"):
        for lr in (0.01, 0.015):
            a = m.steps_to_converge(name, ALIGNED, start, lr)
            b = m.steps_to_converge(name, ROTATED, turned, lr)
            assert a is not None and abs(a - b) <= 1


def test_rmsprop_profits_from_an_aligned_valley():
    start, turned = np.array([1.0, 0.3]), np.sqrt(0.5) * np.array([0.7, 1.3])
    grid = [0.01, 0.1, 1.0]
    assert (
        m.best_run("RMSprop", ALIGNED, start, grid)[0] * 10
        < m.best_run("RMSprop", ROTATED, turned, grid)[0]
    )
