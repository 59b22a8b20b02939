"""Figure: accuracy is a staircase, cross-entropy is smooth, along one line in weight space."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q09_accuracy_gradient import cross_entropy_grad, line_slice, make_data


def make_figure():
    """Accuracy (top) and cross-entropy (bottom) at ``w0 + t d`` for the page's example."""
    rng = np.random.default_rng(0)
    X, y = make_data(rng, 200)
    w0 = np.array([0.3, -0.6, 0.2])
    ts = np.linspace(-2.0, 2.0, 4001)
    acc, ce = line_slice(w0, -cross_entropy_grad(w0, X, y), X, y, ts)

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 4.8), sharex=True, layout="constrained")
    top.step(ts, acc, where="post", color="tab:orange")
    top.set_ylabel("accuracy")
    top.set_title("Along one line in weight space, w = w0 + t d")
    inset = top.inset_axes([0.04, 0.45, 0.3, 0.45])
    zoom = (ts > 0.9) & (ts < 1.1)
    inset.step(ts[zoom], acc[zoom], where="post", color="tab:orange")
    inset.set_title("zoom: flat, then a jump", fontsize=8)
    inset.tick_params(labelsize=7)
    top.axvline(0.0, color="tab:gray", ls=":", lw=1)
    bottom.plot(ts, ce, color="tab:blue")
    bottom.axvline(0.0, color="tab:gray", ls=":", lw=1)
    bottom.set_ylabel("cross-entropy")
    bottom.set_xlabel("t (d = minus the cross-entropy gradient at w0)")
    return fig
