"""Unit tests of snippets/q26_inverted_dropout.py (the core program)."""

import numpy as np
import pytest

from snippets import q26_inverted_dropout as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("p", [0.0, 0.2, 0.5, 0.9])
def test_mask_values_and_expectation(p):
    x = np.array([1.0, -2.0, 0.5, 3.0])
    Y, mask = m.dropout_forward(np.tile(x, (100_000, 1)), p, np.random.default_rng(1))
    assert set(np.unique(mask).tolist()) <= {0.0, 1.0 / (1.0 - p)}
    np.testing.assert_allclose(Y.mean(axis=0), x, atol=0.05 * (1 + 5 * p))
    np.testing.assert_allclose((Y**2).mean(axis=0) / x**2, 1.0 / (1.0 - p), rtol=0.05 * (1 + 3 * p))


def test_backward_is_the_gradient_for_a_fixed_mask():
    rng = np.random.default_rng(2)
    x, g = rng.normal(size=(3, 5)), rng.normal(size=(3, 5))
    _, mask = m.dropout_forward(x, 0.4, rng)
    check_gradient(lambda v: float(np.sum(g * v * mask)), m.dropout_backward(g, mask), x)


def test_p_outside_the_interval_is_rejected():
    with pytest.raises(ValueError):
        m.dropout_forward(np.ones(3), 1.0, np.random.default_rng(0))
