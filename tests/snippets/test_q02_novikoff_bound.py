"""Unit tests of snippets/q02_novikoff_bound.py."""

import numpy as np
import pytest

from snippets import q02_novikoff_bound as m


def test_augment_appends_a_constant_one():
    X = np.arange(6.0).reshape(3, 2)
    Xa = m.augment(X)
    assert Xa.shape == (3, 3)
    np.testing.assert_array_equal(Xa[:, :2], X)
    np.testing.assert_array_equal(Xa[:, 2], 1.0)


@pytest.mark.parametrize("margin", [0.2, 0.05, 0.01])
def test_make_separable_respects_the_margin(margin):
    X, y, u = m.make_separable(150, margin, np.random.default_rng(3))
    assert X.shape == (150, 2) and y.shape == (150,)
    assert np.isclose(np.linalg.norm(u), 1.0)
    scores = m.augment(X) @ u
    assert np.all(np.abs(scores) >= margin)
    np.testing.assert_array_equal(y, np.where(scores > 0, 1, -1))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("margin", [0.1, 0.02])
def test_converges_within_novikoffs_bound(seed, margin):
    rng = np.random.default_rng(seed)
    X, y, u = m.make_separable(200, margin, rng)
    R, gamma, bound = m.novikoff_bound(X, y, u)
    assert gamma >= margin and R <= np.sqrt(3) + 1e-12
    w, per_epoch = m.train_perceptron(X, y, rng=rng)
    assert per_epoch[-1] == 0, "did not converge"
    assert sum(per_epoch) <= m.novikoff_bound(X, y, m.max_margin_separator(X, y)[0])[2] <= bound
    assert np.all(y * (m.augment(X) @ w) > 0)


def test_the_bound_holds_in_fixed_orders_too():
    """The bound is about every order; a fixed order (no shuffling) must respect it too."""
    X, y, u = m.make_separable(100, 0.05, np.random.default_rng(7))
    _, _, bound = m.novikoff_bound(X, y, m.max_margin_separator(X, y)[0])
    for order in (np.argsort(X[:, 0]), np.argsort(-X[:, 1]), np.arange(100)):
        _, per_epoch = m.train_perceptron(X[order], y[order])
        assert per_epoch[-1] == 0 and sum(per_epoch) <= bound


def test_novikoff_bound_gives_a_negative_margin_for_a_wrong_separator():
    X, y, u = m.make_separable(50, 0.1, np.random.default_rng(0))
    _, gamma, _ = m.novikoff_bound(X, y, -u)
    assert gamma < 0


def test_stops_at_the_cap_when_the_data_are_not_separable():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])
    _, per_epoch = m.train_perceptron(X, y, max_epochs=25)
    assert len(per_epoch) == 25 and min(per_epoch) > 0


@pytest.mark.parametrize("seed", range(4))
def test_max_margin_separator_is_certified_and_beats_every_direction_tried(seed):
    rng = np.random.default_rng(seed)
    X, y, u = m.make_separable(60, 0.05, rng)
    u_best, lower, upper = m.max_margin_separator(X, y)
    assert np.isclose(np.linalg.norm(u_best), 1.0)
    assert lower <= upper + 1e-12 and upper - lower < 1e-9
    _, gamma_best, _ = m.novikoff_bound(X, y, u_best)
    assert np.isclose(gamma_best, lower)
    # No unit vector does better: the planted one, and 20,000 random ones.
    directions = rng.normal(size=(20000, 3))
    directions /= np.linalg.norm(directions, axis=1, keepdims=True)
    margins = (y[:, None] * (m.augment(X) @ np.vstack([u, directions]).T)).min(axis=0)
    assert margins.max() <= gamma_best + 1e-12


def test_max_margin_separator_on_two_points_is_their_bisector():
    # z = y [x, 1] is (1, 1) and (1, -1): the nearest hull point is (1, 0), margin 1.
    X, y = np.array([[1.0], [-1.0]]), np.array([1, -1])
    u_best, lower, upper = m.max_margin_separator(X, y)
    np.testing.assert_allclose(u_best, [1.0, 0.0], atol=1e-12)
    assert np.isclose(lower, 1.0) and np.isclose(upper, 1.0)


def test_the_certificate_proves_xor_inseparable():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    _, lower, upper = m.max_margin_separator(X, np.array([-1, 1, 1, -1]))
    assert lower < 0 and upper < 1e-9


def test_max_margin_separator_raises_instead_of_looping():
    X, y, _ = m.make_separable(60, 0.05, np.random.default_rng(0))
    with pytest.raises(RuntimeError):
        m.max_margin_separator(X, y, max_iter=1)


def test_svm_multipliers_certify_the_standard_svm_on_three_points():
    # +1 at (1, 0) and (1, 1), -1 at (-1, 0): the SVM is x1 = 0, margin 1 in x.
    X, y = np.array([[1.0, 0.0], [1.0, 1.0], [-1.0, 0.0]]), np.array([1, 1, -1])
    u, gamma, _ = m.max_margin_separator(X, y)
    alpha, margin_x = m.svm_multipliers(X, y, u, gamma)
    assert np.all(alpha >= -1e-12) and np.isclose(margin_x, 1.0)
    w = (alpha * y) @ X
    assert np.isclose(alpha @ y, 0.0) and np.allclose(w, u[:-1] / gamma)


def test_svm_multipliers_on_the_page_data():
    X, y, _ = m.make_separable(200, margin=0.05, rng=np.random.default_rng(0))
    u, gamma, _ = m.max_margin_separator(X, y)
    alpha, margin_x = m.svm_multipliers(X, y, u, gamma)
    assert len(alpha) == 3 and np.all(alpha > 0)
    assert margin_x >= gamma  # ||w|| <= ||(w, b)||
    assert np.isclose(margin_x, (y * (m.augment(X) @ u)).min() / np.linalg.norm(u[:-1]))
