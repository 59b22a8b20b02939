"""Unit tests of snippets/q14_xor_mlp.py."""

import numpy as np
import pytest

from snippets import q14_xor_mlp as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("hidden,seed", [(2, 0), (3, 1), (8, 2)])
def test_mlp_backward_matches_central_differences(hidden, seed):
    rng = np.random.default_rng(seed)
    params = m.init_mlp(hidden, rng)
    params["b1"] = rng.normal(size=hidden)  # non-zero biases: a less special point
    params["b2"] = np.array(rng.normal())
    X = rng.normal(size=(6, 2))
    y = (rng.random(6) < 0.5).astype(float)
    z, cache = m.mlp_forward(params, X)
    grads = m.mlp_backward(params, cache, z, y)
    assert grads.keys() == params.keys()
    for name in params:
        assert grads[name].shape == params[name].shape

        def loss_of(value, name=name):
            return m.mlp_loss({**params, name: value}, X, y)

        check_gradient(loss_of, grads[name], params[name])


@pytest.mark.parametrize("seed", range(3))
def test_logistic_grad_matches_central_differences(seed):
    rng = np.random.default_rng(seed)
    X, y, w = rng.normal(size=(7, 2)), (rng.random(7) < 0.5).astype(float), rng.normal(size=3)
    check_gradient(lambda v: m.logistic_loss(v, X, y), m.logistic_grad(w, X, y), w)


def test_loss_and_sigmoid_are_stable_for_large_logits():
    z = np.array([-1000.0, 1000.0])
    assert np.all(np.isfinite(m.sigmoid(z)))
    assert m.bce_from_logits(z, np.array([0.0, 1.0])) == pytest.approx(0.0, abs=1e-12)
    assert m.bce_from_logits(z, np.array([1.0, 0.0])) == pytest.approx(1000.0)
    z = np.array([-0.3, 0.2])
    y = np.array([0.0, 1.0])
    p = 1 / (1 + np.exp(-z))
    direct = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    assert m.bce_from_logits(z, y) == pytest.approx(direct)


def test_single_layer_ends_at_ln2_on_xor():
    w = np.random.default_rng(0).normal(size=3)
    for _ in range(3000):
        w = w - m.logistic_grad(w, m.X_XOR, m.Y_XOR)
    assert m.logistic_loss(w, m.X_XOR, m.Y_XOR) == pytest.approx(np.log(2), abs=1e-6)
    np.testing.assert_allclose(w, 0.0, atol=1e-3)


def test_two_layers_trained_by_backprop_solve_xor():
    params = m.train_mlp(m.init_mlp(2, np.random.default_rng(0)), 3000)
    z, _ = m.mlp_forward(params, m.X_XOR)
    assert ((z > 0).astype(int) == m.Y_XOR).all()
    assert m.bce_from_logits(z, m.Y_XOR) < 0.01


def test_wide_hidden_layers_solve_xor_from_every_seed_tried():
    for seed in range(5):
        z, _ = m.mlp_forward(m.train_mlp(m.init_mlp(8, np.random.default_rng(seed))), m.X_XOR)
        assert ((z > 0).astype(int) == m.Y_XOR).all()


def test_constant_initialisation_keeps_hidden_units_identical():
    same = {
        "W1": np.full((2, 4), 0.3),
        "b1": np.zeros(4),
        "W2": np.full(4, -0.2),
        "b2": np.zeros(()),
    }
    params = m.train_mlp(same, 500)
    np.testing.assert_allclose(params["W1"], np.repeat(params["W1"][:, :1], 4, axis=1))
    np.testing.assert_allclose(params["W2"], params["W2"][0])
    z, _ = m.mlp_forward(params, m.X_XOR)
    assert not ((z > 0).astype(int) == m.Y_XOR).all()


def test_train_mlp_does_not_modify_its_argument():
    params = m.init_mlp(2, np.random.default_rng(0))
    before = {k: v.copy() for k, v in params.items()}
    m.train_mlp(params, 10)
    for k in params:
        np.testing.assert_array_equal(params[k], before[k])


def test_a_failed_start_fits_two_points_and_leaves_two_at_one_half():
    params = m.train_mlp(m.init_mlp(2, np.random.default_rng(2)))
    z, _ = m.mlp_forward(params, m.X_XOR)
    p = m.sigmoid(z)
    assert np.sum(np.abs(p - 0.5) < 0.01) == 2  # two points stuck at P = 0.5
    fitted = np.abs(p - 0.5) >= 0.01
    np.testing.assert_allclose(p[fitted], m.Y_XOR[fitted], atol=0.01)
    loss = m.bce_from_logits(z, m.Y_XOR)
    longer = m.bce_from_logits(m.mlp_forward(m.train_mlp(params, 2000), m.X_XOR)[0], m.Y_XOR)
    assert np.log(2) / 2 < longer < loss < 0.35  # creeps down towards (ln 2) / 2
