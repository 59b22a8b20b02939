"""Unit tests of snippets/q17_backprop_mlp.py."""

import numpy as np
import pytest

from snippets import q17_backprop_mlp as m
from snippets.nn.gradcheck import check_gradient


def _problem(seed=0, sizes=(4, 16, 16, 3), batch=8):
    rng = np.random.default_rng(seed)
    params = m.init_params(list(sizes), rng)
    for name in params:  # non-zero biases, so that their gradients are not trivially structured
        if name.startswith("b"):
            params[name] = rng.normal(0.0, 0.3, size=params[name].shape)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)
    return params, x, y


@pytest.mark.parametrize("seed,sizes", [(0, (4, 16, 16, 3)), (1, (3, 7, 2)), (2, (5, 4, 6, 3, 4))])
def test_mlp_backward_matches_central_differences(seed, sizes):
    params, x, y = _problem(seed, sizes)
    _, cache = m.deep_mlp_forward(params, x, y)
    grads = m.deep_mlp_backward(params, cache, y)
    assert grads.keys() == params.keys()
    for name in params:

        def loss_of(value, name=name):
            return m.deep_mlp_forward({**params, name: value}, x, y)[0]

        check_gradient(loss_of, grads[name], params[name])


def test_the_bug_is_caught_by_the_check():
    params, x, y = _problem()
    _, cache = m.deep_mlp_forward(params, x, y)
    buggy = m.deep_mlp_backward(params, cache, y, bug=True)
    with pytest.raises(AssertionError):
        check_gradient(
            lambda w: m.deep_mlp_forward({**params, "W1": w}, x, y)[0], buggy["W1"], params["W1"]
        )
    # Only layer 1 is affected: the layers above it are still right.
    good = m.deep_mlp_backward(params, cache, y)
    np.testing.assert_array_equal(buggy["W3"], good["W3"])


def test_central_differences_helper_agrees_with_backprop():
    params, x, y = _problem(3, (3, 5, 2), 4)
    _, cache = m.deep_mlp_forward(params, x, y)
    grads = m.deep_mlp_backward(params, cache, y)
    numeric = m.central_differences(params, x, y)
    for name in params:
        assert m.relative_error(grads[name], numeric[name]) < 1e-7


def test_flop_counts():
    params, x, y = _problem()
    m.FLOPS[0] = 0
    m.deep_mlp_forward(params, x, y)
    forward = m.FLOPS[0]
    assert forward == 2 * 8 * (4 * 16 + 16 * 16 + 16 * 3)
    _, cache = m.deep_mlp_forward(params, x, y)
    m.FLOPS[0] = 0
    m.deep_mlp_backward(params, cache, y)
    # Weight gradients of every layer plus input gradients of every layer but the first.
    assert m.FLOPS[0] == 2 * forward - 2 * 8 * 4 * 16


def test_backprop_costs_less_than_three_forward_passes():
    params, x, y = _problem()
    m.FLOPS[0] = 0
    _, cache = m.deep_mlp_forward(params, x, y)
    forward = m.FLOPS[0]
    m.deep_mlp_backward(params, cache, y)
    assert 2.0 < m.FLOPS[0] / forward < 3.0


def test_softmax_is_stable_for_huge_logits():
    params, x, y = _problem()
    params["W3"] = params["W3"] * 1e4
    loss, cache = m.deep_mlp_forward(params, x, y)
    assert np.isfinite(loss)
    assert np.all(np.isfinite(m.deep_mlp_backward(params, cache, y)["W3"]))


def test_a_small_step_against_the_gradient_lowers_the_loss():
    params, x, y = _problem()
    loss, cache = m.deep_mlp_forward(params, x, y)
    grads = m.deep_mlp_backward(params, cache, y)
    stepped = {k: params[k] - 1e-2 * grads[k] for k in params}
    assert m.deep_mlp_forward(stepped, x, y)[0] < loss


def test_relative_error():
    a = np.array([1.0, 2.0])
    assert m.relative_error(a, a) == 0.0
    assert m.relative_error(a, -a) == 1.0
