"""Figure for Q8: on overlapping classes, the last weights jump around; averaged weights do not."""

from math import erf, sqrt

import matplotlib.pyplot as plt
import numpy as np

from snippets.q08_nonseparable import accuracy, make_overlapping, train_averaged


def make_figure():
    """Validation accuracy per epoch of the last and of the averaged perceptron weights."""
    rng = np.random.default_rng(0)
    X_train, y_train = make_overlapping(300, rng)
    X_val, y_val = make_overlapping(300, rng)
    make_overlapping(5000, rng)  # the test set of the program: same random stream, same run
    history = train_averaged(X_train, y_train, epochs=30, rng=rng)
    epochs = np.arange(1, len(history) + 1)
    last = [accuracy(h["last"], X_val, y_val) for h in history]
    averaged = [accuracy(h["averaged"], X_val, y_val) for h in history]
    bayes = 0.5 * (1 + erf(sqrt(1.25) / sqrt(2)))

    fig, ax = plt.subplots(figsize=(7.5, 4))
    ax.plot(epochs, last, "o-", color="tab:orange", label="last weights")
    ax.plot(epochs, averaged, "s-", color="tab:blue", label="averaged weights")
    ax.axhline(bayes, linestyle="--", color="tab:gray", label=f"best possible ({bayes:.3f})")
    ax.set(xlabel="epoch", ylabel="validation accuracy", ylim=(0.5, 0.9))
    ax.set_title("Overlapping classes: the perceptron never has a clean epoch", fontsize=10)
    ax.legend(loc="lower right", fontsize=8, ncol=3)
    fig.tight_layout()
    return fig
