"""Figure for Q20: how much of the gradient survives T steps back, RNN against LSTM."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q20_gradient_flow import all_norms


def make_figure():
    """Spectral norm of d state_T / d state_0 against T, on a log scale, with the LSTMs' direct
    cell path (the product of the forget gates) dotted."""
    norms = all_norms()
    direct = all_norms(direct_path=True)
    styles = {
        "RNN, gain 1": ("tab:blue", "--"),
        "RNN, gain 2.5": ("tab:red", "--"),
        "LSTM, forget bias 0": ("tab:purple", "-"),
        "LSTM, forget bias 1": ("tab:orange", "-"),
        "LSTM, forget bias 3": ("tab:green", "-"),
    }
    fig, ax = plt.subplots(figsize=(5.5, 6.4))
    for name, values in norms.items():
        color, line = styles[name]
        # Rounded to 4 decimals in log10 so that the drawing does not depend on the last bits of
        # floating-point arithmetic, which differ between processors and BLAS libraries.
        values = 10.0 ** np.round(np.log10(values), 4)
        ax.semilogy(
            np.arange(1, len(values) + 1), values, line, color=color, linewidth=2, label=name
        )
    for name, values in direct.items():
        if name.startswith("LSTM"):
            values = 10.0 ** np.round(np.log10(values), 4)
            ax.semilogy(
                np.arange(1, len(values) + 1), values, ":", color=styles[name][0], linewidth=1.5
            )
    ax.plot([], [], ":", color="tab:gray", linewidth=1.5, label="LSTM, direct cell path only")
    ax.axhline(1.0, color="tab:gray", linewidth=1)
    ax.set(
        xlabel="steps back in time T",
        ylabel=r"$\Vert\,\partial\,\mathrm{state}_T\,/\,\partial\,\mathrm{state}_0\,\Vert_2$",
        xlim=(0, 100),
    )
    ax.set_title(r"RNN $\partial h_T/\partial h_0$, LSTM $\partial c_T/\partial c_0$", fontsize=11)
    ax.legend(fontsize=11, loc="upper center", bbox_to_anchor=(0.5, -0.14), frameon=False)
    fig.tight_layout()
    return fig
