"""Figure: accuracy against training-set size for both experiments of question 3."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np

from snippets.q03_small_tabular import RULES, compare
from snippets.q03_weight_sharing import MODELS, held_out_accuracy

ROWS = [100, 200, 400, 800, 1600]
TABLES = range(3)  # independent tables averaged at each size
SIZES = [10, 20, 40, 80, 160, 320, 640]


@cache
def curves():
    """Mean held-out accuracies, computed once for both the light and the dark figure.

    Returns
    -------
    tabular : dict of str to dict of str to list of float
        For each rule, the 5-fold cross-validated accuracy of tree, logistic and MLP for each
        size in ``ROWS``, averaged over the tables in ``TABLES``.
    motifs : dict of str to list of float
        Test accuracy (mean of 2 runs) of linear, dense and conv for each size in ``SIZES``.
    """
    tabular = {rule: {} for rule in RULES}
    for rule in RULES:
        for n in ROWS:
            for name, scores in compare(rule, n, TABLES).items():
                tabular[rule].setdefault(name, []).append(float(scores.mean()))
    rng = np.random.default_rng(1)
    motifs = {
        name: [float(np.mean([held_out_accuracy(name, n, rng) for _ in range(2)])) for n in SIZES]
        for name in MODELS
    }
    return tabular, motifs


def make_figure():
    """Left and middle: the two tables. Right: the shifted motifs. Log-scaled training-set size."""
    tabular, motifs = curves()
    fig, (left, middle, right) = plt.subplots(1, 3, figsize=(13.2, 3.9))
    table_styles = {
        "tree": ("decision tree", "tab:green", "s"),
        "logistic": ("logistic regression", "tab:gray", "o"),
        "MLP": ("MLP", "tab:purple", "^"),
    }
    panels = [
        (left, ROWS, tabular["axis-aligned"], table_styles),
        (middle, ROWS, tabular["oblique"], table_styles),
        (
            right,
            SIZES,
            motifs,
            {
                "linear": ("logistic regression", "tab:gray", "o"),
                "dense": ("dense MLP", "tab:orange", "^"),
                "conv": ("convolution", "tab:blue", "s"),
            },
        ),
    ]
    for ax, sizes, data, styles in panels:
        for name, (label, color, marker) in styles.items():
            ax.plot(sizes, data[name], marker=marker, color=color, label=label)
        ax.set_xscale("log")
        ax.set_xticks(sizes, [str(s) for s in sizes])
        ax.minorticks_off()
        ax.set_ylim(0.4, 1.0)
        ax.legend(fontsize=8, loc="center right" if ax is right else "lower right")
    for ax, title in ((left, "axis-aligned rule"), (middle, "oblique rule")):
        ax.axhline(0.9, color="tab:gray", linestyle=":", linewidth=1)
        ax.set_xlabel("rows in the table")
        ax.set_title(f"{title} (best possible ≈ 90%)", fontsize=10)
    left.set_ylabel("5-fold CV accuracy, mean of 3 tables")
    right.set_xlabel("training signals")
    right.set_ylabel("test accuracy on 2000 new signals")
    right.set_title("motif at a random position in noise", fontsize=10)
    fig.tight_layout()
    return fig
