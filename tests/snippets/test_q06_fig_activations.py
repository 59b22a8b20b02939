"""Unit tests of the derivatives drawn in snippets/q06_fig_activations.py."""

import math

import numpy as np
import pytest

from snippets import q06_fig_activations as m
from snippets.nn.gradcheck import check_gradient

Z = np.array([-4.0, -1.3, -0.2, 0.3, 1.1, 3.5])


@pytest.mark.parametrize(
    ("f", "df"), [(m.gelu, m.gelu_derivative), (m.silu, m.silu_derivative)], ids=["gelu", "silu"]
)
def test_derivatives_match_central_differences(f, df):
    check_gradient(lambda z: float(f(z).sum()), df(Z), Z)


def test_gelu_is_x_times_normal_cdf():
    assert float(m.gelu(np.array(1.0))) == pytest.approx(0.5 * (1 + math.erf(1 / math.sqrt(2))))
    assert float(m.gelu(np.array(0.0))) == 0.0


def test_make_figure_draws_two_panels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = m.make_figure()
    assert len(fig.axes) == 2
    plt.close(fig)
