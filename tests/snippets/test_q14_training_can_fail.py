"""Unit tests of snippets/q14_training_can_fail.py."""

import numpy as np
import pytest

from snippets import q14_training_can_fail as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("seed", range(3))
def test_loss_gradient_through_both_layers_matches_central_differences(seed):
    rng = np.random.default_rng(seed)
    params = [
        rng.normal(size=(2, 3)),
        rng.normal(size=3),
        rng.normal(size=(3, 1)),
        rng.normal(size=1),
    ]
    z, cache = m.mlp_forward(m.X_XOR, *params)
    grads = m.mlp_backward(m.binary_cross_entropy_with_logits_grad(z, m.Y_XOR), cache)
    for i, (param, grad) in enumerate(zip(params, grads, strict=True)):

        def loss(value, i=i):
            changed = params[:i] + [value] + params[i + 1 :]
            return m.binary_cross_entropy_with_logits(m.mlp_forward(m.X_XOR, *changed)[0], m.Y_XOR)

        check_gradient(loss, grad, param)


def test_dense_backward_matches_central_differences():
    rng = np.random.default_rng(0)
    X, W, b, G = (
        rng.normal(size=(4, 2)),
        rng.normal(size=(2, 1)),
        rng.normal(size=1),
        rng.normal(size=(4, 1)),
    )
    grad_X, grad_W, grad_b = m.dense_backward(X, W, G)
    check_gradient(lambda v: float(np.sum(G * m.dense_forward(X, v, b))), grad_W, W)
    check_gradient(lambda v: float(np.sum(G * m.dense_forward(v, W, b))), grad_X, X)
    check_gradient(lambda v: float(np.sum(G * m.dense_forward(X, W, v))), grad_b, b)


def test_the_best_single_layer_on_xor_predicts_one_half():
    # At w = 0, b = 0 the gradient of the mean cross-entropy on XOR vanishes: the convex minimum.
    z = m.dense_forward(m.X_XOR, np.zeros((2, 1)), np.zeros(1))
    _, grad_W, grad_b = m.dense_backward(
        m.X_XOR, np.zeros((2, 1)), m.binary_cross_entropy_with_logits_grad(z, m.Y_XOR)
    )
    np.testing.assert_allclose(grad_W, 0.0, atol=1e-15)
    np.testing.assert_allclose(grad_b, 0.0, atol=1e-15)
    assert m.binary_cross_entropy_with_logits(z, m.Y_XOR) == pytest.approx(np.log(2))


def test_train_mlp_does_not_modify_its_argument():
    params = m.init_mlp(2, np.random.default_rng(0))
    before = [p.copy() for p in params]
    m.train_mlp(params, 10)
    for p, q in zip(params, before, strict=True):
        np.testing.assert_array_equal(p, q)


def test_two_layers_solve_xor_from_seed_0_and_wide_layers_from_every_seed_tried():
    _, z = m.train_mlp(m.init_mlp(2, np.random.default_rng(0)), 3000)
    assert ((z > 0) == (m.Y_XOR == 1)).all()
    for seed in range(5):
        _, z = m.train_mlp(m.init_mlp(8, np.random.default_rng(seed)))
        assert m.binary_cross_entropy_with_logits(z, m.Y_XOR) < 0.1


def test_the_failed_start_approaches_half_ln2():
    params, z = m.train_mlp(m.init_mlp(2, np.random.default_rng(2)))
    assert m.binary_cross_entropy_with_logits(z, m.Y_XOR) > np.log(2) / 2
    p = m.sigmoid(z)[:, 0]
    assert np.sum(np.abs(p - 0.5) < 0.01) == 2  # two points left at one half


def test_constant_initialisation_keeps_hidden_units_identical():
    same = [np.full((2, 4), 0.3), np.zeros(4), np.full((4, 1), -0.2), np.zeros(1)]
    (W1, b1, W2, _), _ = m.train_mlp(same, 500)
    np.testing.assert_allclose(W1, np.repeat(W1[:, :1], 4, axis=1))
    np.testing.assert_allclose(b1, b1[0])
    np.testing.assert_allclose(W2, np.full((4, 1), W2[0, 0]))


def test_sigmoid_and_loss_are_stable_for_large_logits():
    z = np.array([-1000.0, 1000.0])
    assert np.all(np.isfinite(m.sigmoid(z)))
    assert m.binary_cross_entropy_with_logits(z, np.array([0.0, 1.0])) == pytest.approx(
        0.0, abs=1e-12
    )
