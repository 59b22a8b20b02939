"""Deep learning does not remove the curse of dimensionality: it exploits structure it can find."""

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


def distance_contrast(dim, n, rng):
    """(farthest - nearest) / nearest distance from the origin to n uniform points in [-1, 1]^dim."""
    dist = np.linalg.norm(rng.uniform(-1.0, 1.0, size=(n, dim)), axis=1)
    return float((dist.max() - dist.min()) / dist.min())


def make_task(name, n, dim, rng, k=5):
    """Points x (n, dim) in {-1, +1}^dim; label y (n,) in {0, 1} depends on x1..xk only.

    "sum": y = 1 when |x1 + ... + xk| = 1; "parity": y = 1 when x1 x2 ... xk = +1.
    """
    x = rng.choice([-1.0, 1.0], size=(n, dim))
    if name == "sum":
        return x, (np.abs(x[:, :k].sum(axis=1)) == 1).astype(float)
    return x, (np.prod(x[:, :k], axis=1) == 1).astype(float)


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
    print("1) distance contrast (farthest - nearest) / nearest, 1000 uniform points")
    for dim in (2, 10, 100, 1000):
        print(f"   d = {dim:4d}: {distance_contrast(dim, 1000, rng):7.2f}")

    dim, k = 30, 5
    print(f"2) label depends on {k} of {dim} inputs; 1000 training, 2000 test points")
    print("   network: 32 tanh units, 1000 full-batch gradient steps")
    header = ("target", "majority", "15-NN", "15-NN on 5", "net train", "net test")
    print("   " + f"{header[0]:6s}" + "".join(f"{h:>12s}" for h in header[1:]), end="")
    print(f"{'flips 5 / 25':>14s}")
    for name in ("sum", "parity"):
        x, y = make_task(name, 3000, dim, rng)
        x_train, y_train, x_test, y_test = x[:1000], y[:1000], x[1000:], y[1000:]
        majority = max(y_test.mean(), 1.0 - y_test.mean())
        knn = np.mean(knn_predict(x_train, y_train, x_test) == y_test)
        knn_5 = np.mean(knn_predict(x_train[:, :k], y_train, x_test[:, :k]) == y_test)
        net = fit(x_train, y_train, 32, rng, steps=1000)
        fit_train = np.mean((net(x_train) > 0) == (y_train == 1))
        fit_test = np.mean((net(x_test) > 0) == (y_test == 1))
        rates = flip_rates(net, x_test)
        row = (majority, knn, knn_5, fit_train, fit_test)
        print(f"   {name:6s}" + "".join(f"{r:12.0%}" for r in row), end="")
        print(f"{f'{rates[:k].mean():.0%} / {rates[k:].mean():.0%}':>14s}")
    print("   flips: how often flipping one input changes the network's answer,")
    print("   mean over the 5 relevant inputs / the 25 others")
    print("   (for the true labels: sum 50% / 0%, parity 100% / 0%)")


if __name__ == "__main__":
    main()
