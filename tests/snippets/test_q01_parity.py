"""Tests of `snippets/q01_parity.py`."""

import numpy as np

from snippets import q01_parity as q


def test_all_inputs_lists_every_sign_pattern_once():
    x = q.all_inputs(4)
    assert x.shape == (16, 4)
    assert len({tuple(row) for row in x}) == 16 and set(np.unique(x)) == {-1.0, 1.0}


def test_fourier_weights_match_hand_computation():
    x = q.all_inputs(5)
    parity = (np.prod(x, axis=1) == 1).astype(float)
    np.testing.assert_allclose(q.fourier_weights(parity, x), [0, 0, 0, 0, 1], atol=1e-12)
    # |x1 + ... + x5| = 1: each pairwise coefficient is -1/8, each 4-wise one +1/8, variance 15/64
    total = (np.abs(x.sum(axis=1)) == 1).astype(float)
    np.testing.assert_allclose(q.fourier_weights(total, x), [0, 2 / 3, 0, 1 / 3, 0], atol=1e-12)
    single = (x[:, 2] == 1).astype(float)  # a function of one input is pure degree 1
    np.testing.assert_allclose(q.fourier_weights(single, x), [1, 0, 0, 0, 0], atol=1e-12)


def test_solve_gf2_recovers_a_random_system_and_detects_bad_ones():
    rng = np.random.default_rng(5)
    s = rng.integers(0, 2, size=12)
    a = rng.integers(0, 2, size=(40, 12))
    b = a @ s % 2
    np.testing.assert_array_equal(q.solve_gf2(a, b), s)
    assert q.solve_gf2(a[:, :3].repeat(4, axis=1), b) is None  # rank < 12
    contradictory = np.vstack([a, a[:1]])
    assert q.solve_gf2(contradictory, np.append(b, 1 - b[0])) is None


def test_find_parity_inputs_on_any_subset():
    rng = np.random.default_rng(6)
    x = rng.choice([-1.0, 1.0], size=(200, 20))
    chosen = [3, 7, 11, 19]
    y = (np.prod(x[:, chosen], axis=1) == 1).astype(float)
    inputs, rows = q.find_parity_inputs(x, y)
    np.testing.assert_array_equal(inputs, chosen)
    assert 20 <= rows <= 60
