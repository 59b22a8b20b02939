"""Deep learning does not remove the curse of dimensionality: it exploits structure it can find."""

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


def distance_contrast(dim, n, rng):
    """(farthest - nearest) / nearest distance from the origin to n uniform points in [-1, 1]^dim."""
    dist = np.linalg.norm(rng.uniform(-1.0, 1.0, size=(n, dim)), axis=1)
    return float((dist.max() - dist.min()) / dist.min())


def make_sum_task(n, dim, rng, k=5):
    """Points x (n, dim) in {-1, +1}^dim; label y (n,) = 1 when |x1 + ... + xk| = 1, else 0."""
    x = rng.choice([-1.0, 1.0], size=(n, dim))
    return x, (np.abs(x[:, :k].sum(axis=1)) == 1).astype(float)


def knn_predict(x_train, y_train, x_test, k=15):
    """Majority vote (ties: class 1) of the k nearest training points; a stable sort breaks ties."""
    d2 = -2.0 * x_test @ x_train.T  # squared distance minus a constant: rows have equal norms
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
    return (y_train[nearest].mean(axis=1) >= 0.5).astype(float)


def flip_rates(predict, x):
    """Per input j, the fraction of rows of x (n, d) whose predicted class changes when x_j flips."""
    base = predict(x) > 0
    rates = []
    for j in range(x.shape[1]):
        flipped = x.copy()
        flipped[:, j] = -flipped[:, j]
        rates.append(np.mean((predict(flipped) > 0) != base))
    return np.array(rates)


def main():
    rng = np.random.default_rng(0)
    print("1) distance contrast (farthest - nearest) / nearest from the centre to 1000 uniform")
    print("   points in a cube, median of 20 draws")
    for dim in (2, 10, 100, 1000):
        contrast = np.median([distance_contrast(dim, 1000, rng) for _ in range(20)])
        print(f"   d = {dim:4d}: {float(f'{contrast:.2g}'):g}")  # 2 significant digits

    dim, k = 30, 5
    x, y = make_sum_task(3000, dim, rng)
    x_train, y_train, x_test, y_test = x[:1000], y[:1000], x[1000:], y[1000:]
    print(f"2) label 1 when |x1 + ... + x{k}| = 1, among {dim} inputs; 1000 training, 2000 test")
    results = {
        "majority class": max(y_test.mean(), 1.0 - y_test.mean()),
        "15-NN, all 30 inputs": np.mean(knn_predict(x_train, y_train, x_test) == y_test),
        "15-NN, x1..x5 only": np.mean(
            knn_predict(x_train[:, :k], y_train, x_test[:, :k]) == y_test
        ),
    }
    for hidden, train_features in ((32, False), (1024, False), (32, True)):
        # A step of 0.5 at width 32, smaller for wider layers: at 0.5 the 1024-wide readout diverges.
        net = fit(x_train, y_train, hidden, train_features, rng, lr=16.0 / hidden)
        name = f"{hidden} {'learned' if train_features else 'fixed'} tanh features"
        results[name] = np.mean((net(x_test) > 0) == (y_test == 1))
    for name, accuracy in results.items():
        print(f"   {name:26s} test accuracy {accuracy:4.0%}")
    rates = flip_rates(net, x_test)
    print(f"   flipping one input changes the learned network's answer for {rates[:k].mean():.0%}")
    print(f"   of points if the input is one of x1..x5, {rates[k:].mean():.0%} if it is one of the")
    print("   25 others (the true labels: 50% and 0%)")


if __name__ == "__main__":
    main()
