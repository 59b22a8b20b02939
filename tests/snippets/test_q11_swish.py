"""Unit tests of snippets/q11_swish.py, the core program."""

import numpy as np
import pytest

from snippets import q11_swish as m
from snippets.nn.gradcheck import check_gradient


@pytest.mark.parametrize("beta", [0.5, 1.0, 4.0])
def test_swish_derivative_matches_central_differences(beta):
    z = np.array([-6.0, -1.2785, -0.3, 0.0, 0.7, 3.0])
    check_gradient(lambda t: float(m.swish(t, beta).sum()), m.swish_derivative(z, beta), z)


def test_swish_is_stable_at_extreme_inputs():
    with np.errstate(over="raise", invalid="raise"):
        out = m.swish(np.array([-1000.0, 1000.0]))
    np.testing.assert_allclose(out, [0.0, 1000.0], atol=1e-300)
