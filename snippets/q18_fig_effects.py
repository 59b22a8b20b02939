"""Figure for Q18: what the learning rate and the number of epochs do."""

from functools import cache

import matplotlib.pyplot as plt
import numpy as np

from snippets.q18_batch_size_epochs import early_stopping_data, sgd_epochs
from snippets.q18_learning_rate_momentum import heavy_ball


@cache
def curves():
    """The curves, computed once for the light and the dark figure.

    Returns
    -------
    rates, final : ndarray, shape (400,)
        Learning rates and the loss after 100 steps at each.
    train_mse, val_mse : ndarray, shape (301,)
        Training and validation MSE after each epoch.
    """
    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    rates = np.geomspace(1e-4, 0.03, 400)
    final = np.array([heavy_ball(h, w0, lr, 0.0, 100)[0][-1] for lr in rates])
    train, val, _ = early_stopping_data()
    train_mse, (val_mse,) = sgd_epochs(*train, [val], 0.01, 10, 300, np.random.default_rng(0))
    return rates, final, train_mse, val_mse


def make_figure():
    """Top: loss after 100 steps against the learning rate. Bottom: error against epochs."""
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(5.5, 7.6), layout="constrained")

    rates, final, train_mse, val_mse = curves()
    top.loglog(rates, np.minimum(final, 1e4), color="tab:blue")
    top.axvline(0.02, color="tab:red", linestyle="--", label="stability limit 2/h_max")
    top.set_ylim(1e-3, 1e4)
    top.set_xlabel("learning rate")
    top.set_ylabel("loss after 100 steps")
    top.set_title("Too small is slow; above 2/h_max it diverges")
    top.legend(loc="upper left")

    epochs = np.arange(len(train_mse))
    best = int(np.argmin(val_mse))
    bottom.plot(epochs, train_mse, color="tab:blue", label="training")
    bottom.plot(epochs, val_mse, color="tab:orange", label="validation")
    bottom.axvline(best, color="tab:green", linestyle="--", label=f"early stop (epoch {best})")
    bottom.set_xlabel("epoch")
    bottom.set_ylabel("mean squared error")
    bottom.set_title("Training error falls; validation error turns up")
    bottom.legend(loc="upper right")
    return fig
