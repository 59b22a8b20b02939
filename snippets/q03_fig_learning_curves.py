"""Figure: accuracy against training-set size for the two demonstrations of question 3."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np

from snippets.q03_small_tabular import RULES, compare
from snippets.q03_weight_sharing import held_out_accuracy

ROWS = [100, 200, 400, 800, 1600]
TABLES = range(3)  # independent tables averaged at each size
SIZES = [10, 20, 40, 80, 160, 320, 640]
SIGNAL_MODELS = ("linear", "dense", "conv")


@cache
def curves():
    """Mean held-out accuracies, computed once for the light and the dark figure.

    Returns
    -------
    tabular : dict of str to dict of str to list of float
        Per rule and model, the 5-fold cross-validated accuracy at each size in ``ROWS``,
        averaged over the tables in ``TABLES``.
    motifs : dict of str to list of float
        Per model, the test accuracy (mean of 2 runs) at each size in ``SIZES``.
    """
    tabular = {rule: {} for rule in RULES}
    for rule in RULES:
        for n in ROWS:
            for name, scores in compare(rule, n, TABLES).items():
                tabular[rule].setdefault(name, []).append(float(scores.mean()))
    rng = np.random.default_rng(1)
    motifs = {
        m: [float(np.mean([held_out_accuracy(m, n, rng) for _ in range(2)])) for n in SIZES]
        for m in SIGNAL_MODELS
    }
    return tabular, motifs


def make_figure():
    """Three panels stacked: the two tables, then the shifted motifs; log-scaled sizes."""
    tabular, motifs = curves()
    fig, (top, middle, bottom) = plt.subplots(3, 1, figsize=(5.5, 9.6))
    table_styles = {
        "tree": ("decision tree", "tab:green", "s"),
        "logistic": ("logistic regression", "tab:gray", "o"),
        "MLP": ("MLP", "tab:purple", "^"),
    }
    signal_styles = {
        "linear": ("logistic regression", "tab:gray", "o"),
        "dense": ("dense MLP", "tab:orange", "^"),
        "conv": ("convolution", "tab:blue", "s"),
    }
    panels = [
        (top, ROWS, tabular["axis-aligned"], table_styles, "axis-aligned rule (best ≈ 90%)"),
        (middle, ROWS, tabular["oblique"], table_styles, "oblique rule (best ≈ 90%)"),
        (bottom, SIZES, motifs, signal_styles, "motif at a random position"),
    ]
    for ax, sizes, data, styles, title in panels:
        for name, (label, color, marker) in styles.items():
            ax.plot(sizes, data[name], marker=marker, color=color, label=label)
        ax.set_xscale("log")
        ax.set_xticks(sizes, [str(s) for s in sizes])
        ax.minorticks_off()
        ax.set_ylim(0.4, 1.0)
        ax.set_title(title)
        ax.legend(loc="center left" if ax is bottom else "lower right")
    for ax in (top, middle):
        ax.axhline(0.9, color="tab:gray", linestyle=":", linewidth=1)
        ax.set_xlabel("rows in the table")
        ax.set_ylabel("5-fold CV accuracy")
    bottom.set_xlabel("training signals")
    bottom.set_ylabel("test accuracy")
    fig.tight_layout()
    return fig
