"""In two dimensions a hand-made feature, or enough fixed random features, does as well as learning."""

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


def fit_linear(x, y, rng, steps=3000, lr=0.5):
    """Logistic regression on the columns of x (n, d) by gradient descent; returns x -> logits."""
    v, c = rng.normal(0.0, 0.01, x.shape[1]), 0.0
    for _ in range(steps):
        dz = (sigmoid(x @ v + c) - y) / len(y)
        v, c = v - lr * x.T @ dz, c - lr * dz.sum()
    return lambda x: x @ v + c


def make_task(name, n, rng):
    """Standard-normal points x (n, 2) and labels y (n,) in {0, 1}, half of each class."""
    x = rng.normal(size=(n, 2))
    if name == "disc":  # inside the circle holding half the mass: median of x1^2 + x2^2 is 2 ln 2
        return x, (np.sum(x**2, axis=1) < 2 * np.log(2)).astype(float)
    return x, (x[:, 0] * x[:, 1] > 0).astype(float)  # "xor": x1 and x2 of the same sign


def with_radius(x, mean=0.0, std=1.0):
    """Append the hand-made feature r^2 = x1^2 + x2^2, standardised: (n, 2) -> (n, 3)."""
    r2 = np.sum(x**2, axis=1, keepdims=True)
    return np.hstack([x, (r2 - mean) / std])


MODELS = ("linear, x", "linear, x and r^2", "16 fixed features", "16 learned features")


def fit_all(task, rng):
    """Training data of a task and the four models of MODELS, each a map x (n, 2) -> logits."""
    x, y = make_task(task, 400, rng)
    r2 = np.sum(x**2, axis=1)  # standardise the hand-made feature with training statistics
    hand = fit_linear(with_radius(x, r2.mean(), r2.std()), y, rng)
    models = [
        fit_linear(x, y, rng),
        lambda points: hand(with_radius(points, r2.mean(), r2.std())),
        fit(x, y, 16, False, rng, steps=3000),
        fit(x, y, 16, True, rng, steps=3000),
    ]
    return x, y, models


def main():
    rng = np.random.default_rng(0)
    print("test accuracy, 400 training and 4000 test points (guessing scores 50%)")
    print(f"{'model':20s}{'disc':>6s}{'xor':>6s}")
    accuracy = {}
    for task in ("disc", "xor"):
        x, y, models = fit_all(task, rng)
        x_test, y_test = make_task(task, 4000, rng)
        accuracy[task] = [np.mean((m(x_test) > 0) == (y_test == 1)) for m in models]
    for i, name in enumerate(MODELS):
        print(f"{name:20s}{accuracy['disc'][i]:6.0%}{accuracy['xor'][i]:6.0%}")


if __name__ == "__main__":
    main()
