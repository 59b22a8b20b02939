"""Figure for Q8: on overlapping classes the last weights swing; averaged and pocket weights don't."""

from math import erf, sqrt

import matplotlib.pyplot as plt
import numpy as np

from snippets.q08_nonseparable import accuracy, make_overlapping, train_perceptron


def make_figure():
    """Validation accuracy per epoch of the last, averaged and pocket perceptron weights."""
    rng = np.random.default_rng(0)
    X_train, y_train = make_overlapping(300, rng)
    X_val, y_val = make_overlapping(300, rng)
    make_overlapping(5000, rng)  # the program's test set: same random stream, same run
    history = train_perceptron(X_train, y_train, epochs=30, rng=rng)
    epochs = np.arange(1, len(history) + 1)
    bayes = 0.5 * (1 + erf(sqrt(1.25) / sqrt(2)))

    fig, ax = plt.subplots(figsize=(5.5, 4.6))
    styles = {
        "last": ("o-", "tab:orange"),
        "averaged": ("s-", "tab:blue"),
        "pocket": ("^-", "tab:green"),
    }
    for kind, (style, color) in styles.items():
        acc = [accuracy(h[kind], X_val, y_val) for h in history]
        ax.plot(epochs, acc, style, color=color, markersize=4, label=f"{kind} weights")
    ax.axhline(bayes, linestyle="--", color="tab:gray", label=f"best possible ({bayes:.3f})")
    ax.set(xlabel="epoch", ylabel="validation accuracy", ylim=(0.55, 0.9))
    ax.set_title("Overlapping classes: no epoch is ever clean", fontsize=12)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), fontsize=11, ncol=2)
    fig.tight_layout()
    return fig
