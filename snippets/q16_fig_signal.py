"""Figure for Q16: activation spread through 30 ReLU layers for three weight scales."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q16_signal_propagation import activation_stds


def make_figure():
    """Standard deviation of the activations after each layer, on a log scale."""
    layers = np.arange(1, 31)
    fig, ax = plt.subplots(figsize=(5.5, 5.2))
    series = [
        ("N(0, 1): explodes", 1.0, "tab:red", "s"),
        ("He, N(0, 2/fan_in)", lambda n: np.sqrt(2.0 / n), "tab:green", "o"),
        ("N(0, 0.01²): vanishes", 0.01, "tab:blue", "^"),
    ]
    for label, scale, color, marker in series:
        # Rounded to 4 decimals in log10: the drawing must not depend on the last bits of
        # floating-point arithmetic, which differ between processors and BLAS libraries.
        stds = 10.0 ** np.round(np.log10(activation_stds(scale)), 4)
        ax.semilogy(layers, stds, marker=marker, markersize=4, color=color, label=label)
    ax.set(xlabel="layer l", ylabel="std of activations", xlim=(0.5, 30.5))
    ax.set_title("30 ReLU layers of width 256", fontsize=11)
    ax.legend(fontsize=11, loc="upper center", bbox_to_anchor=(0.5, -0.2), frameon=False)
    fig.tight_layout()
    return fig
