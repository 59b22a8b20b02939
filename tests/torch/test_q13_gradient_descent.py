"""snippets/q13_*.py against torch autograd (float64): every page-specific gradient of Q13.

quadratic_grad (q13_learning_rate), least_squares_grad (q13_batch_sizes), loss_grad of the core
program (q13_least_squares) and of the logistic-regression program (q13_gradient_descent), and
saddle_loss_grad (q13_saddle).
"""

import numpy as np
import pytest
import torch

from snippets import (
    q13_batch_sizes,
    q13_gradient_descent,
    q13_learning_rate,
    q13_least_squares,
    q13_saddle,
)
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(13)
X = RNG.normal(size=(40, 3))
Y_REAL = X @ RNG.normal(size=3) + 0.1 * RNG.normal(size=40)
Y_LABEL = (RNG.random(40) < 0.5).astype(float)
THETAS = [np.zeros(3), RNG.normal(size=3), 20.0 * RNG.normal(size=3)]


def _least_squares_grad_torch(theta):
    t = tensor(theta, requires_grad=True)
    r = tensor(X) @ t - tensor(Y_REAL)
    (g,) = grads(0.5 * torch.mean(r**2), [t])
    return g


@pytest.mark.parametrize("k", range(len(THETAS)))
def test_least_squares_gradients_match_autograd(compare, k):
    theta = THETAS[k]
    reference = _least_squares_grad_torch(theta)
    compare("q13_least_squares.loss_grad", q13_least_squares.loss_grad(theta, X, Y_REAL), reference)
    ours = q13_batch_sizes.least_squares_grad(theta, X, Y_REAL)
    compare("q13_batch_sizes.least_squares_grad", ours, reference)


@pytest.mark.parametrize("k", range(len(THETAS)))
def test_logistic_loss_grad_matches_autograd(compare, k):
    theta = THETAS[k]
    t = tensor(theta, requires_grad=True)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(tensor(X) @ t, tensor(Y_LABEL))
    (g,) = grads(loss, [t])
    ours = q13_gradient_descent.loss_grad(theta, X, Y_LABEL)
    compare("q13_gradient_descent.loss_grad", ours, g)
    assert abs(loss.item() - q13_gradient_descent.loss(theta, X, Y_LABEL)) <= 1e-12 * max(
        1.0, abs(loss.item())
    )


def test_quadratic_grad_matches_autograd(compare):
    A, _ = q13_learning_rate.rotated_quadratic([1.0, 10.0], np.pi / 6)
    for theta in [np.array([1.0, -2.0]), np.array([-30.0, 0.5])]:
        t = tensor(theta, requires_grad=True)
        (g,) = grads(0.5 * t @ tensor(A) @ t, [t])
        compare("quadratic_grad", q13_learning_rate.quadratic_grad(theta, A), g)


@pytest.mark.parametrize("p", [[0.0, 0.0], [1.0, 1e-3], [-0.7, 1.4], [3.0, -2.5]])
def test_saddle_loss_grad_matches_autograd(compare, p):
    p = np.array(p)
    t = tensor(p, requires_grad=True)
    (g,) = grads(0.5 * t[0] ** 2 + 0.25 * t[1] ** 4 - 0.5 * t[1] ** 2, [t])
    compare("saddle_loss_grad", q13_saddle.saddle_loss_grad(p), g)
