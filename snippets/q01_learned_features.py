"""A hand-made feature helps only where its designer guessed right; the network learns its own."""

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


def make_task(name, n, rng):
    """Standard-normal points x (n, 2) and labels y (n,) in {0, 1}, half of each class."""
    x = rng.normal(size=(n, 2))
    if name == "disc":  # inside the circle that holds half of the probability mass
        return x, (np.sum(x**2, axis=1) < 2 * np.log(2)).astype(float)
    return x, (x[:, 0] * x[:, 1] > 0).astype(float)  # "xor": x1 and x2 of the same sign


def with_radius(x, mean=0.0, std=1.0):
    """Append the hand-made feature r^2 = x1^2 + x2^2, standardised: (n, 2) -> (n, 3)."""
    r2 = np.sum(x**2, axis=1, keepdims=True)
    return np.hstack([x, (r2 - mean) / std])


def rank_correlation(a, b):
    """Spearman correlation of two 1-D arrays without ties: +1 or -1 for a monotone relation."""
    rank_a, rank_b = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return float(np.corrcoef(rank_a, rank_b)[0, 1])


def main():
    rng = np.random.default_rng(0)
    print("test accuracy (400 training points, 4000 test points; guessing scores 50%)")
    print(f"{'task':5s} {'linear, raw x':>14s} {'linear, x + r^2':>16s} {'network, raw x':>15s}")
    for task in ("disc", "xor"):
        x, y = make_task(task, 400, rng)
        x_test, y_test = make_task(task, 4000, rng)
        r2 = np.sum(x**2, axis=1)  # standardise the hand-made feature with training statistics
        scores = [
            fit(x, y, 0, rng)(x_test),
            fit(with_radius(x, r2.mean(), r2.std()), y, 0, rng)(
                with_radius(x_test, r2.mean(), r2.std())
            ),
            fit(x, y, 16, rng)(x_test),
        ]
        accuracy = [np.mean((s > 0) == (y_test == 1)) for s in scores]
        print(f"{task:5s} {accuracy[0]:14.0%} {accuracy[1]:16.0%} {accuracy[2]:15.0%}")
        if task == "disc":
            rho = rank_correlation(scores[2], np.sum(x_test**2, axis=1))
    print(f"disc: rank correlation of the network's output with x1^2 + x2^2: {rho:.2f}")
    print("(nobody gave the network the radius: it learned an equivalent feature from labels)")


if __name__ == "__main__":
    main()
