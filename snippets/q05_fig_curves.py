"""Figure: mean training and validation MSE as capacity grows and as training goes on."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np

from snippets.q05_capacity_curve import capacity_curve
from snippets.q05_remedies import early_stopping, features, make_data


@cache
def curves():
    """The curves, computed once for the light and the dark figure.

    Returns
    -------
    train, val : ndarray, shape (16,)
        Mean training and validation MSE per polynomial degree 0..15.
    tr_curve, va_curve : ndarray, shape (10001,)
        Training and validation MSE after each gradient-descent step (degree 15).
    """
    train, val, _ = capacity_curve(np.random.default_rng(0))
    x_tr, Y, x_va, Y_va, _, _ = make_data(np.random.default_rng(0))
    _, _, tr_curve, va_curve = early_stopping(features(x_tr), Y, features(x_va), Y_va, 10000)
    return train, val, tr_curve, va_curve


def make_figure():
    """Two panels, stacked: MSE against polynomial degree; MSE against gradient-descent step."""
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 6.6), layout="constrained")

    degrees = np.arange(16)
    train, val, tr_curve, va_curve = curves()
    top.plot(degrees, train, "o-", color="tab:blue", label="training")
    top.plot(degrees, val, "s-", color="tab:orange", label="validation")
    top.axhline(0.09, color="tab:gray", ls="--", lw=1, label="noise variance")
    top.set_yscale("log")
    top.set_xlabel("polynomial degree (capacity)")
    top.set_ylabel("mean MSE")
    top.set_title("More capacity (20 points, 1000 training sets)")
    top.legend(loc="upper center")

    steps = np.arange(1, len(tr_curve))
    best = int(np.argmin(va_curve))
    bottom.plot(steps, tr_curve[1:], color="tab:blue", label="training")
    bottom.plot(steps, va_curve[1:], color="tab:orange", label="validation")
    bottom.axvline(best, color="tab:green", ls=":", label=f"lowest validation (step {best})")
    bottom.axhline(0.09, color="tab:gray", ls="--", lw=1)
    bottom.set_xscale("log")
    bottom.set_yscale("log")
    bottom.set_xlabel("gradient-descent step (degree 15)")
    bottom.set_ylabel("mean MSE")
    bottom.set_title("Longer training (200 training sets)")
    bottom.set_ylim(top=5.0)  # room for the legend above the curves
    bottom.legend(loc="upper left")
    return fig
