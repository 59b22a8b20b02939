"""Figure for Q16: activation spread through 30 ReLU layers for three weight scales."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q16_signal_propagation import activation_stds


def make_figure():
    """Standard deviation of the activations after each layer, on a log scale."""
    layers = np.arange(1, 31)
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    series = [
        ("weights N(0, 1): explodes", 1.0, "tab:red", "s"),
        ("He, N(0, 2/fan_in): stays near 1", lambda n: np.sqrt(2.0 / n), "tab:green", "o"),
        ("weights N(0, 0.01²): vanishes", 0.01, "tab:blue", "^"),
    ]
    for label, scale, color, marker in series:
        # Rounded to 4 decimals in log10: the drawing must not depend on the last bits of
        # floating-point arithmetic, which differ between processors and BLAS libraries.
        stds = 10.0 ** np.round(np.log10(activation_stds(scale)), 4)
        ax.semilogy(layers, stds, marker=marker, markersize=4, color=color, label=label)
    ax.set(xlabel="layer l", ylabel="std of activations after layer l", xlim=(0.5, 30.5))
    ax.set_title(
        "Forward pass through 30 ReLU layers (width 256): the scale compounds", fontsize=10
    )
    ax.legend(fontsize=9, loc="upper left")
    fig.tight_layout()
    return fig
