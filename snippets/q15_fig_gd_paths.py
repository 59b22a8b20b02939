"""Figure: gradient descent on the same regression before and after standardising the features."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q15_conditioning import mse_grad, mse_loss


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
        path.append(path[-1] - lr * mse_grad(path[-1], A, y))
    return np.array(path)


def make_figure():
    """Loss contours and 20 gradient-descent steps, raw (left) and standardised (right)."""
    X, y = _problem()
    Z = X / X.std(axis=0)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), constrained_layout=True)
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
        grid = np.array([[mse_loss(np.array([a, b]), A, y) for a in g0] for b in g1])
        ax.contour(g0, g1, np.log(grid), levels=18, cmap="viridis", linewidths=0.8)
        ax.plot(
            path[:, 0],
            path[:, 1],
            "o-",
            color="tab:red",
            ms=3,
            lw=1.2,
            label="gradient descent, step 1/L",
        )
        ax.plot(*w_best, "*", color="tab:orange", ms=12, label="minimum")
        kappa = np.linalg.cond(A.T @ A)
        remaining = mse_loss(path[-1], A, y) / mse_loss(w_best, A, y) - 1
        ax.set(
            title=f"{title}: cond(X^T X) = {kappa:.1f}\n"
            f"after 20 steps the loss is still {remaining:.1e} (relative) above the minimum",
            xlabel="weight 1",
            ylabel="weight 2",
            aspect="equal",
        )
        ax.title.set_fontsize(10)
        ax.legend(loc="lower right", fontsize=8)
    return fig
