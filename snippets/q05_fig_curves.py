"""Figure: training vs validation error as capacity grows and as training goes on."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q05_capacity_curve import capacity_curve
from snippets.q05_remedies import features, gradient_descent_path, make_data


def make_figure():
    """Two panels: RMSE against polynomial degree; RMSE against gradient-descent step."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(9.5, 3.6), layout="constrained")

    degrees = np.arange(16)
    train, val = capacity_curve(degrees)
    left.plot(degrees, train, "o-", color="tab:blue", label="training")
    left.plot(degrees, val, "s-", color="tab:orange", label="validation")
    left.axhline(0.3, color="tab:gray", ls="--", lw=1, label="noise sd")
    left.set_yscale("log")
    left.set_xlabel("polynomial degree (capacity)")
    left.set_ylabel("RMSE")
    left.set_title("More capacity")
    left.legend()

    rng = np.random.default_rng(5)
    x_tr, y_tr = make_data(rng, 20)
    x_va, y_va = make_data(rng, 50)
    path = gradient_descent_path(features(x_tr), y_tr, 20000)
    steps = np.arange(1, len(path))
    tr_curve = np.sqrt(np.mean((path[1:] @ features(x_tr).T - y_tr) ** 2, axis=1))
    va_curve = np.sqrt(np.mean((path[1:] @ features(x_va).T - y_va) ** 2, axis=1))
    best = steps[np.argmin(va_curve)]
    right.plot(steps, tr_curve, color="tab:blue", label="training")
    right.plot(steps, va_curve, color="tab:orange", label="validation")
    right.axvline(best, color="tab:green", ls=":", label=f"early stop (step {best})")
    right.axhline(0.3, color="tab:gray", ls="--", lw=1)
    right.set_xscale("log")
    right.set_xlabel("gradient-descent step (degree 15)")
    right.set_title("Longer training")
    right.legend()
    return fig
