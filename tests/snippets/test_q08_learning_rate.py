"""Unit tests of snippets/q08_learning_rate.py."""

import numpy as np
import pytest

from snippets import q08_learning_rate as m


@pytest.fixture(scope="module")
def data():
    return m.make_separable(200, np.random.default_rng(0))


@pytest.mark.parametrize("lr", [1e-4, 0.3, 7.0, 1e4])
def test_zero_start_makes_the_learning_rate_a_pure_rescaling(data, lr):
    X, y = data
    w1, per_epoch1 = m.train_perceptron(X, y, lr=1.0, rng=np.random.default_rng(4))
    w, per_epoch = m.train_perceptron(X, y, lr=lr, rng=np.random.default_rng(4))
    assert per_epoch == per_epoch1
    np.testing.assert_allclose(w / lr, w1, rtol=1e-10, atol=1e-10)


def test_a_nonzero_start_makes_the_learning_rate_matter(data):
    X, y = data
    w0 = np.random.default_rng(2).normal(size=3)
    counts = {
        lr: sum(m.train_perceptron(X, y, lr=lr, w0=w0, rng=np.random.default_rng(1))[1])
        for lr in (0.001, 1.0)
    }
    assert counts[0.001] > 5 * counts[1.0]


def test_without_a_bias_the_boundary_must_pass_through_the_origin(data):
    X, y = data
    _, with_bias = m.train_perceptron(X, y, bias=True, rng=np.random.default_rng(1))
    w, without = m.train_perceptron(X, y, bias=False, rng=np.random.default_rng(1))
    assert with_bias[-1] == 0
    assert without[-1] > 0 and w.shape == (2,)


def test_a_schedule_changes_the_run_but_its_overall_scale_does_not(data):
    X, y = data

    def run(lr, schedule):
        return m.train_perceptron(X, y, lr=lr, rng=np.random.default_rng(1), schedule=schedule)

    w_const, const = run(1.0, None)
    w_decay, decay = run(1.0, lambda k: 1.0 / k)
    w_decay_big, decay_big = run(50.0, lambda k: 1.0 / k)
    assert const[-1] == 0 and decay[-1] == 0
    assert decay != const  # a different sequence of mistakes
    assert not np.allclose(w_decay / np.linalg.norm(w_decay), w_const / np.linalg.norm(w_const))
    assert decay_big == decay  # only the shape of the schedule matters from w = 0
    np.testing.assert_allclose(w_decay_big / 50.0, w_decay, rtol=1e-10, atol=1e-12)


def test_a_constant_schedule_is_the_plain_rule(data):
    X, y = data
    w1, p1 = m.train_perceptron(X, y, rng=np.random.default_rng(3))
    w2, p2 = m.train_perceptron(X, y, rng=np.random.default_rng(3), schedule=lambda k: 1.0)
    assert p1 == p2
    np.testing.assert_array_equal(w1, w2)


@pytest.mark.parametrize("seed", range(3))
def test_fewest_errors_through_origin_matches_a_fine_scan(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(40, 2)) + np.array([0.8, 0.3])
    y = np.where(rng.random(40) < 0.5, 1, -1)
    t = np.linspace(0.0, 2 * np.pi, 20001)
    W = np.column_stack([np.cos(t), np.sin(t)])
    scanned = int((y[:, None] * (X @ W.T) <= 0).sum(axis=0).min())
    exact = m.fewest_errors_through_origin(X, y)
    assert exact <= scanned  # the sweep checks every region, the scan only a grid
    assert exact == scanned  # and a fine grid hits the best region here


def test_the_page_data_cannot_be_separated_through_the_origin(data):
    X, y = data
    assert m.fewest_errors_through_origin(X, y) > 0
    assert m.fewest_errors_through_origin(X, -y) > 0


def test_with_a_margin_in_the_mistake_test_the_learning_rate_matters_from_zero(data):
    X, y = data

    def mistakes(lr, margin):
        return m.train_perceptron(X, y, lr=lr, rng=np.random.default_rng(1), margin=margin)[1]

    assert mistakes(1.0, 1.0) != mistakes(10.0, 1.0)
    assert mistakes(10.0, 10.0) == mistakes(1.0, 1.0)  # only margin / lr matters
