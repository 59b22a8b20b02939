"""Figure for Q2: a perceptron's boundary on separable data, and mistakes per epoch vs XOR."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q02_perceptron_rule import make_separable, novikoff_bound, train_perceptron
from snippets.q02_xor_never_converges import INPUTS
from snippets.q02_xor_never_converges import train_perceptron as train_on_boolean


def _line(ax, w, style, color, label):
    """Draw ``w[0] x1 + w[1] x2 + w[2] = 0`` across the square [-1, 1]^2."""
    x1 = np.array([-1.0, 1.0])
    ax.plot(x1, -(w[0] * x1 + w[2]) / w[1], style, color=color, linewidth=2, label=label)


def make_figure():
    """Two panels: the learned boundary with the planted one, and mistakes per epoch."""
    rng = np.random.default_rng(0)
    X, y, u = make_separable(200, margin=0.05, rng=rng)
    _, gamma, bound = novikoff_bound(X, y, u)
    w, per_epoch = train_perceptron(X, y, rng=rng)

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    left.scatter(*X[y == 1].T, marker="o", color="tab:blue", s=18, label="y = +1")
    left.scatter(*X[y == -1].T, marker="s", color="tab:orange", s=18, label="y = −1")
    _line(left, w, "-", "tab:green", f"perceptron after {sum(per_epoch)} mistakes")
    _line(left, u, "--", "tab:purple", "planted separator u")
    left.set(xlim=(-1, 1), ylim=(-1, 1), xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
    left.set_title(
        f"Separable data: for the planted u, γ = {gamma:.3f}, (R/γ)² = {bound:.0f}", fontsize=10
    )
    left.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8)

    epochs = 12
    _, xor, _ = train_on_boolean(
        INPUTS, np.array([-1, 1, 1, -1]), max_epochs=epochs, rng=np.random.default_rng(0)
    )
    steps = np.arange(1, epochs + 1)
    ran = np.arange(1, len(per_epoch) + 1)  # training stops after the first clean epoch
    right.plot(ran, per_epoch, "o-", color="tab:blue", label="separable data (200 points)")
    right.annotate(
        f"clean epoch: training stops\nafter epoch {len(per_epoch)}",
        xy=(len(per_epoch), 0),
        xytext=(len(per_epoch) + 1.2, 6),
        fontsize=9,
        arrowprops={"arrowstyle": "->", "color": "tab:blue"},
    )
    right.plot(steps, xor, "s-", color="tab:red", label="XOR (4 points)")
    right.set(xlabel="epoch", ylabel="mistakes in the epoch", xticks=steps, ylim=(-0.5, 14))
    right.set_title("Mistakes per epoch (order shuffled each epoch)", fontsize=10)
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, fontsize=8)
    fig.tight_layout()
    return fig
