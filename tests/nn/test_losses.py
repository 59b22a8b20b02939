"""Unit tests of snippets/nn/losses.py: gradients by finite differences, agreement with the
textbook formulas, stability at extreme logits."""

import numpy as np
import pytest

from snippets.nn import losses as L
from snippets.nn.activations import sigmoid, softmax
from snippets.nn.gradcheck import check_gradient

RNG = np.random.default_rng(1)
PRED, TARGET = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3))
Z = RNG.normal(0.0, 2.0, 12)
Y01 = (RNG.random(12) < 0.5).astype(float)
YPM = 2.0 * Y01 - 1.0
LOGITS, LABELS = RNG.normal(0.0, 2.0, (5, 4)), RNG.integers(0, 4, 5)


def test_mse_grad():
    check_gradient(lambda p: L.mse(p, TARGET), L.mse_grad(PRED, TARGET), PRED)


def test_binary_cross_entropy_with_logits_grad():
    analytic = L.binary_cross_entropy_with_logits_grad(Z, Y01)
    check_gradient(lambda z: L.binary_cross_entropy_with_logits(z, Y01), analytic, Z)


def test_softmax_cross_entropy_grad():
    analytic = L.softmax_cross_entropy_grad(LOGITS, LABELS)
    check_gradient(lambda z: L.softmax_cross_entropy(z, LABELS), analytic, LOGITS)


def test_hinge_grad():
    z = Z[np.abs(1.0 - YPM * Z) > 1e-2]  # away from the kink at margin 1
    y = YPM[np.abs(1.0 - YPM * Z) > 1e-2]
    check_gradient(lambda s: L.hinge(s, y), L.hinge_grad(z, y), z)


@pytest.mark.parametrize("delta", [0.5, 1.0, 3.0])
def test_huber_grad(delta):
    pred = PRED[np.abs(np.abs(PRED - TARGET) - delta) > 1e-2]  # away from the kink at delta
    target = TARGET[np.abs(np.abs(PRED - TARGET) - delta) > 1e-2]
    analytic = L.huber_grad(pred, target, delta)
    check_gradient(lambda p: L.huber(p, target, delta), analytic, pred)


def test_losses_agree_with_the_textbook_formulas_at_moderate_inputs():
    s = sigmoid(Z)
    naive_bce = np.mean(-Y01 * np.log(s) - (1 - Y01) * np.log(1 - s))
    assert L.binary_cross_entropy_with_logits(Z, Y01) == pytest.approx(naive_bce, rel=1e-12)
    naive_ce = -np.mean(np.log(softmax(LOGITS)[np.arange(5), LABELS]))
    assert L.softmax_cross_entropy(LOGITS, LABELS) == pytest.approx(naive_ce, rel=1e-12)
    assert L.mse(PRED, TARGET) == pytest.approx(np.mean((PRED - TARGET) ** 2))


def test_losses_are_finite_and_exact_at_extreme_logits():
    z = np.array([1000.0, -1000.0, 1000.0, -1000.0])
    y = np.array([1.0, 0.0, 0.0, 1.0])  # right, right, wrong by 1000, wrong by 1000
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        assert L.binary_cross_entropy_with_logits(z, y) == 500.0
        assert L.binary_cross_entropy_with_logits_grad(z, y).tolist() == [0.0, 0.0, 0.25, -0.25]
        logits = np.array([[1000.0, -1000.0], [1000.0, -1000.0]])
        assert L.softmax_cross_entropy(logits, np.array([0, 1])) == 1000.0
        grad = L.softmax_cross_entropy_grad(logits, np.array([0, 1]))
    assert grad.tolist() == [[0.0, 0.0], [0.5, -0.5]]


def test_softmax_cross_entropy_grad_rows_sum_to_zero():
    np.testing.assert_allclose(
        L.softmax_cross_entropy_grad(LOGITS, LABELS).sum(axis=1), 0.0, atol=1e-16
    )


def test_huber_is_quadratic_inside_delta_linear_outside_and_continuous():
    assert L.huber(np.array([0.5]), np.array([0.0])) == 0.125
    assert L.huber(np.array([3.0]), np.array([0.0]), delta=2.0) == 4.0
    near = [L.huber(np.array([2.0 + s]), np.array([0.0]), delta=2.0) for s in (-1e-9, 1e-9)]
    assert near[0] == pytest.approx(near[1], abs=1e-8)


def test_hinge_is_zero_beyond_the_margin():
    assert L.hinge(np.array([1.0, 3.0, -2.0]), np.array([1.0, 1.0, -1.0])) == 0.0
    assert L.hinge_grad(np.array([1.0, 3.0]), np.array([1.0, 1.0])).tolist() == [0.0, 0.0]
