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
