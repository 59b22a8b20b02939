"""Figure: the decision boundaries of the three models of `q01_learned_features`, per task."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from snippets.q01_learned_features import fit, make_task, with_radius


def make_figure():
    """Two panels stacked (disc, xor): the network's region shaded, the linear models' lines."""
    rng = np.random.default_rng(0)
    grid = np.linspace(-3.0, 3.0, 151)
    gx, gy = np.meshgrid(grid, grid)
    points = np.column_stack([gx.ravel(), gy.ravel()])
    fig, axes = plt.subplots(2, 1, figsize=(5.5, 9.8))
    for ax, task in zip(axes, ("disc", "xor"), strict=True):
        x, y = make_task(task, 400, rng)
        r2 = np.sum(x**2, axis=1)
        raw = fit(x, y, 0, rng)(points)
        hand = fit(with_radius(x, r2.mean(), r2.std()), y, 0, rng)(
            with_radius(points, r2.mean(), r2.std())
        )
        learned = fit(x, y, 16, rng)(points)
        region = (learned > 0).reshape(gx.shape).astype(float)
        ax.contourf(gx, gy, region, levels=[0.5, 1.5], colors=["tab:orange"], alpha=0.25)
        ax.contour(
            gx, gy, learned.reshape(gx.shape), levels=[0.0], colors="tab:orange", linewidths=2.0
        )
        ax.contour(gx, gy, raw.reshape(gx.shape), levels=[0.0], colors="tab:blue")
        ax.contour(
            gx,
            gy,
            hand.reshape(gx.shape),
            levels=[0.0],
            colors="tab:green",
            linestyles="--",
            linewidths=2.0,
        )
        shown = slice(0, 150)  # the first 150 training points keep the file small
        xs, ys = x[shown], y[shown]
        ax.scatter(*xs[ys == 1].T, s=16, color="tab:red", marker="^")
        ax.scatter(*xs[ys == 0].T, s=14, color="tab:gray", marker="o")
        name = "disc: label 1 inside the circle" if task == "disc" else "xor: label 1 if x1 x2 > 0"
        ax.set_title(name)
        ax.set_xlim(-3, 3)
        ax.set_ylim(-3, 3)
        ax.set_aspect("equal")
        ax.set_xlabel("x1")
        ax.set_ylabel("x2")
    handles = [
        Patch(color="tab:orange", alpha=0.4, label="network, raw x: class 1"),
        Line2D([], [], color="tab:blue", label="linear model, raw x"),
        Line2D([], [], color="tab:green", linestyle="--", label="linear model, x and r²"),
        Line2D([], [], color="tab:red", marker="^", linestyle="", label="class 1"),
        Line2D([], [], color="tab:gray", marker="o", linestyle="", label="class 0"),
    ]
    fig.legend(handles=handles, loc="lower center", ncols=2, bbox_to_anchor=(0.5, 0.0))
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig
