"""Dropout on a linear model is a data-dependent L2 penalty; inference is the normalised geometric
mean of the thinned sigmoid networks; label smoothing keeps the logits finite."""

import numpy as np


def dropout_forward(x, p, rng):
    """Inverted dropout of ``x`` (any shape), units zeroed with probability ``p``: ``(y, mask)``."""
    if not 0.0 <= p < 1.0:
        raise ValueError(f"dropout probability must be in [0, 1), got {p}")
    mask = (rng.random(np.shape(x)) >= p) / (1.0 - p)
    return x * mask, mask


def log_softmax(z, axis=-1):
    """Logarithm of the softmax of ``z`` (any shape) along ``axis``, finite for finite logits."""
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def smoothed_cross_entropy(Z, y, eps):
    """Mean cross-entropy of logits ``Z`` (n, k) against labels ``y`` (n,) smoothed by ``eps``."""
    targets = (1.0 - eps) * np.eye(Z.shape[-1])[y] + eps / Z.shape[-1]
    return float(-np.sum(targets * log_softmax(Z)) / Z.shape[-2])


def smoothed_cross_entropy_grad(Z, y, eps):
    """Gradient of the mean label-smoothed cross-entropy for logits ``Z`` (..., n, k), labels y (..., n)."""
    targets = (1.0 - eps) * np.eye(Z.shape[-1])[y] + eps / Z.shape[-1]
    return (np.exp(log_softmax(Z)) - targets) / Z.shape[-2]


def main():
    rng = np.random.default_rng(0)
    p = 0.3
    print(f"1. Dropout (p = {p}) on the inputs of a linear model: exact mean over all 16 masks")
    X = rng.normal(size=(20, 4)) * np.array([0.5, 1.0, 2.0, 4.0])  # features of different scales
    w, y = rng.normal(size=4), rng.normal(size=20)
    masks = np.array([[(i >> j) & 1 for j in range(4)] for i in range(16)], dtype=float)
    prob = np.prod(np.where(masks == 1, 1 - p, p), axis=1)  # probability of each mask
    losses = [np.mean((y - X @ (m * w) / (1 - p)) ** 2) for m in masks]
    penalty = p / (1 - p) * np.sum(w**2 * np.mean(X**2, axis=0))
    print(f"   {'expected dropout loss':<36}{np.sum(prob * np.array(losses)):.4f}")
    print(f"   {'loss without dropout':<36}{np.mean((y - X @ w) ** 2):.4f}")
    print(f"   {'+ p/(1-p) sum_j w_j^2 mean(x_j^2)':<36}{np.mean((y - X @ w) ** 2) + penalty:.4f}")

    print("2. Inference (all units, no scaling) against the mean over 10,000 thinned networks")
    W1, W2 = rng.normal(size=(4, 64)) / 2, rng.normal(size=(64, 1)) / 4
    h = np.maximum(rng.normal(size=(5, 4)) @ W1, 0.0)  # hidden layer of 5 inputs, (5, 64)
    H, _ = dropout_forward(np.broadcast_to(h, (10_000, 5, 64)), 0.5, rng)
    sigmoid = lambda z: 0.5 * (1.0 + np.tanh(0.5 * z))  # noqa: E731
    show = lambda a: np.array2string(a.ravel(), precision=3, floatmode="fixed")  # noqa: E731
    S = sigmoid(H @ W2)  # (10_000, 5, 1): each thinned network's output
    nwgm = np.exp(np.log(S).mean(0)) / (np.exp(np.log(S).mean(0)) + np.exp(np.log(1 - S).mean(0)))
    for name, value in [
        ("linear output, inference", h @ W2),
        ("linear output, arithmetic mean", (H @ W2).mean(axis=0)),
        ("sigmoid output, inference", sigmoid(h @ W2)),
        ("sigmoid output, arithmetic mean", S.mean(axis=0)),
        ("sigmoid output, normalised geometric mean", nwgm),
    ]:
        print(f"   {name:<42}", show(value))

    print("3. Gradient descent (step 1) on one example's logits, 10 classes")
    for eps in (0.0, 0.1):
        Z, gaps = np.zeros((1, 10)), []
        for t in range(1, 5001):
            Z -= 1.0 * smoothed_cross_entropy_grad(Z, np.array([0]), eps)
            if t in (500, 5000):
                gaps.append(f"{Z[0, 0] - Z[0, 1]:.4f} after {t} steps")
        loss = smoothed_cross_entropy(Z, np.array([0]), eps)
        print(f"   eps = {eps:.1f}: logit gap {', '.join(gaps)}; loss {loss:.4f}")
    print(f"   optimum for eps = 0.1: log(0.91 / 0.01) = {np.log(0.91 / 0.01):.4f}")


if __name__ == "__main__":
    main()
