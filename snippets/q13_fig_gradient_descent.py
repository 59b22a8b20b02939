"""Figure: learning rate below and above 2/L (top); batch size and step decay (bottom)."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q13_batch_sizes import run_all
from snippets.q13_learning_rate import gradient_descent, quadratic_grad, rotated_quadratic

RATES = [
    (0.2, "tab:blue", "-"),
    (20 / 11, "tab:green", "-"),
    (1.99, "tab:purple", "--"),
    (2.01, "tab:orange", "-."),
    (2.1, "tab:red", ":"),
]
METHOD_STYLES = {
    "batch GD": ("tab:blue", "-"),
    "mini-batch 32": ("tab:green", "--"),
    "SGD (batch 1)": ("tab:orange", "-."),
    "SGD, decaying step": ("tab:purple", ":"),
}


def make_figure():
    """Two stacked panels: |theta_k| on a quadratic for several eta L; excess loss per epoch."""
    eigenvalues = np.array([1.0, 10.0])
    A, Q = rotated_quadratic(eigenvalues, np.pi / 6)
    theta0 = Q @ np.array([1.0, 1.0])
    L = eigenvalues.max()
    fig, (left, right) = plt.subplots(2, 1, figsize=(5.5, 8.4))
    for eta_l, colour, style in RATES:
        path = gradient_descent(lambda t: quadratic_grad(t, A), theta0, eta_l / L, 100)
        ratio = np.linalg.norm(path, axis=1) / np.linalg.norm(theta0)
        left.semilogy(ratio, color=colour, linestyle=style, linewidth=2, label=f"η·L = {eta_l:.3g}")
    left.set_title("quadratic, L = 10: diverges once η > 2/L", fontsize=11)
    left.set_xlabel("step k")
    left.set_ylabel("|θ_k| / |θ_0|")
    left.set_ylim(1e-12, 1e5)
    left.legend(loc="lower left", fontsize=11, ncol=2)

    results, _, _ = run_all()
    for name, (excess, _, _) in results.items():
        colour, style = METHOD_STYLES[name]
        epochs = np.arange(len(excess))
        right.semilogy(
            epochs,
            np.maximum(excess, 1e-12),
            color=colour,
            linestyle=style,
            linewidth=2,
            label=name,
        )
    right.set_title("least squares, equal budget of examples (seed 0)", fontsize=11)
    right.set_xlabel("epoch (passes over the 1024 examples)")
    right.set_ylabel("loss(θ) − loss(θ*)")
    right.set_ylim(1e-10, 3)
    right.legend(loc="lower left", fontsize=11)
    fig.tight_layout()
    return fig
