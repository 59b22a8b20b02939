"""XOR: the best single layer predicts 0.5 everywhere; two layers fit it, but not from every start."""

import numpy as np

X_XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y_XOR = np.array([[0.0], [1.0], [1.0], [0.0]])


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def binary_cross_entropy_with_logits(z, y):
    """Mean binary cross-entropy of logits ``z`` and labels ``y`` in {0, 1} (same shape), a float."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # log(1 + e^z) without overflow


def binary_cross_entropy_with_logits_grad(z, y):
    """Gradient ``(sigmoid(z) - y) / n`` of the mean binary cross-entropy, for ``z`` (any shape)."""
    return (sigmoid(z) - y) / np.size(z)


def dense_forward(X, W, b):
    """Dense layer ``X @ W + b`` on ``X`` (n, d_in), with ``W`` (d_in, d_out): output (n, d_out)."""
    return X @ W + b


def dense_backward(X, W, grad_out):
    """Gradients ``(grad_X, grad_W, grad_b)`` of `dense_forward` from ``grad_out`` (n, d_out)."""
    return grad_out @ W.T, X.T @ grad_out, grad_out.sum(axis=0)


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


def init_mlp(hidden, rng):
    """Parameters [W1 (2, hidden), b1, W2 (hidden, 1), b2] of a 2-hidden-1 network: N(0, 1), zero biases."""
    return [
        rng.normal(size=(2, hidden)),
        np.zeros(hidden),
        rng.normal(size=(hidden, 1)),
        np.zeros(1),
    ]


def train_mlp(params, epochs=1000, lr=1.0):
    """Full-batch gradient descent on XOR from ``params``; returns new parameters, logits (4, 1)."""
    params = [p.copy() for p in params]
    for _ in range(epochs):
        z, cache = mlp_forward(X_XOR, *params)
        grads = mlp_backward(binary_cross_entropy_with_logits_grad(z, Y_XOR), cache)
        params = [p - lr * g for p, g in zip(params, grads, strict=True)]
    return params, mlp_forward(X_XOR, *params)[0]


def show(p):
    """The probabilities ``p`` (4, 1) as a string with 3 decimals."""
    return np.array2string(p[:, 0], precision=3, floatmode="fixed", suppress_small=True)


def main():
    print("single layer, sigmoid(x w + b), gradient descent on the same loss:")
    rng = np.random.default_rng(0)
    W, b = rng.normal(size=(2, 1)), np.zeros(1)
    for epoch in range(5001):
        z = dense_forward(X_XOR, W, b)
        if epoch in (0, 100, 5000):
            print(f"  epoch {epoch:4d}  loss {binary_cross_entropy_with_logits(z, Y_XOR):.4f}")
        _, grad_W, grad_b = dense_backward(
            X_XOR, W, binary_cross_entropy_with_logits_grad(z, Y_XOR)
        )
        W, b = W - grad_W, b - grad_b
    print(f"  P(y=1) for 00, 01, 10, 11: {show(sigmoid(z))}   (ln 2 = {np.log(2):.4f})")
    grid = np.linspace(-3.0, 3.0, 25)
    right = [
        int(np.sum((X_XOR @ [w1, w2] + c > 0) == (Y_XOR[:, 0] == 1)))
        for w1 in grid
        for w2 in grid
        for c in grid
    ]
    print(f"  best of {len(right)} threshold units step(x w + b): {max(right)} of 4 right")

    print("\ntwo layers, tanh, N(0, 1) weights, zero biases, learning rate 1, full batch,")
    print("1000 epochs, from 50 random starts (solved: loss < 0.1, all 4 right):")
    for hidden in (2, 4):
        losses = [
            binary_cross_entropy_with_logits(z, Y_XOR)
            for _, z in (train_mlp(init_mlp(hidden, np.random.default_rng(s))) for s in range(50))
        ]
        ok = [loss < 0.1 for loss in losses]
        failed = [loss for loss, good in zip(losses, ok, strict=True) if not good]
        rest = f", the others end near loss {np.median(failed):.3f}" if failed else ""
        seed0 = "solved" if ok[0] else "failed"
        print(f"  {hidden} hidden units: solved {sum(ok)} of 50{rest}; seed 0 {seed0}")

    print("\none failed start (2 hidden units, seed 2), trained longer:")
    params, z = train_mlp(init_mlp(2, np.random.default_rng(2)))
    for epochs in (1000, 11000):
        loss = binary_cross_entropy_with_logits(z, Y_XOR)
        print(f"  after {epochs:5d} epochs: P(y=1) = {show(sigmoid(z))}, loss {loss:.4f}")
        params, z = train_mlp(params, 10000)
    print(f"  (ln 2) / 2 = {np.log(2) / 2:.4f}: two points fitted, two left at 0.5")

    print("\nconstant initialisation, 8 hidden units, every weight 0.5:")
    same = [np.full((2, 8), 0.5), np.zeros(8), np.full((8, 1), 0.5), np.zeros(1)]
    (W1, b1, W2, _), z = train_mlp(same, 3000)
    identical = np.allclose(W1, W1[:, :1]) and np.allclose(b1, b1[0]) and np.allclose(W2, W2[0])
    print(f"  after 3000 epochs the 8 hidden units are identical: {identical}")
    print(f"  loss {binary_cross_entropy_with_logits(z, Y_XOR):.4f}, P(y=1) = {show(sigmoid(z))}")


if __name__ == "__main__":
    main()
