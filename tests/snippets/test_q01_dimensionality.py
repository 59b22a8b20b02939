"""Tests of `snippets/q01_dimensionality.py`."""

import numpy as np

from snippets import q01_dimensionality as q


def test_distance_contrast_shrinks_with_dimension():
    rng = np.random.default_rng(1)
    contrasts = [q.distance_contrast(d, 500, rng) for d in (2, 20, 200, 2000)]
    assert all(a > b for a, b in zip(contrasts, contrasts[1:], strict=False))
    assert contrasts[-1] < 0.1


def test_labels_depend_only_on_the_first_k_inputs():
    rng = np.random.default_rng(2)
    x, y = q.make_sum_task(300, 12, rng)
    assert set(np.unique(x)) == {-1.0, 1.0}
    np.testing.assert_array_equal(y == 1, np.abs(x[:, :5].sum(axis=1)) == 1)


def test_knn_agrees_with_brute_force_euclidean_neighbours():
    rng = np.random.default_rng(3)
    x, y = q.make_sum_task(200, 8, rng)
    x_test = rng.choice([-1.0, 1.0], size=(50, 8))
    for k in (1, 5, 15):
        d = np.linalg.norm(x_test[:, None, :] - x[None, :, :], axis=2)
        nearest = np.argsort(d, axis=1, kind="stable")[:, :k]
        expected = (y[nearest].mean(axis=1) >= 0.5).astype(float)
        np.testing.assert_array_equal(q.knn_predict(x, y, x_test, k=k), expected)


def test_flip_rates_of_the_true_labels():
    x = 1.0 - 2.0 * ((np.arange(2**7)[:, None] >> np.arange(7)) & 1)  # all of {-1, +1}^7

    def parity(x):
        return np.prod(x[:, :5], axis=1)

    def sum_target(x):
        return np.where(np.abs(x[:, :5].sum(axis=1)) == 1, 1.0, -1.0)

    np.testing.assert_allclose(q.flip_rates(parity, x), [1, 1, 1, 1, 1, 0, 0])
    np.testing.assert_allclose(q.flip_rates(sum_target, x), [0.5] * 5 + [0, 0])
