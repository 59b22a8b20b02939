"""Figure for Q14: on XOR, the best a line can do vs the boundary of a trained two-layer network."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q14_xor_mlp import X_XOR, Y_XOR, init_mlp, mlp_forward, sigmoid, train_mlp


def _points(ax):
    ones, zeros = X_XOR[Y_XOR == 1], X_XOR[Y_XOR == 0]
    ax.scatter(*ones.T, s=140, marker="o", color="tab:blue", label="XOR = 1", zorder=3)
    ax.scatter(*zeros.T, s=140, marker="s", color="tab:orange", label="XOR = 0", zorder=3)
    ax.set(xlim=(-0.5, 1.5), ylim=(-0.5, 1.5), xlabel="$x_1$", ylabel="$x_2$", aspect="equal")


def make_figure():
    """Two panels: a single linear boundary (3 of 4 right) and the MLP's nonlinear boundary."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.6))
    x = np.linspace(-0.5, 1.5, 2)

    _points(left)
    left.fill_between(
        x, 0.5 - x, 1.5, color="tab:blue", alpha=0.15, linewidth=0, label="predicted 1"
    )
    left.plot(x, 0.5 - x, color="tab:green", linewidth=2, label="x1 + x2 = 0.5 (OR)")
    left.annotate(
        "misclassified",
        xy=(1, 1),
        xytext=(0.55, 1.3),
        fontsize=9,
        ha="right",
        arrowprops={"arrowstyle": "->", "color": "tab:red"},
    )
    left.set_title("Single layer: any line gets at most 3 of 4 right", fontsize=10)
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8)

    params = train_mlp(init_mlp(2, np.random.default_rng(0)), 3000)
    grid = np.linspace(-0.5, 1.5, 201)
    g1, g2 = np.meshgrid(grid, grid)
    z, _ = mlp_forward(params, np.column_stack([g1.ravel(), g2.ravel()]))
    p = sigmoid(z).reshape(g1.shape)
    right.contourf(g1, g2, p, levels=[0.5, 1.0], colors=["tab:blue"], alpha=0.15)
    right.contour(g1, g2, p, levels=[0.5], colors=["tab:green"], linewidths=5, alpha=0.6)
    for j in range(params["W1"].shape[1]):
        w = params["W1"][:, j]
        right.plot(x, -(w[0] * x + params["b1"][j]) / w[1], "--", color="tab:red", linewidth=1.2)
    _points(right)
    right.fill_between([], [], color="tab:blue", alpha=0.15, label="predicted 1")
    right.plot([], [], color="tab:green", linewidth=5, alpha=0.6, label="P(y=1) = 0.5")
    right.plot([], [], "--", color="tab:red", linewidth=1.2, label="hidden units' zero lines")
    right.set_title("Two layers (2 tanh units), trained by backpropagation", fontsize=10)
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8)
    fig.tight_layout()
    return fig
