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
    fig, ax = plt.subplots(figsize=(5.5, 4.4))
    ax.loglog(params, central, "s-", color="tab:red", label="central differences: 2P")
    ax.loglog(
        params,
        backprop,
        "o-",
        color="tab:blue",
        label="backpropagation: counted, 2–3",
    )
    ax.set(
        xlabel="parameters P (MLP 784 → h → h → 10)",
        ylabel="cost of one gradient\n(forward passes)",
        ylim=(1, 1e7),
    )
    ax.set_title("Cost of one gradient (matrix-product FLOPs)", fontsize=12)
    ax.legend(fontsize=11, loc="upper left")
    ax.tick_params(labelsize=11)
    ax.xaxis.label.set_size(11)
    ax.yaxis.label.set_size(11)
    fig.tight_layout()
    return fig
