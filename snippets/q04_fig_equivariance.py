"""Figure: shifting the input of a convolution shifts its output; a dense layer scrambles it."""

import matplotlib.pyplot as plt
import numpy as np

from snippets.q04_conv_equivariance import conv2d_circular, shift


def make_figure():
    """Three rows (input, convolution output, dense-layer output) by two columns (original,
    shifted input)."""
    image = np.zeros((20, 20))
    image[4:12, 4] = 1.0  # an "L": a vertical stroke and a horizontal foot
    image[11, 4:9] = 1.0
    kernel = np.array([[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]])  # vertical edges
    dense = np.random.default_rng(0).normal(size=(400, 400)) / 20.0
    moved = shift(image, 6, 8)
    rows = [
        ("input", image, moved),
        ("3 × 3 convolution", conv2d_circular(image, kernel), conv2d_circular(moved, kernel)),
        (
            "dense layer",
            (dense @ image.ravel()).reshape(20, 20),
            (dense @ moved.ravel()).reshape(20, 20),
        ),
    ]
    fig, axes = plt.subplots(3, 2, figsize=(5.6, 8.0))
    for r, (name, left, right) in enumerate(rows):
        limit = np.abs(left).max()
        for c, (panel, title) in enumerate(((left, "original"), (right, "shifted by (6, 8)"))):
            ax = axes[r, c]
            ax.imshow(panel, cmap="RdBu_r", vmin=-limit, vmax=limit, interpolation="nearest")
            ax.set_xticks([])
            ax.set_yticks([])
            ax.grid(False)
            ax.set_title(f"{name}: {title}", fontsize=9)
    fig.tight_layout()
    return fig
