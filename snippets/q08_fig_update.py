"""Figure for Q8: a mistake on a positive example adds x to w, turning w and its boundary toward x."""

import matplotlib.pyplot as plt
import numpy as np

W_OLD = np.array([1.0, 0.3])
X_POS = np.array([-0.4, 1.0])  # a positive example that W_OLD misclassifies: W_OLD . x < 0


def _arrow(ax, v, color, label, offset):
    """Draw the vector ``v`` from the origin and write ``label`` near its tip."""
    ax.annotate(
        "", xy=v, xytext=(0, 0), arrowprops={"arrowstyle": "-|>", "color": color, "lw": 2.5}
    )
    ax.text(*(v + offset), label, color=color, fontsize=13, ha="center", va="center")


def _boundary(ax, w, style, color, label):
    """Draw the line ``w . x = 0`` across the axes."""
    t = np.array([-2.0, 2.0])
    direction = np.array([-w[1], w[0]]) / np.linalg.norm(w)
    ax.plot(*np.outer(t, direction).T, style, color=color, linewidth=2, label=label)


def make_figure():
    """One update of the perceptron rule, drawn in the plane of the inputs (no bias)."""
    w_new = W_OLD + X_POS
    fig, ax = plt.subplots(figsize=(5.5, 5.2))
    _boundary(ax, W_OLD, "--", "tab:orange", "boundary before")
    _boundary(ax, w_new, "-", "tab:green", "boundary after")
    ax.plot(*X_POS, "o", color="tab:blue", markersize=11)
    _arrow(ax, X_POS, "tab:blue", "x (label +1)", np.array([-0.45, 0.17]))
    _arrow(ax, W_OLD, "tab:orange", "w", np.array([0.12, -0.1]))
    _arrow(ax, w_new, "tab:green", "w + x", np.array([0.2, 0.12]))
    ax.plot([W_OLD[0], w_new[0]], [W_OLD[1], w_new[1]], ":", color="tab:blue", linewidth=1.5)
    ax.set(xlim=(-1.3, 1.3), ylim=(-1.0, 1.6), aspect="equal", xlabel="$x_1$", ylabel="$x_2$")
    ax.set_title("A mistake on a positive example: w turns toward x", fontsize=12)
    ax.legend(loc="lower left", fontsize=11)
    fig.tight_layout()
    return fig
