"""Figure: accuracy is a staircase, cross-entropy is smooth, along one line in weight space."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q09_accuracy_gradient import cross_entropy_grad, line_slice, make_data


def make_figure():
    """Accuracy (top), a zoom on it (middle) and cross-entropy (bottom) at ``w0 + t d``."""
    rng = np.random.default_rng(0)
    X, y = make_data(rng, 200)
    w0 = np.array([0.3, -0.6, 0.2])
    ts = np.linspace(-2.0, 2.0, 4001)
    acc, ce = line_slice(w0, -cross_entropy_grad(w0, X, y), X, y, ts)

    fig, (top, middle, bottom) = plt.subplots(3, 1, figsize=(5.3, 6.6), layout="constrained")
    top.step(ts, acc, where="post", color="tab:orange")
    top.set_ylabel("accuracy")
    top.set_title("Along one line in weight space, w = w0 + t d")
    zoom = (ts > 0.9) & (ts < 1.1)
    top.axvspan(0.9, 1.1, color="tab:gray", alpha=0.25)
    middle.step(ts[zoom], acc[zoom], where="post", color="tab:orange")
    middle.set_ylabel("accuracy")
    middle.set_title("Zoom on the shaded band: flat steps and jumps")
    bottom.plot(ts, ce, color="tab:blue")
    bottom.set_ylabel("cross-entropy")
    bottom.set_xlabel("t (d = minus the cross-entropy gradient at w0)")
    for ax in (top, bottom):
        ax.axvline(0.0, color="tab:gray", ls=":", lw=1)
    return fig
