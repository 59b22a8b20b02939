"""Figure: common activation functions (top) and their derivatives (bottom)."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.nn.activations import (
    gelu_tanh,
    gelu_tanh_derivative,
    relu,
    relu_derivative,
    sigmoid,
    sigmoid_derivative,
    swish,
    swish_derivative,
    tanh_derivative,
)

CURVES = [  # label, function, derivative, colour, line style
    ("sigmoid", sigmoid, sigmoid_derivative, "tab:blue", "-"),
    ("tanh", np.tanh, tanh_derivative, "tab:orange", "--"),
    ("ReLU", relu, relu_derivative, "tab:green", "-"),
    ("GELU", gelu_tanh, gelu_tanh_derivative, "tab:red", "-."),
    ("SiLU / Swish", swish, swish_derivative, "tab:purple", ":"),
]


def make_figure():
    """Two panels stacked, sharing the z axis: the activations, then their derivatives."""
    z = np.linspace(-5.0, 5.0, 1001)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 7.4), sharex=True, layout="constrained")
    for label, f, df, colour, style in CURVES:
        top.plot(z, f(z), color=colour, linestyle=style, linewidth=2, label=label)
        slope = np.where(z == 0.0, np.nan, df(z)) if label == "ReLU" else df(z)  # break at the kink
        bottom.plot(z, slope, color=colour, linestyle=style, linewidth=2, label=label)
    top.set_title("activation f(z)")
    top.set_ylim(-1.5, 3.0)
    bottom.set_title("derivative f'(z)")
    bottom.set_ylim(-0.2, 1.2)
    bottom.axhline(0.25, color="gray", linewidth=1, linestyle=(0, (1, 3)))
    bottom.annotate("1/4 = max of sigmoid'", xy=(-4.8, 0.29))
    bottom.set_xlabel("pre-activation z")
    for ax in (top, bottom):
        ax.axhline(0.0, color="gray", linewidth=0.8)
        ax.axvline(0.0, color="gray", linewidth=0.8)
    top.legend(loc="upper left")
    return fig
