"""Tests of `snippets/q01_dimensionality.py`."""

import numpy as np

from snippets import q01_dimensionality as q
from tests.gradcheck import check_gradient


def test_mlp_loss_and_grad_matches_finite_differences():
    rng = np.random.default_rng(0)
    x, y = q.make_task("smooth", 10, 6, rng)
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
    x, y = q.make_task("smooth", 300, 12, rng)
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


def test_mlp_learns_the_smooth_target_but_not_parity():
    rng = np.random.default_rng(4)
    accuracy = {}
    for name in ("smooth", "parity"):
        x, y = q.make_task(name, 1000, 20, rng)
        x_test, y_test = q.make_task(name, 1000, 20, rng)
        params = q.train_mlp(x, y, rng, hidden=32)
        accuracy[name] = np.mean(q.mlp_predict(params, x_test) == y_test)
    assert accuracy["smooth"] > 0.95
    assert accuracy["parity"] < 0.6
