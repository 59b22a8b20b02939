"""Unit tests of snippets/q27_invariances_and_placement.py."""

import numpy as np
import pytest

from snippets import q27_invariances_and_placement as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("pre_ln", [False, True])
def test_stack_weight_gradients_match_finite_differences(pre_ln):
    rng = np.random.default_rng(4)
    n, d, L = 4, 5, 3
    X, R = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    Ws = [rng.normal(0.0, 0.5, size=(d, d)) for _ in range(L)]
    _, tape = m.stack_forward(X, Ws, pre_ln)
    grads = m.stack_weight_gradients(Ws, tape, R, pre_ln)
    for k in range(L):

        def loss(Wk, k=k):
            Ws_k = [Wk if j == k else W for j, W in enumerate(Ws)]
            return float(np.sum(m.stack_forward(X, Ws_k, pre_ln)[0] * R))

        check_gradient(loss, grads[k], Ws[k].copy(), rtol=1e-5, atol=1e-7)


def test_the_layer_norm_backward_copy_matches_finite_differences():
    rng = np.random.default_rng(5)
    X, dY, gamma = rng.normal(size=(3, 4)), rng.normal(size=(3, 4)), rng.normal(size=4)
    _, cache = m.layer_norm_forward(X, gamma, 0.0)
    dX = m.layer_norm_backward(dY, cache)[0]
    check_gradient(lambda Z: float(np.sum(m.layer_norm_forward(Z, gamma, 0.0)[0] * dY)), dX, X)


def test_invariances():
    rng = np.random.default_rng(6)
    X = rng.normal(1.0, 2.0, size=(6, 4))
    a, c = rng.uniform(0.5, 2.0, size=(6, 1)), rng.uniform(0.5, 2.0, size=4)
    ln = lambda Z: m.layer_norm_forward(Z, 1.0, 0.0, eps=0.0)[0]  # noqa: E731
    bn = lambda Z: m.batch_norm_forward(Z, 1.0, 0.0, eps=0.0)[0]  # noqa: E731
    rms = lambda Z: m.rms_norm_forward(Z, 1.0, eps=0.0)[0]  # noqa: E731
    np.testing.assert_allclose(ln(a * X + a), ln(X), atol=1e-12)
    np.testing.assert_allclose(rms(a * X), rms(X), atol=1e-12)
    assert not np.allclose(rms(X + a), rms(X))
    np.testing.assert_allclose(bn(c * X + c), bn(X), atol=1e-12)
    assert not np.allclose(ln(c * X), ln(X))


def test_pre_ln_last_block_gradient_shrinks_with_depth_and_post_ln_does_not():
    rng = np.random.default_rng(7)
    n, d = 16, 64
    X, R = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    last = {}
    for pre_ln in (False, True):
        for L in (4, 64):
            Ws = [rng.normal(0.0, 1.0 / np.sqrt(d), size=(d, d)) for _ in range(L)]
            _, tape = m.stack_forward(X, Ws, pre_ln)
            last[pre_ln, L] = np.linalg.norm(m.stack_weight_gradients(Ws, tape, R, pre_ln)[-1])
    assert last[True, 4] / last[True, 64] > 2.5  # about sqrt(16) = 4
    assert 0.7 < last[False, 4] / last[False, 64] < 1.4
