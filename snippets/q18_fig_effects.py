"""Figure for Q18: what the learning rate and the number of epochs do."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q18_batch_size_epochs import early_stopping_data, sgd_epochs
from snippets.q18_learning_rate_momentum import heavy_ball


def make_figure():
    """Left: loss after 100 steps against the learning rate. Right: error against epochs."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8), layout="constrained")

    h, w0 = np.array([1.0, 100.0]), np.array([1.0, 1.0])
    rates = np.geomspace(1e-4, 0.03, 400)
    final = np.array([heavy_ball(h, w0, lr, 0.0, 100)[-1] for lr in rates])
    left.loglog(rates, np.minimum(final, 1e4), color="tab:blue")
    left.axvline(0.02, color="tab:red", linestyle="--", label="stability limit 2/h_max")
    left.set_ylim(1e-3, 1e4)
    left.set_xlabel("learning rate")
    left.set_ylabel("loss after 100 steps")
    left.set_title("Too small is slow; above 2/h_max it diverges")
    left.legend(loc="upper left")

    X, y, X_val, y_val = early_stopping_data()
    train_mse, val_mse = sgd_epochs(X, y, X_val, y_val, 0.01, 10, 300, np.random.default_rng(0))
    epochs = np.arange(len(train_mse))
    best = int(np.argmin(val_mse))
    right.plot(epochs, train_mse, color="tab:blue", label="training")
    right.plot(epochs, val_mse, color="tab:orange", label="validation")
    right.axvline(best, color="tab:green", linestyle="--", label=f"early stop (epoch {best})")
    right.set_xlabel("epoch")
    right.set_ylabel("mean squared error")
    right.set_title("More epochs: training error falls, validation rises")
    right.legend(loc="upper right")
    return fig
