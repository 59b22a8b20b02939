"""Unit tests of snippets/q18_parameters_vs_hyperparameters.py."""

import numpy as np
import pytest

from snippets import q18_parameters_vs_hyperparameters as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("sizes", [(2, 1), (2, 8, 1), (3, 5, 4, 2), (784, 128, 10)])
def test_count_matches_the_arrays(sizes):
    params = m.init_mlp(sizes, np.random.default_rng(0))
    assert sum(p.size for p in params) == m.count_parameters(sizes)
    assert [p.shape for p in params[::2]] == list(zip(sizes[:-1], sizes[1:], strict=False))


@pytest.mark.parametrize("sizes", [(2, 1), (2, 6, 1), (3, 5, 4, 2)])
def test_mse_loss_grad_matches_central_differences(sizes):
    rng = np.random.default_rng(1)
    params = m.init_mlp(sizes, rng)
    params = [p + 0.1 * rng.normal(size=p.shape) for p in params]  # non-zero biases
    X = rng.normal(size=(7, sizes[0]))
    y = rng.normal(size=(7, sizes[-1]))
    grads = m.mse_loss_grad(params, X, y)
    for i, p in enumerate(params):

        def loss_of(value, i=i):
            return m.mse_loss([value if j == i else q for j, q in enumerate(params)], X, y)

        check_gradient(loss_of, grads[i], p)


def test_training_changes_parameters_not_their_number():
    rng = np.random.default_rng(2)
    X, y = m.make_data(64, rng)
    hp = {"hidden": (4,), "lr": 0.05, "batch_size": 16, "epochs": 3}
    before = m.init_mlp((2, 4, 1), np.random.default_rng(0))
    after = m.train(hp, X, y, seed=0)
    assert [p.shape for p in after] == [p.shape for p in before]
    assert all(not np.allclose(a, b) for a, b in zip(after, before, strict=True))
    assert m.mse_loss(after, X, y) < m.mse_loss(before, X, y)


def test_training_is_deterministic():
    X, y = m.make_data(32, np.random.default_rng(3))
    hp = {"hidden": (4,), "lr": 0.05, "batch_size": 8, "epochs": 2}
    a, b = m.train(hp, X, y, seed=5), m.train(hp, X, y, seed=5)
    for p, q in zip(a, b, strict=True):
        np.testing.assert_array_equal(p, q)
