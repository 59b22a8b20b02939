"""Figure for Q14: on XOR, the best a line can do vs the boundary of a trained two-layer network."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q14_training_can_fail import X_XOR, Y_XOR, init_mlp, mlp_forward, sigmoid, train_mlp


def _points(ax):
    ones, zeros = X_XOR[Y_XOR[:, 0] == 1], X_XOR[Y_XOR[:, 0] == 0]
    ax.scatter(*ones.T, s=140, marker="o", color="tab:blue", label="XOR = 1", zorder=3)
    ax.scatter(*zeros.T, s=140, marker="s", color="tab:orange", label="XOR = 0", zorder=3)
    ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
    ax.set(xticks=[-0.5, 0, 0.5, 1, 1.5], yticks=[-0.5, 0, 0.5, 1, 1.5])


def make_figure():
    """Two panels stacked: a single linear boundary (3 of 4 right) and the MLP's boundary."""
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 11.0), layout="constrained")
    x = np.linspace(-0.5, 1.5, 2)

    _points(top)
    top.fill_between(
        x, 0.5 - x, 1.5, color="tab:blue", alpha=0.15, linewidth=0, label="predicted 1"
    )
    top.plot(x, 0.5 - x, color="tab:green", linewidth=2, label="x1 + x2 = 0.5 (OR)")
    top.annotate(
        "misclassified",
        xy=(1, 1),
        xytext=(0.55, 1.3),
        ha="right",
        arrowprops={"arrowstyle": "->", "color": "tab:red"},
    )
    top.set_title("One layer: any line gets at most 3 of 4 right")
    top.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2)

    (W1, b1, W2, b2), _ = train_mlp(init_mlp(2, np.random.default_rng(0)), 3000)
    grid = np.linspace(-0.5, 1.5, 201)
    g1, g2 = np.meshgrid(grid, grid)
    z, _ = mlp_forward(np.column_stack([g1.ravel(), g2.ravel()]), W1, b1, W2, b2)
    p = sigmoid(z).reshape(g1.shape)
    bottom.contourf(g1, g2, p, levels=[0.5, 1.0], colors=["tab:blue"], alpha=0.15)
    bottom.contour(g1, g2, p, levels=[0.5], colors=["tab:green"], linewidths=5, alpha=0.6)
    for j in range(W1.shape[1]):
        bottom.plot(x, -(W1[0, j] * x + b1[j]) / W1[1, j], "--", color="tab:red", linewidth=1.2)
    _points(bottom)
    bottom.fill_between([], [], color="tab:blue", alpha=0.15, label="predicted 1")
    bottom.plot([], [], color="tab:green", linewidth=5, alpha=0.6, label="P(y=1) = 0.5")
    bottom.plot([], [], "--", color="tab:red", linewidth=1.2, label="hidden units' zero lines")
    bottom.set_title("Two layers (2 tanh units): all 4 right")
    bottom.legend(loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2)
    return fig
