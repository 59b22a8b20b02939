"""XOR: a single-layer perceptron never stops making mistakes; two layers learn it by backprop."""

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


if __name__ == "__main__":
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [1.0], [1.0], [0.0]])  # XOR, shape (4, 1)
    w, b, mistakes = np.zeros(2), 0.0, []  # single layer: predict step(x @ w + b)
    for _ in range(100):  # perceptron rule: w += (target - prediction) x
        mistakes.append(0)
        for x, target in zip(X, y[:, 0], strict=True):
            error = target - float(x @ w + b > 0)
            w, b, mistakes[-1] = w + error * x, b + error, mistakes[-1] + int(abs(error))
    print("single layer, mistakes per epoch:", mistakes[:6], "... epoch 100:", mistakes[-1])
    rng = np.random.default_rng(0)  # 2 tanh hidden units; seed 0 succeeds, not every seed does
    params = [rng.normal(size=(2, 2)), np.zeros(2), rng.normal(size=(2, 1)), np.zeros(1)]
    for step in range(3001):
        z, cache = mlp_forward(X, *params)  # logits, shape (4, 1)
        if step in (0, 100, 1000, 3000):  # binary cross-entropy, computed from the logits
            print(f"two layers, step {step:4d}: loss {np.mean(np.logaddexp(0, z) - y * z):.4f}")
        p = 0.5 + 0.5 * np.tanh(z / 2)  # sigmoid(z), without overflow
        for param, grad in zip(params, mlp_backward((p - y) / len(X), cache), strict=True):
            param -= 1.0 * grad  # gradient descent, learning rate 1
    p = np.array2string(p[:, 0], precision=3, floatmode="fixed", suppress_small=True)
    print(f"two layers, P(y=1) for 00, 01, 10, 11: {p}")
