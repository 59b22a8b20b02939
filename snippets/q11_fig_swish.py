"""Figure: the Swish family z sigmoid(beta z) between z/2 and ReLU (top), and its slopes (bottom)."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q11_swish_family import swish, swish_derivative, swish_minimum

BETAS = [(0.1, "tab:blue"), (1.0, "tab:purple"), (10.0, "tab:orange")]


def make_figure():
    """Swish for three betas with its two limits, and the derivatives; panels stacked."""
    z = np.linspace(-4.0, 4.0, 801)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 7.0), sharex=True)
    top.plot(z, z / 2, color="gray", linestyle=":", linewidth=2, label="z/2 (β → 0)")
    top.plot(z, np.maximum(z, 0.0), color="tab:green", linestyle="--", linewidth=2,
             label="ReLU (β → ∞)", zorder=3)  # fmt: skip
    for beta, colour in BETAS:
        top.plot(z, swish(z, beta), color=colour, linewidth=2, label=f"β = {beta:g}")
        bottom.plot(z, swish_derivative(z, beta), color=colour, linewidth=2, label=f"β = {beta:g}")
    z_min, f_min = swish_minimum(1.0)
    top.plot([z_min], [f_min], marker="o", color="tab:purple")
    top.annotate(
        f"minimum {f_min:.4f}\nat z = {z_min:.4f}",
        xy=(z_min, f_min),
        xytext=(0.6, -0.9),
        fontsize=11,
        arrowprops={"arrowstyle": "->", "color": "gray"},
    )
    top.set_title("swish(z) = z·sigmoid(βz)")
    top.set_ylim(-1.1, 3.0)
    bottom.set_title("slope d swish / dz")
    bottom.set_ylim(-0.3, 1.3)
    bottom.set_xlabel("z")
    for ax in (top, bottom):
        ax.axhline(0.0, color="gray", linewidth=0.8)
        ax.axvline(0.0, color="gray", linewidth=0.8)
        ax.legend(loc="upper left", fontsize=11)
    fig.tight_layout()
    return fig
