"""Unit tests of snippets/q02_xor_never_converges.py."""

import itertools

import numpy as np

from snippets import q02_xor_never_converges as m


def _labels(outputs):
    return np.where(np.array(outputs) == 1, 1, -1)


def test_names_cover_the_sixteen_functions_once():
    assert set(m.NAMES) == set(itertools.product([0, 1], repeat=4))
    assert len(set(m.NAMES.values())) == 16


def test_exactly_xor_and_xnor_are_not_learned():
    failed = []
    for outputs in itertools.product([0, 1], repeat=4):
        w, per_epoch, _ = m.train_perceptron(m.INPUTS, _labels(outputs))
        if per_epoch[-1] != 0:
            failed.append(m.NAMES[outputs])
        else:
            scores = np.hstack([m.INPUTS, np.ones((4, 1))]) @ w
            np.testing.assert_array_equal(np.where(scores > 0, 1, -1), _labels(outputs))
    assert sorted(failed) == ["XNOR", "XOR"]


def test_no_linear_threshold_unit_computes_xor():
    grid = np.linspace(-3, 3, 31)
    y = np.array([0, 1, 1, 0])
    for a, b, c in itertools.product(grid, repeat=3):
        assert np.sum((m.INPUTS @ np.array([a, b]) + c > 0) == (y == 1)) <= 3


def test_xor_in_order_cycles_back_to_zero_weights():
    _, per_epoch, weights = m.train_perceptron(m.INPUTS, _labels((0, 1, 1, 0)), max_epochs=50)
    assert per_epoch == [4] * 50
    assert set(weights) == {(0.0, 0.0, 0.0)}


def test_xor_shuffled_makes_a_mistake_in_every_epoch():
    _, per_epoch, weights = m.train_perceptron(
        m.INPUTS, _labels((0, 1, 1, 0)), max_epochs=300, rng=np.random.default_rng(5)
    )
    assert len(per_epoch) == 300 and min(per_epoch) >= 1
    # The weights stay bounded: integer vectors from a small set.
    assert max(abs(v) for w in weights for v in w) <= 8


def test_xnor_in_order_cycles_back_to_zero_weights():
    _, per_epoch, weights = m.train_perceptron(m.INPUTS, _labels((1, 0, 0, 1)), max_epochs=50)
    assert per_epoch == [4] * 50
    assert set(weights) == {(0.0, 0.0, 0.0)}


def test_cover_count_is_every_labelling_up_to_d_plus_1_points_and_half_at_2_d_plus_1():
    for d in range(1, 6):
        for n in range(1, d + 2):
            assert m.cover_count(n, d) == 2**n
        assert 2 * m.cover_count(2 * (d + 1), d) == 2 ** (2 * (d + 1))


def test_cover_count_matches_the_labellings_the_perceptron_learns_on_the_square():
    learned = sum(
        m.train_perceptron(m.INPUTS, _labels(outputs))[1][-1] == 0
        for outputs in itertools.product([0, 1], repeat=4)
    )
    assert learned == m.cover_count(4, 2) == 14


def test_cover_count_on_the_line():
    # n distinct points on a line: a threshold splits them in 2n ways (each cut, two signs).
    for n in range(1, 8):
        assert m.cover_count(n, 1) == 2 * n
