"""Figure: common activation functions (left) and their derivatives (right)."""

import math

import matplotlib.pyplot as plt
import numpy as np

from snippets.q06_saturation import (
    relu,
    relu_derivative,
    sigmoid,
    sigmoid_derivative,
    tanh_derivative,
)

_erf = np.vectorize(math.erf)


def gelu(z):
    """GELU ``z Phi(z)`` with the exact normal CDF."""
    return z * 0.5 * (1.0 + _erf(z / math.sqrt(2.0)))


def gelu_derivative(z):
    """``Phi(z) + z phi(z)``."""
    return 0.5 * (1.0 + _erf(z / math.sqrt(2.0))) + z * np.exp(-0.5 * z**2) / math.sqrt(2 * math.pi)


def silu(z):
    """SiLU / Swish-1, ``z sigmoid(z)``."""
    return z * sigmoid(z)


def silu_derivative(z):
    """``sigmoid(z) (1 + z (1 - sigmoid(z)))``."""
    s = sigmoid(z)
    return s * (1.0 + z * (1.0 - s))


CURVES = [
    ("sigmoid", sigmoid, sigmoid_derivative, "tab:blue", "-"),
    ("tanh", np.tanh, tanh_derivative, "tab:orange", "--"),
    ("ReLU", relu, relu_derivative, "tab:green", "-"),
    ("GELU", gelu, gelu_derivative, "tab:red", "-."),
    ("SiLU / Swish", silu, silu_derivative, "tab:purple", ":"),
]


def make_figure():
    """Two panels sharing the z axis: activations and derivatives."""
    z = np.linspace(-5.0, 5.0, 1001)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), sharex=True)
    for label, f, df, colour, style in CURVES:
        left.plot(z, f(z), color=colour, linestyle=style, linewidth=2, label=label)
        slope = np.where(z == 0.0, np.nan, df(z)) if label == "ReLU" else df(z)  # break at the kink
        right.plot(z, slope, color=colour, linestyle=style, linewidth=2, label=label)
    left.set_title("activation f(z)")
    left.set_ylim(-1.5, 3.0)
    right.set_title("derivative f'(z)")
    right.set_ylim(-0.2, 1.2)
    right.axhline(0.25, color="gray", linewidth=1, linestyle=(0, (1, 3)))
    right.annotate("1/4 = max of sigmoid'", xy=(1.4, 0.28), fontsize=9)
    for ax in (left, right):
        ax.set_xlabel("pre-activation z")
        ax.axhline(0.0, color="gray", linewidth=0.8)
        ax.axvline(0.0, color="gray", linewidth=0.8)
    left.legend(loc="upper left", fontsize=9)
    fig.tight_layout()
    return fig
