"""Logistic regression against a small network on one kind of table, as the rows grow."""

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


def score(X, y, n, params, forward, backward, steps=200, lr=1.0, decay=1e-3):
    """Descend cross-entropy + L2 (biases too) on the first n rows; (train, test) accuracy."""
    for _ in range(steps):
        out, cache = forward(X[:n], *params)
        grad_out = (0.5 + 0.5 * np.tanh(out / 2) - y[:n]) / n  # sigmoid(out) - y, stably
        for p, g in zip(params, backward(grad_out, cache), strict=True):
            p -= lr * (g + decay * p)
    return np.array([np.mean(c) for c in np.split((forward(X, *params)[0] > 0) == y, [n])])


if __name__ == "__main__":
    linear = (lambda X, W, b: (X @ W + b, X), lambda g, X: (X.T @ g, g.sum(axis=0)))
    for n in (50, 100, 200, 400, 800, 1600):  # training rows; 2000 more rows to test
        lin, net = np.zeros(2), np.zeros(2)  # mean (train, test) accuracy over the tables
        for rng in map(np.random.default_rng, range(10)):  # 10 tables, 10 columns each
            X, flip = rng.normal(size=(n + 2000, 10)), rng.uniform(size=(n + 2000, 1)) < 0.1
            y = (X[:, :1] + X[:, 1:2] + X[:, 2:3] ** 2 > 1) ^ flip  # 10% of labels flipped
            W1, b1, W2 = rng.normal(0, 0.3, (10, 16)), np.zeros(16), rng.normal(0, 0.25, (16, 1))
            lin += score(X, y, n, [np.zeros((10, 1)), np.zeros(1)], *linear) / 10  # logistic
            net += score(X, y, n, [W1, b1, W2, np.zeros(1)], mlp_forward, mlp_backward) / 10
        print(f"{n:4d} rows: logistic {lin[1]:.1%}, network {net[1]:.1%} (train {net[0]:.1%})")
