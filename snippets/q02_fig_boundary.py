"""Figure for Q2: a perceptron's boundary on separable data, and mistakes per epoch vs XOR."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q02_novikoff_bound import (
    make_separable,
    max_margin_separator,
    train_perceptron,
)
from snippets.q02_xor_never_converges import INPUTS
from snippets.q02_xor_never_converges import train_perceptron as train_on_boolean


def _line(ax, w, style, color, label):
    """Draw ``w[0] x1 + w[1] x2 + w[2] = 0`` across the square [-1, 1]^2."""
    x1 = np.array([-1.0, 1.0])
    ax.plot(x1, -(w[0] * x1 + w[2]) / w[1], style, color=color, linewidth=2, label=label)


def make_figure():
    """Two panels, stacked: the learned and the max-margin boundaries, and mistakes per epoch."""
    rng = np.random.default_rng(0)
    X, y, u = make_separable(200, margin=0.05, rng=rng)
    w, per_epoch = train_perceptron(X, y, rng=rng)
    u_best = max_margin_separator(X, y)[0]

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 9.6), height_ratios=[1.25, 1])
    top.scatter(*X[y == 1].T, marker="o", color="tab:blue", s=14, label="y = +1")
    top.scatter(*X[y == -1].T, marker="s", color="tab:orange", s=14, label="y = −1")
    _line(top, w, "-", "tab:green", f"perceptron ({sum(per_epoch)} mistakes)")
    _line(top, u_best, ":", "tab:purple", "maximum margin")
    ticks = [-1, -0.5, 0, 0.5, 1]
    top.set(xlim=(-1, 1), ylim=(-1, 1), xticks=ticks, yticks=ticks, aspect="equal")
    top.set(xlabel="$x_1$", ylabel="$x_2$")
    top.set_title("Separable data: a separator, not the best one", fontsize=12)
    top.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=11)

    epochs = 12
    _, xor, _ = train_on_boolean(
        INPUTS, np.array([-1, 1, 1, -1]), max_epochs=epochs, rng=np.random.default_rng(0)
    )
    steps = np.arange(1, epochs + 1)
    ran = np.arange(1, len(per_epoch) + 1)  # training stops after the first clean epoch
    bottom.plot(ran, per_epoch, "o-", color="tab:blue", label="separable data (200 points)")
    bottom.annotate(
        f"no mistake:\nstops after\nepoch {len(per_epoch)}",
        xy=(len(per_epoch), 0),
        xytext=(len(per_epoch) + 1.2, 6),
        fontsize=11,
        arrowprops={"arrowstyle": "->", "color": "tab:blue"},
    )
    bottom.plot(steps, xor, "s-", color="tab:red", label="XOR (4 points)")
    bottom.set(xlabel="epoch", ylabel="mistakes in the epoch", xticks=steps, ylim=(-0.5, 14))
    bottom.set_title("Mistakes per epoch (order shuffled each epoch)", fontsize=12)
    bottom.legend(loc="upper right", fontsize=11)
    fig.tight_layout()
    return fig
