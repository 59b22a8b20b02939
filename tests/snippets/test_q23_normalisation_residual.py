"""Unit tests of snippets/q23_normalisation_residual.py."""

import numpy as np
import pytest

from snippets import q23_normalisation_residual as m
from snippets.nn.gradcheck import check_gradient


def _output(x, Ws, activation, norm, residual, scale):
    f = m.ACTIVATIONS[activation][0]
    d = x.shape[1]
    for W in Ws:
        z = x @ W if m.NORMS[norm] is None else m.NORMS[norm][0](x @ W, np.ones(d), np.zeros(d))[0]
        x = x + scale * f(z) if residual else f(z)
    return x


@pytest.mark.parametrize("norm", list(m.NORMS))
@pytest.mark.parametrize("activation", ["tanh", "ReLU"])
@pytest.mark.parametrize("residual,scale", [(False, 1.0), (True, 1.0), (True, 0.3)])
def test_normed_stack_input_grad_matches_finite_differences(norm, activation, residual, scale):
    rng = np.random.default_rng(8)
    x, g = rng.normal(size=(5, 4)), rng.normal(size=(5, 4))
    Ws = [rng.normal(0.0, 0.8, (4, 4)) for _ in range(4)]
    analytic = m.normed_stack_input_grad(x, g, Ws, activation, norm, residual, scale)
    loss = lambda v: float(np.sum(_output(v, Ws, activation, norm, residual, scale) * g))  # noqa: E731
    check_gradient(loss, analytic, x, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("norm", ["layer norm", "batch norm"])
def test_normalised_gradient_does_not_depend_on_the_weight_scale(norm):
    rng = np.random.default_rng(9)
    x, g = rng.normal(size=(16, 8)), rng.normal(size=(16, 8))
    Ws = [rng.normal(0.0, 1.0, (8, 8)) for _ in range(10)]
    small = m.normed_stack_input_grad(x, g, [0.1 * W for W in Ws], "tanh", norm)
    large = m.normed_stack_input_grad(x, g, [10.0 * W for W in Ws], "tanh", norm)
    # N(c h W) = N(h W) and its backward divides by the std, which carries c (up to eps)
    assert np.linalg.norm(small - large) < 1e-2 * np.linalg.norm(large)


def test_scaled_residual_branches_keep_the_gradient_bounded_with_depth():
    rng = np.random.default_rng(10)
    x, g = rng.normal(size=(16, 32)), rng.normal(size=(16, 32))
    for depth in (10, 100):
        Ws = [rng.normal(0.0, 2.0 / np.sqrt(32), (32, 32)) for _ in range(depth)]
        r = m.ratio(x, g, Ws, "tanh", "none", True, 1.0 / np.sqrt(depth))
        assert 1.0 < r < 3.0
