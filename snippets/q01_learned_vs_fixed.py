"""The same network with its features trained (deep learning) or frozen at random (fixed features)."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit(x, y, hidden, train_features, rng, steps=1000, lr=0.5):
    """Full-batch gradient descent on mean cross-entropy; returns x (n, d) -> logits (n,)."""
    W = rng.normal(0.0, 1.0 / np.sqrt(x.shape[1]), (x.shape[1], hidden))
    b, v, c = rng.normal(0.0, 1.0, hidden), np.zeros(hidden), 0.0
    h = np.tanh(x @ W + b)  # features h (n, hidden); the model is linear in h
    for _ in range(steps):
        dz = (sigmoid(h @ v + c) - y) / len(y)  # d(loss) / d(logits)
        if train_features:  # backpropagate into W, b: the features are learned
            dpre = np.outer(dz, v) * (1.0 - h**2)
            W, b = W - lr * x.T @ dpre, b - lr * dpre.sum(axis=0)
        v, c = v - lr * h.T @ dz, c - lr * dz.sum()
        h = np.tanh(x @ W + b) if train_features else h
    return lambda x: np.tanh(x @ W + b) @ v + c


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.choice([-1.0, 1.0], size=(3000, 30))  # 30 inputs; 1000 training, 2000 test points
    y = np.abs(x[:, :5].sum(axis=1)) == 1  # the label depends on x1..x5 only
    print(f"majority class: {max(y[1000:].mean(), 1 - y[1000:].mean()):.0%} of test points")
    for train_features in (False, True):
        predict = fit(x[:1000], y[:1000], 32, train_features, rng)
        train = np.mean((predict(x[:1000]) > 0) == y[:1000])
        test = np.mean((predict(x[1000:]) > 0) == y[1000:])
        name = "learned" if train_features else "fixed (random)"
        print(f"32 {name:14s} features: train {train:.0%}, test {test:.0%}")
