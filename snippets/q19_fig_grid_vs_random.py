"""Figure for Q19: nine grid trials versus nine random trials (after Bergstra & Bengio, 2012)."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q19_grid_vs_random import grid_points


def make_figure():
    """Grid above random, each as the loss along the important axis over the unit square of
    trials; panels stacked so that the text stays legible on a phone."""
    fig, axes = plt.subplots(
        4, 1, figsize=(5.5, 10.5), height_ratios=[1, 1.8, 1, 1.8], layout="constrained"
    )
    u_opt = 0.62
    curve_u = np.linspace(0, 1, 400)
    curve = 1 - np.exp(-((curve_u - u_opt) ** 2) / (2 * 0.06**2))  # validation loss along u
    gu, gv = grid_points(9)
    rng = np.random.default_rng(3)
    ru, rv = rng.uniform(size=9), rng.uniform(size=9)
    for row, (u, v, title) in enumerate(
        [
            (gu, gv, "Grid: 9 trials, 3 distinct values of u"),
            (ru, rv, "Random: 9 trials, 9 distinct values of u"),
        ]
    ):
        top, square = axes[2 * row], axes[2 * row + 1]
        top.plot(curve_u, curve, color="tab:blue")
        loss_u = 1 - np.exp(-((u - u_opt) ** 2) / (2 * 0.06**2))
        top.plot(u, loss_u, "o", color="tab:orange")
        top.axvline(u_opt, color="tab:green", linestyle="--", label="best u")
        top.set_xlim(0, 1)
        top.set_xticklabels([])
        top.set_ylabel("val. loss")
        top.legend(loc="center left")
        top.set_title(title)
        square.plot(u, v, "o", color="tab:orange", markersize=8)
        square.axvline(u_opt, color="tab:green", linestyle="--")
        square.set_xlim(0, 1)
        square.set_ylim(0, 1)
        square.set_xlabel("u: important (e.g. log learning rate)")
        square.set_ylabel("v: unimportant")
    return fig
