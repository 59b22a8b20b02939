"""Unit tests of snippets/q17_cost_scaling.py."""

import numpy as np

from snippets import q17_cost_scaling as m
from snippets.nn.gradcheck import check_gradient


def test_mlp_backward_matches_central_differences():
    rng = np.random.default_rng(0)
    params = m.init_params([6, 5, 4, 3], rng)
    params["b1"] = rng.normal(size=5)
    x = rng.normal(size=(7, 6))
    y = rng.integers(0, 3, size=7)
    _, cache = m.deep_mlp_forward(params, x, y)
    grads = m.deep_mlp_backward(params, cache, y)
    for name in params:
        check_gradient(
            lambda v, name=name: m.deep_mlp_forward({**params, name: v}, x, y)[0],
            grads[name],
            params[name],
        )


def test_costs_are_counted_consistently():
    c = m.gradient_costs(16, batch=4)
    assert c["params"] == 784 * 16 + 16 + 16 * 16 + 16 + 16 * 10 + 10
    assert c["forward"] == 2 * 4 * (784 * 16 + 16 * 16 + 16 * 10)
    assert c["central"] == 2 * c["params"] * c["forward"]
    assert 2.0 <= c["backprop"] / c["forward"] < 3.0
    assert c["cached"] == 4 * (784 + 16 + 16 + 10)


def test_backprop_advantage_grows_with_the_number_of_parameters():
    small, large = m.gradient_costs(16), m.gradient_costs(64)
    assert large["central"] / large["backprop"] > small["central"] / small["backprop"]


def test_backprop_costs_three_forward_passes_minus_the_first_layer():
    """Only layer 1's input-gradient product is skipped: total = 3 F - F_1, exactly."""
    for width in (16, 64, 256):
        c = m.gradient_costs(width, batch=4)
        assert c["backprop"] == 3 * c["forward"] - c["first_layer"]
        assert c["first_layer"] == 2 * 4 * 784 * width


def test_cache_grows_with_the_batch_but_parameters_do_not():
    assert m.cached_floats(16, 1024) == 1024 * (784 + 16 + 16 + 10)
    assert m.cached_floats(16, 1024) == 32 * m.gradient_costs(16)["cached"]
    assert m.cached_floats(1024, 1024) > m.gradient_costs(1024)["params"]
