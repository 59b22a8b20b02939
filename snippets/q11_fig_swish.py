"""Figure: the Swish family x sigmoid(beta x) between x/2 and ReLU, and its derivatives."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q11_swish_family import relu, swish, swish_derivative, swish_minimum

BETAS = [(0.1, "tab:blue", "-"), (1.0, "tab:purple", "-"), (10.0, "tab:orange", "-")]


def make_figure():
    """Left: Swish for three betas with its two limits; right: the derivatives."""
    x = np.linspace(-4.0, 4.0, 801)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), sharex=True)
    left.plot(x, x / 2, color="gray", linestyle=":", linewidth=2, label="x/2  (β → 0)")
    left.plot(
        x, relu(x), color="tab:green", linestyle="--", linewidth=2, label="ReLU  (β → ∞)", zorder=3
    )
    for beta, colour, style in BETAS:
        left.plot(
            x, swish(x, beta), color=colour, linestyle=style, linewidth=2, label=f"β = {beta:g}"
        )
        right.plot(
            x,
            swish_derivative(x, beta),
            color=colour,
            linestyle=style,
            linewidth=2,
            label=f"β = {beta:g}",
        )
    x_min, f_min = swish_minimum(1.0)
    left.plot([x_min], [f_min], marker="o", color="tab:purple")
    left.annotate(
        f"minimum {f_min:.4f}\nat x = {x_min:.4f}",
        xy=(x_min, f_min),
        xytext=(0.8, -0.8),
        fontsize=9,
        arrowprops={"arrowstyle": "->", "color": "gray"},
    )
    left.set_title("swish(x) = x·sigmoid(βx)")
    left.set_ylim(-1.0, 3.0)
    right.set_title("derivative d swish / dx")
    right.set_ylim(-0.3, 1.3)
    for ax in (left, right):
        ax.set_xlabel("x")
        ax.axhline(0.0, color="gray", linewidth=0.8)
        ax.axvline(0.0, color="gray", linewidth=0.8)
    left.legend(loc="upper left", fontsize=9)
    right.legend(loc="upper left", fontsize=9)
    fig.tight_layout()
    return fig
