"""Gradient norms through a deep plain stack and a residual stack; clipping by norm."""

import numpy as np


def stack_input_grad(x, g, Ws, residual):
    """h <- tanh(h W) or h + tanh(h W) on x (n, d); g (n, d) carried back to x."""
    zs = []
    for W in Ws:  # forward: keep z = h W
        zs.append(x @ W)
        x = x + np.tanh(zs[-1]) if residual else np.tanh(zs[-1])
    for W, z in zip(reversed(Ws), reversed(zs), strict=True):  # backward
        through_layer = (g * (1.0 - np.tanh(z) ** 2)) @ W.T
        g = g + through_layer if residual else through_layer  # residual: (I + J)
    return g


def clip_by_norm(g, max_norm):
    """Gradient g (any shape) scaled down to norm max_norm if it is longer."""
    return g * min(1.0, max_norm / np.linalg.norm(g))


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    d, n = 64, 16
    x, g_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    print("|gradient at input| / |gradient at output| through tanh layers")
    print("depth    plain w=0.5  residual w=0.5    plain w=2.0")
    for depth in (1, 10, 25, 50):
        row = f"{depth:5d}"
        for gain, residual in ((0.5, False), (0.5, True), (2.0, False)):
            Ws = [rng.normal(0, gain / np.sqrt(d), (d, d)) for _ in range(depth)]
            g_in = stack_input_grad(x, g_out, Ws, residual)
            row += f"{np.linalg.norm(g_in) / np.linalg.norm(g_out):15.3e}"
        print(row)
    clipped = clip_by_norm(g_in, 1.0)  # plain, w=2.0, depth 50
    norms = np.linalg.norm(g_in), np.linalg.norm(clipped)
    print(f"clip to norm 1: {norms[0]:.3e} -> {norms[1]:.4f}")
    print(f"same direction: {np.allclose(clipped * norms[0], g_in)}")
