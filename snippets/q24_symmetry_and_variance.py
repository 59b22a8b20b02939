"""Why weights start random, and why their variance is 1/fan_in, 2/fan_in or 2/(fan_in + fan_out).

1. Zero or constant weights: every hidden unit computes the same function and receives the same
   gradient, so they stay identical however long training runs.
2. The variance of a pre-activation is ``fan_in * Var(w) * E[x**2]``; ReLU keeps half of
   ``E[z**2]``, tanh near 0 all of it. Measured per layer, for each rule.
3. Layers of unequal width: scaling by fan_in keeps the forward signal, by fan_out the backward
   gradient; no single scale keeps both, and Glorot's 2/(fan_in + fan_out) splits the difference.
"""

import numpy as np


def mlp_forward(X, W1, b1, W2, b2):
    """Two-layer perceptron ``tanh(X @ W1 + b1) @ W2 + b2`` on ``X`` (n, d_in), output (n, d_out)."""
    H = np.tanh(X @ W1 + b1)
    return H @ W2 + b2, (X, H, W2)


def mlp_backward(grad_out, cache):
    """Gradients of `mlp_forward`'s parameters (W1, b1, W2, b2) from ``grad_out`` (n, d_out)."""
    X, H, W2 = cache
    # tanh'(a) = 1 - tanh(a)**2, from the stored activations: no need to keep a = X @ W1 + b1.
    grad_A = (grad_out @ W2.T) * (1.0 - H**2)
    return X.T @ grad_A, grad_A.sum(axis=0), H.T @ grad_out, grad_out.sum(axis=0)


def train(W1, W2, X, y, steps=2000, lr=0.5):
    """Full-batch gradient descent on the mean squared error; returns the trained W1 (d, h)."""
    b1, b2 = np.zeros(W1.shape[1]), np.zeros(1)
    for _ in range(steps):
        out, cache = mlp_forward(X, W1, b1, W2, b2)
        gW1, gb1, gW2, gb2 = mlp_backward(2.0 * (out - y) / len(X), cache)
        W1, b1, W2, b2 = W1 - lr * gW1, b1 - lr * gb1, W2 - lr * gW2, b2 - lr * gb2
    return W1, float(np.mean((mlp_forward(X, W1, b1, W2, b2)[0] - y) ** 2))


def distinct_columns(W, tol=1e-9):
    """Number of distinct hidden units (columns of W, up to ``tol``)."""
    return len({tuple(np.round(col / tol).astype(np.int64)) for col in W.T})


def main():
    rng = np.random.default_rng(24)
    X = rng.uniform(-1, 1, (64, 2))
    y = np.sin(3 * X[:, :1]) * X[:, 1:]  # a target that needs several hidden units
    print("1) 8 hidden tanh units trained 2000 steps on y = sin(3 x1) x2")
    for name, W1, W2 in [
        ("all weights 0", np.zeros((2, 8)), np.zeros((8, 1))),
        ("all weights 0.5", np.full((2, 8), 0.5), np.full((8, 1), 0.5)),
        ("random N(0, 1/fan_in)", rng.normal(0, 1 / np.sqrt(2), (2, 8)), rng.normal(0, 1 / np.sqrt(8), (8, 1))),
    ]:  # fmt: skip
        W1, loss = train(W1, W2, X, y)
        print(f"  {name:<22} distinct hidden units {distinct_columns(W1)} of 8, loss {loss:.4f}")

    print("2) Per layer: E[z^2] of the next pre-activation / this one (mean over 50 layers);")
    print("   after 50 layers: E[z^2], and the rms of a gradient sent back to the first layer")
    width = 256
    acts = [("ReLU", lambda z: np.maximum(z, 0.0), lambda z: (z > 0) * 1.0),
            ("tanh", np.tanh, lambda z: 1.0 - np.tanh(z) ** 2)]  # fmt: skip
    for act_name, act, slope in acts:
        for rule, var in [("1/fan_in", 1.0), ("2/fan_in", 2.0)]:
            z, ratios, layers = rng.normal(size=(200, width)), [], []
            for _ in range(50):
                W = rng.normal(0.0, np.sqrt(var / width), (width, width))
                layers.append((z, W))
                z_next = act(z) @ W
                ratios.append(np.mean(z_next**2) / np.mean(z**2))
                z = z_next
            g = rng.normal(size=z.shape)  # unit-rms gradient at the top, sent back down
            for z_in, W in reversed(layers):
                g = (g @ W.T) * slope(z_in)
            print(f"  {act_name:<5}{rule:<10} ratio {np.mean(ratios):.3f}, E[z^2] {np.mean(z**2):9.3g}, "
                  f"gradient rms {np.sqrt(np.mean(g**2)):9.3g}")  # fmt: skip

    print("3) Widths halving from 1024 to 16 (6 linear layers): forward and backward rms")
    widths = [1024, 512, 256, 128, 64, 32, 16]
    for rule in ["fan_in", "fan_out", "Glorot"]:
        Ws = []
        for n_in, n_out in zip(widths[:-1], widths[1:], strict=True):
            var = {"fan_in": 1 / n_in, "fan_out": 1 / n_out, "Glorot": 2 / (n_in + n_out)}[rule]
            Ws.append(rng.normal(0.0, np.sqrt(var), (n_in, n_out)))
        x, g = rng.normal(size=(100, widths[0])), rng.normal(size=(100, widths[-1]))
        for W in Ws:
            x = x @ W
        for W in reversed(Ws):
            g = g @ W.T
        print(f"  {rule:<8} output rms {np.sqrt(np.mean(x**2)):9.3g}, "
              f"input-gradient rms {np.sqrt(np.mean(g**2)):9.3g}")  # fmt: skip


if __name__ == "__main__":
    main()
