"""The core program's step budget is early stopping: train longer and the crossover moves."""

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


def paired_gap(n, steps, tables=10):
    """Network minus logistic test accuracy per table (tables,), and the network's train accuracy."""
    linear = (lambda X, W, b: (X @ W + b, X), lambda g, X: (X.T @ g, g.sum(axis=0)))
    gaps, train = [], []
    for rng in map(np.random.default_rng, range(tables)):  # the core program's tables
        X, flip = rng.normal(size=(n + 2000, 10)), rng.uniform(size=(n + 2000, 1)) < 0.1
        y = (X[:, :1] + X[:, 1:2] + X[:, 2:3] ** 2 > 1) ^ flip
        W1, b1, W2 = rng.normal(0, 0.3, (10, 16)), np.zeros(16), rng.normal(0, 0.25, (16, 1))
        lin = score(X, y, n, [np.zeros((10, 1)), np.zeros(1)], *linear, steps=steps)
        net = score(X, y, n, [W1, b1, W2, np.zeros(1)], mlp_forward, mlp_backward, steps=steps)
        gaps.append(net[1] - lin[1])
        train.append(net[0])
    return np.array(gaps), float(np.mean(train))


def main():
    print("400 rows, 10 tables: network minus logistic regression, test accuracy (paired)")
    for steps in (200, 2000):
        gaps, train = paired_gap(400, steps)
        se = gaps.std(ddof=1) / np.sqrt(len(gaps))
        print(
            f"  {steps:4d} steps: {100 * gaps.mean():+.1f} ± {100 * se:.1f} points (s.e.),"
            f" network's train accuracy {train:.1%}"
        )


if __name__ == "__main__":
    main()
