"""Figure: gradient descent on the same regression before and after standardising the features."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q15_conditioning import mse, mse_grad


def _problem(seed=0, n=400):
    rng = np.random.default_rng(seed)
    x1 = rng.normal(0.0, 1.0, n)
    x2 = 6.0 * (0.5 * x1 + np.sqrt(0.75) * rng.normal(0.0, 1.0, n))  # 6x the scale, correlated
    X = np.stack([x1, x2], axis=1)
    y = X @ np.array([1.5, 0.25]) + rng.normal(0.0, 0.3, n)
    return X - X.mean(axis=0), y - y.mean()


def _path(A, y, start, steps):
    lr = 1.0 / np.linalg.eigvalsh((2.0 / len(y)) * A.T @ A).max()
    path = [np.asarray(start, dtype=float)]
    for _ in range(steps):
        path.append(path[-1] - lr * A.T @ mse_grad(A @ path[-1], y))
    return np.array(path)


def make_figure():
    """Loss contours and 20 gradient-descent steps, unscaled (top) and standardised (bottom)."""
    X, y = _problem()
    Z = X / X.std(axis=0)
    fig, axes = plt.subplots(2, 1, figsize=(5.5, 9.0), constrained_layout=True)
    for ax, A, title in (
        (axes[0], X, "unscaled (centred) features"),
        (axes[1], Z, "standardised features"),
    ):
        w_best = np.linalg.lstsq(A, y, rcond=None)[0]
        start = w_best + np.array([-2.0, 1.2]) * np.abs(w_best).max()
        path = _path(A, y, start, 20)
        span = np.abs(path - w_best).max() * 1.15
        g0 = np.linspace(w_best[0] - span, w_best[0] + span, 121)
        g1 = np.linspace(w_best[1] - span, w_best[1] + span, 121)
        grid = np.array([[mse(A @ np.array([a, b]), y) for a in g0] for b in g1])
        ax.contour(g0, g1, np.log(grid), levels=18, cmap="viridis", linewidths=0.8)
        ax.plot(*path.T, "o-", color="tab:red", ms=3, lw=1.2, label="20 steps of size 1/L")
        ax.plot(*w_best, "*", color="tab:orange", ms=12, label="minimum")
        kappa = np.linalg.cond(A.T @ A)
        remaining = mse(A @ path[-1], y) / mse(A @ w_best, y) - 1
        ax.set_title(
            f"{title}, cond = {kappa:.1f}\nafter 20 steps: loss / minimum - 1 = {remaining:.2g}",
            fontsize=11,
        )
        ax.set_xlabel("weight 1", fontsize=11)
        ax.set_ylabel("weight 2", fontsize=11)
        ax.set_aspect("equal")
        ax.tick_params(labelsize=11)
        ax.legend(loc="lower right", fontsize=11)
    return fig
