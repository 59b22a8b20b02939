"""Figure: decision regions of the three models of `q01_learned_features` on both tasks."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q01_learned_features import (
    make_task,
    mlp_logit,
    radius_feature,
    train_linear,
    train_mlp,
)


def make_figure():
    """Two rows (disc, xor) by three columns (linear raw, linear + r^2, MLP raw)."""
    rng = np.random.default_rng(0)
    grid = np.linspace(-3.0, 3.0, 121)
    gx, gy = np.meshgrid(grid, grid)
    points = np.column_stack([gx.ravel(), gy.ravel()])
    titles = ["linear model, raw x", "linear model, x + hand-made r²", "MLP, raw x (learned)"]
    fig, axes = plt.subplots(2, 3, figsize=(9.6, 6.4), sharex=True, sharey=True)
    for row, task in enumerate(("disc", "xor")):
        x, y = make_task(task, 400, rng)
        w, b = train_linear(x, y)
        raw = points @ w + b
        f = radius_feature(x)
        mean, std = f.mean(axis=0), f.std(axis=0)
        w, b = train_linear((f - mean) / std, y)
        hand = ((radius_feature(points) - mean) / std) @ w + b
        learned, _ = mlp_logit(train_mlp(x, y, rng), points)
        for col, scores in enumerate((raw, hand, learned)):
            ax = axes[row, col]
            region = (scores > 0).reshape(gx.shape).astype(float)
            ax.imshow(
                region,
                origin="lower",
                extent=(-3, 3, -3, 3),
                cmap="coolwarm",
                vmin=-0.5,
                vmax=1.5,
                alpha=0.3,
                interpolation="nearest",
            )
            shown = np.arange(len(y)) < 100  # the first 100 training points keep the file small
            ax.scatter(*x[shown & (y == 1)].T, s=12, color="tab:red", marker="^", label="class 1")
            ax.scatter(*x[shown & (y == 0)].T, s=10, color="tab:blue", marker="o", label="class 0")
            ax.set_title(f"{task}: {titles[col]}", fontsize=9)
            ax.set_xlim(-3, 3)
            ax.set_ylim(-3, 3)
            ax.set_aspect("equal")
    axes[1, 0].set_xlabel("x1")
    axes[1, 0].set_ylabel("x2")
    axes[0, 0].set_ylabel("x2")
    axes[0, 2].legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    return fig
