"""Figure: the class-1 regions of two models of `q01_learned_features`, fitted on its data."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Patch

from snippets.q01_learned_features import fit_all, make_task


@cache
def fitted_models():
    """Per task, ``fit_all``'s (training inputs, labels, models), computed once for the light
    and the dark figure."""
    rng = np.random.default_rng(0)  # the same draws, in the same order, as the program's main()
    fitted = {}
    for task in ("disc", "xor"):
        fitted[task] = fit_all(task, rng)
        make_task(task, 4000, rng)  # the program's test set, drawn here to keep the sequence
    return fitted


def make_figure():
    """Two panels stacked (disc, xor): the learned network's and the hand-made model's regions."""
    fitted = fitted_models()
    grid = np.linspace(-3.0, 3.0, 151)
    gx, gy = np.meshgrid(grid, grid)
    points = np.column_stack([gx.ravel(), gy.ravel()])
    fig, axes = plt.subplots(2, 1, figsize=(5.5, 9.6))
    for ax, task in zip(axes, ("disc", "xor"), strict=True):
        x, y, models = fitted[task]
        hand = (models[1](points) > 0).reshape(gx.shape).astype(float)
        learned = (models[3](points) > 0).reshape(gx.shape).astype(float)
        ax.contourf(gx, gy, learned, levels=[0.5, 1.5], colors=["tab:orange"], alpha=0.3)
        ax.contourf(gx, gy, hand, levels=[0.5, 1.5], colors="none", hatches=["//"])
        ax.contour(gx, gy, hand, levels=[0.5], colors="tab:green", linewidths=1.5)
        shown = slice(0, 150)  # the first 150 training points keep the file small
        xs, ys = x[shown], y[shown]
        ax.scatter(*xs[ys == 1].T, s=16, color="tab:red", marker="^", label="class 1")
        ax.scatter(*xs[ys == 0].T, s=14, color="tab:gray", marker="o", label="class 0")
        name = "disc: class 1 inside the circle" if task == "disc" else "xor: class 1 if x1 x2 > 0"
        ax.set_title(name, fontsize=12)
        ax.set(xlim=(-3, 3), ylim=(-3, 3), xlabel="x1", ylabel="x2", aspect="equal")
    handles = [
        Patch(color="tab:orange", alpha=0.5, label="16 learned features: class 1"),
        Patch(
            facecolor="none", edgecolor="tab:green", hatch="//", label="linear, x and r²: class 1"
        ),
        *axes[0].get_legend_handles_labels()[0],
    ]
    fig.legend(handles=handles, loc="lower center", ncols=2, bbox_to_anchor=(0.5, 0.0))
    fig.tight_layout(rect=(0, 0.08, 1, 1))
    return fig
