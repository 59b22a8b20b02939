"""Unit tests of snippets/q23_jacobian_products.py."""

import numpy as np
import pytest

from snippets import q23_jacobian_products as m
from snippets.nn.gradcheck import check_gradient


def _output(x, Ws, activation):
    f = m.ACTIVATIONS[activation][0]
    for W in Ws:
        x = f(x @ W)
    return x


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "ReLU"])
def test_plain_stack_input_grad_matches_finite_differences(activation):
    rng = np.random.default_rng(4)
    x, g = rng.normal(size=(3, 5)), rng.normal(size=(3, 5))
    Ws = [rng.normal(0.0, 0.9, (5, 5)) for _ in range(5)]
    analytic, _, _ = m.plain_stack_input_grad(x, g, Ws, activation)
    check_gradient(lambda v: float(np.sum(_output(v, Ws, activation) * g)), analytic, x)


def test_product_of_jacobians_of_example_0_is_its_input_gradient():
    rng = np.random.default_rng(5)
    x, g = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    Ws = [rng.normal(0.0, 0.7, (4, 4)) for _ in range(6)]
    g_in, _, jacobians = m.plain_stack_input_grad(x, g, Ws, "tanh")
    row = g[0]
    for J in jacobians:
        row = row @ J
    np.testing.assert_allclose(row, g_in[0], rtol=1e-12)


def test_spectral_norm_of_product_is_at_most_product_of_spectral_norms():
    rng = np.random.default_rng(6)
    x, g = rng.normal(size=(2, 8)), rng.normal(size=(2, 8))
    Ws = [rng.normal(0.0, 0.5, (8, 8)) for _ in range(10)]
    _, _, jacobians = m.plain_stack_input_grad(x, g, Ws, "tanh")
    product = np.linalg.multi_dot(jacobians)
    bound = np.prod([np.linalg.norm(J, 2) for J in jacobians])
    assert np.linalg.norm(product, 2) <= bound * (1 + 1e-12)


def test_he_keeps_relu_gradients_lecun_halves_their_square_per_layer():
    rng = np.random.default_rng(7)
    x, g = rng.normal(size=(32, 256)), rng.normal(size=(32, 256))
    for init, low, high in ((m.he_normal, 0.2, 5.0), (m.lecun_normal, 1e-6, 1e-3)):
        Ws = [init(256, 256, rng) for _ in range(30)]
        g_in, slope, _ = m.plain_stack_input_grad(x, g, Ws, "ReLU")
        assert low < m.gradient_ratio(g_in, g) < high
        assert 0.4 < slope < 0.6
