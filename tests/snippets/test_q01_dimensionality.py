"""Tests of `snippets/q01_dimensionality.py`."""

import numpy as np
import pytest

from snippets import q01_dimensionality as q
from snippets.nn.gradcheck import check_gradient


def test_mlp_loss_and_grad_matches_finite_differences():
    rng = np.random.default_rng(0)
    x, y = q.make_task("sum", 10, 6, rng)
    params = {
        "W1": rng.normal(size=(6, 4)),
        "b1": rng.normal(size=4),
        "w2": rng.normal(size=4),
        "b2": rng.normal(size=1),
    }
    _, grads = q.mlp_loss_and_grad(params, x, y)
    for key in params:

        def loss(value, key=key):
            return q.mlp_loss_and_grad({**params, key: value}, x, y)[0]

        check_gradient(loss, grads[key], params[key])


def test_distance_contrast_shrinks_with_dimension():
    rng = np.random.default_rng(1)
    contrasts = [q.distance_contrast(d, 500, rng) for d in (2, 20, 200, 2000)]
    assert all(a > b for a, b in zip(contrasts, contrasts[1:], strict=False))
    assert contrasts[-1] < 0.1


def test_labels_depend_only_on_the_first_k_inputs():
    rng = np.random.default_rng(2)
    x, y = q.make_task("sum", 300, 12, rng)
    assert set(np.unique(x)) == {-1.0, 1.0}
    np.testing.assert_array_equal(y == 1, np.abs(x[:, :5].sum(axis=1)) == 1)
    x, y = q.make_task("parity", 300, 12, rng)
    np.testing.assert_array_equal(y == 1, np.prod(x[:, :5], axis=1) == 1)
    flipped = x.copy()
    flipped[:, 2] *= -1  # flipping any one relevant input flips the parity
    np.testing.assert_array_equal(np.prod(flipped[:, :5], axis=1) == 1, y == 0)


def test_knn_with_k1_recovers_training_labels():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 3))
    y = (rng.uniform(size=40) < 0.5).astype(float)
    np.testing.assert_array_equal(q.knn_predict(x, y, x, k=1), y)


def test_fourier_weights_match_hand_computation():
    # parity of 5 inputs is the single product x1...x5: all its variance is at degree 5
    np.testing.assert_allclose(q.fourier_weights("parity"), [0, 0, 0, 0, 1], atol=1e-12)
    # |x1 + ... + x5| = 1: each pairwise coefficient is -1/8, each 4-wise one +1/8, variance 15/64
    np.testing.assert_allclose(q.fourier_weights("sum"), [0, 2 / 3, 0, 1 / 3, 0], atol=1e-12)
    for name in ("sum", "parity"):
        assert abs(q.fourier_weights(name).sum() - 1) < 1e-12


def test_label_rejects_unknown_target():
    with pytest.raises(ValueError):
        q.label("xor", np.ones((2, 5)))


def test_solve_gf2_recovers_a_random_system_and_detects_rank_deficiency():
    rng = np.random.default_rng(5)
    s = rng.integers(0, 2, size=12)
    a = rng.integers(0, 2, size=(40, 12))
    b = a @ s % 2
    np.testing.assert_array_equal(q.solve_gf2(a, b), s)
    assert q.solve_gf2(a[:, :3].repeat(4, axis=1), b) is None  # duplicated columns: rank < 12
    b_bad = b.copy()
    b_bad[0] ^= 1
    inconsistent = np.vstack([a, a[:1]])
    assert q.solve_gf2(inconsistent, np.append(b_bad, b[0])) is None


def test_find_parity_inputs_on_any_subset():
    rng = np.random.default_rng(6)
    x = 2.0 * rng.integers(0, 2, size=(200, 20)) - 1.0
    chosen = [3, 7, 11, 19]
    y = (np.prod(x[:, chosen], axis=1) == 1).astype(float)
    inputs, rows = q.find_parity_inputs(x, y)
    np.testing.assert_array_equal(inputs, chosen)
    assert 20 <= rows <= 60


def test_mlp_learns_the_sum_target_but_not_parity():
    rng = np.random.default_rng(4)
    accuracy = {}
    for name in ("sum", "parity"):
        x, y = q.make_task(name, 1000, 20, rng)
        x_test, y_test = q.make_task(name, 1000, 20, rng)
        params = q.train_mlp(x, y, rng, hidden=32)
        accuracy[name] = np.mean(q.mlp_predict(params, x_test) == y_test)
    assert accuracy["sum"] > 0.95
    assert accuracy["parity"] < 0.6
