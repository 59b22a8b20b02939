"""Figure for Q17: cost of one gradient, backpropagation against central differences."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q17_cost_scaling import gradient_costs


def make_figure():
    """Forward-pass equivalents per gradient against the number of parameters, log-log."""
    widths = [4, 8, 16, 32, 64, 128, 256, 512, 1024]
    costs = [gradient_costs(w) for w in widths]
    params = np.array([c["params"] for c in costs])
    backprop = np.array([c["backprop"] / c["forward"] for c in costs])
    central = np.array([c["central"] / c["forward"] for c in costs])
    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    ax.loglog(
        params, central, "s-", color="tab:red", label="central differences: 2P forward passes"
    )
    ax.loglog(
        params,
        backprop,
        "o-",
        color="tab:blue",
        label="backpropagation: measured, 2–3 forward passes",
    )
    ax.set(
        xlabel="number of parameters P (MLP 784 → h → h → 10)",
        ylabel="cost of one gradient\n(forward-pass equivalents)",
        ylim=(1, 1e7),
    )
    ax.set_title("Cost of one gradient, counted in matrix-product FLOPs", fontsize=10)
    ax.legend(fontsize=9, loc="upper left")
    fig.tight_layout()
    return fig
