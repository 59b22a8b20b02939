"""Tests of `snippets/q01_learned_features.py`."""

import numpy as np
import pytest

from snippets import q01_learned_features as q
from snippets.nn.gradcheck import check_gradient


@pytest.fixture
def batch():
    rng = np.random.default_rng(0)
    x, y = q.make_task("disc", 12, rng)
    return rng, x, y


def test_logistic_grad_matches_finite_differences(batch):
    rng, x, y = batch
    w, b = rng.normal(size=2), 0.3
    dw, db = q.logistic_grad(w, b, x, y)
    check_gradient(lambda w_: q.logistic_loss(w_, b, x, y), dw, w)
    check_gradient(lambda b_: q.logistic_loss(w, float(b_[0]), x, y), np.array([db]), np.array([b]))


def test_mlp_grad_matches_finite_differences(batch):
    rng, x, y = batch
    params = q.mlp_init(2, 5, rng)
    params["b1"] = rng.normal(size=5)
    grads = q.mlp_grad(params, x, y)
    for key in params:

        def loss(value, key=key):
            return q.mlp_loss({**params, key: value}, x, y)

        check_gradient(loss, grads[key], params[key])


def test_sigmoid_is_stable_and_correct():
    z = np.array([-1000.0, -1.0, 0.0, 2.0, 1000.0])
    with np.errstate(over="raise"):
        s = q.sigmoid(z)
    np.testing.assert_allclose(s[1:4], 1.0 / (1.0 + np.exp(-z[1:4])))
    assert s[0] == 0.0 and s[-1] == 1.0


def test_tasks_are_balanced_and_defined_as_documented():
    rng = np.random.default_rng(1)
    for task in ("disc", "xor"):
        x, y = q.make_task(task, 20000, rng)
        assert abs(y.mean() - 0.5) < 0.02
    x, y = q.make_task("xor", 100, rng)
    np.testing.assert_array_equal(y == 1, np.sign(x[:, 0]) == np.sign(x[:, 1]))
    with pytest.raises(ValueError):
        q.make_task("spiral", 3, rng)


def test_standardise_uses_training_statistics_only():
    train = np.array([[0.0], [2.0]])
    test = np.array([[4.0]])
    s_train, s_test = q.standardise(train, test)
    np.testing.assert_allclose(s_train.ravel(), [-1.0, 1.0])
    np.testing.assert_allclose(s_test.ravel(), [3.0])


def test_rank_correlation_of_monotone_transform_is_one():
    a = np.random.default_rng(2).normal(size=50)
    assert q.rank_correlation(a, np.exp(a)) == pytest.approx(1.0)
    assert q.rank_correlation(a, -(a**3)) == pytest.approx(-1.0)


def test_the_central_claim():
    """Linear on raw inputs fails both tasks; the hand-made feature fixes only the disc; the MLP
    learns both from raw inputs."""
    rng = np.random.default_rng(3)
    results = {}
    for task in ("disc", "xor"):
        x, y = q.make_task(task, 400, rng)
        x_test, y_test = q.make_task(task, 2000, rng)
        w, b = q.train_linear(x, y)
        f, f_test = q.standardise(q.radius_feature(x), q.radius_feature(x_test))
        w2, b2 = q.train_linear(f, y)
        z, _ = q.mlp_logit(q.train_mlp(x, y, rng), x_test)
        results[task] = (
            q.accuracy(x_test @ w + b, y_test),
            q.accuracy(f_test @ w2 + b2, y_test),
            q.accuracy(z, y_test),
        )
    assert results["disc"][0] < 0.7 and results["disc"][1] > 0.95 and results["disc"][2] > 0.93
    assert results["xor"][0] < 0.7 and results["xor"][1] < 0.7 and results["xor"][2] > 0.93
