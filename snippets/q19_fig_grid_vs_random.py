"""Figure for Q19: nine grid trials versus nine random trials (after Bergstra & Bengio, 2012)."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q19_grid_vs_random import grid_points


def make_figure():
    """Two unit squares: trials, and the loss along the important axis they sample."""
    fig, axes = plt.subplots(
        2, 2, figsize=(10, 5.2), height_ratios=[1, 2.2], sharex=True, layout="constrained"
    )
    u_opt = 0.62
    curve_u = np.linspace(0, 1, 400)
    curve = 1 - np.exp(-((curve_u - u_opt) ** 2) / (2 * 0.06**2))  # validation loss along u
    gu, gv = grid_points(9)
    rng = np.random.default_rng(3)
    ru, rv = rng.uniform(size=9), rng.uniform(size=9)
    for col, (u, v, title) in enumerate(
        [
            (gu, gv, "Grid: 9 trials, 3 distinct values of u"),
            (ru, rv, "Random: 9 trials, 9 distinct values of u"),
        ]
    ):
        top, square = axes[0, col], axes[1, col]
        top.plot(curve_u, curve, color="tab:blue")
        loss_u = 1 - np.exp(-((u - u_opt) ** 2) / (2 * 0.06**2))
        top.plot(u, loss_u, "o", color="tab:orange")
        top.axvline(u_opt, color="tab:green", linestyle="--", label="best u")
        top.set_ylabel("val. loss")
        top.legend(loc="center left")
        top.set_title(title)
        square.plot(u, v, "o", color="tab:orange", markersize=8)
        square.axvline(u_opt, color="tab:green", linestyle="--")
        square.set_xlim(0, 1)
        square.set_ylim(0, 1)
        square.set_xlabel("u: important hyperparameter (e.g. log learning rate)")
        square.set_ylabel("v: unimportant hyperparameter")
    return fig
