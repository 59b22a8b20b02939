"""Unit tests of snippets/nn/layers.py: every gradient of the dense layer and the two-layer
perceptron by finite differences, and their shapes."""

import numpy as np

from snippets.nn.gradcheck import check_gradient
from snippets.nn.layers import dense_backward, dense_forward, mlp_backward, mlp_forward

RNG = np.random.default_rng(2)
X, W, b = RNG.normal(size=(5, 3)), RNG.normal(size=(3, 4)), RNG.normal(size=4)
G = RNG.normal(size=(5, 4))  # upstream gradient: the loss is sum(out * G)


def test_dense_backward():
    grad_X, grad_W, grad_b = dense_backward(X, W, G)
    check_gradient(lambda x: float(np.sum(dense_forward(x, W, b) * G)), grad_X, X)
    check_gradient(lambda w: float(np.sum(dense_forward(X, w, b) * G)), grad_W, W)
    check_gradient(lambda c: float(np.sum(dense_forward(X, W, c) * G)), grad_b, b)


def test_mlp_backward(rng):
    params = [rng.normal(size=s) for s in ((3, 6), (6,), (6, 2), (2,))]
    G2 = rng.normal(size=(5, 2))
    out, cache = mlp_forward(X, *params)
    assert out.shape == (5, 2)
    grads = mlp_backward(G2, cache)
    for k, grad in enumerate(grads):

        def loss(p, k=k):
            return float(np.sum(mlp_forward(X, *params[:k], p, *params[k + 1 :])[0] * G2))

        assert grad.shape == params[k].shape
        check_gradient(loss, grad, params[k])


def test_mlp_hidden_layer_saturates_without_overflow():
    W1 = np.full((3, 6), 1000.0)
    with np.errstate(over="raise", invalid="raise"):
        out, cache = mlp_forward(X, W1, np.zeros(6), np.ones((6, 2)), np.zeros(2))
        grads = mlp_backward(np.ones((5, 2)), cache)
    assert np.all(np.abs(out) <= 6.0)
    assert all(np.all(np.isfinite(g)) for g in grads)
