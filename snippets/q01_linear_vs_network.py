"""A linear model on raw inputs versus a network that learns its own features."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit(x, y, hidden, rng, steps=3000, lr=0.5):
    """Gradient descent on mean cross-entropy; returns x (n, d) -> logits (n,)."""
    W = rng.normal(0.0, 1.0 / np.sqrt(x.shape[1]), (x.shape[1], hidden))
    b, v, c = np.zeros(hidden), np.zeros(hidden or x.shape[1]), 0.0

    def features(x):  # hidden = 0: the raw inputs; else learned tanh(x W + b)
        return x if hidden == 0 else np.tanh(x @ W + b)

    for _ in range(steps):
        h = features(x)
        dz = (sigmoid(h @ v + c) - y) / len(y)  # d(loss) / d(logits)
        if hidden:  # backpropagate into the features: this makes them learned
            dpre = np.outer(dz, v) * (1.0 - h**2)
            W, b = W - lr * x.T @ dpre, b - lr * dpre.sum(axis=0)
        v, c = v - lr * h.T @ dz, c - lr * dz.sum()
    return lambda x: features(x) @ v + c


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    for task in ("disc", "xor"):  # y: inside a circle? x1, x2 of one sign? (50:50)
        x = rng.normal(size=(4400, 2))  # raw inputs: 400 training, 4000 test
        y = (x**2).sum(1) < np.log(4) if task == "disc" else np.prod(x, 1) > 0
        for hidden in (0, 16):
            name = f"network, {hidden} hidden units" if hidden else "linear model"
            logits = fit(x[:400], y[:400], hidden, rng)(x[400:])
            accuracy = np.mean((logits > 0) == y[400:])
            print(f"{task:4s}  {name:24s}  test accuracy {accuracy:.0%}")
