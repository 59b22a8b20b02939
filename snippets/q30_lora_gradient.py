"""LoRA's gradient: dA is zero while B = 0, yet training starts; the rank r limits what it can learn."""

import numpy as np


def mse(pred, target):
    """Mean squared error over all elements of ``pred`` and ``target`` (same shape), a float."""
    return float(np.mean((pred - target) ** 2))


def mse_grad(pred, target):
    """Gradient ``2 (pred - target) / n`` of the mean squared error for ``pred`` (any shape)."""
    return 2.0 * (pred - target) / np.size(pred)


def lora_forward(X, W, A, B, alpha):
    """X (n, d_in), frozen W (d_out, d_in), A (r, d_in), B (d_out, r) -> (n, d_out)."""
    r = A.shape[0]
    return X @ W.T + (alpha / r) * (X @ A.T) @ B.T


def lora_backward(dY, X, W, A, B, alpha):
    """Gradients (dX (n, d_in), dA (r, d_in), dB (d_out, r)) of `lora_forward` from dY (n, d_out).

    W is frozen, so it gets no gradient: no d_out x d_in gradient or optimiser state is stored.
    """
    s = alpha / A.shape[0]
    U = dY @ B  # (n, r): the upstream gradient seen through B; zero while B = 0
    dA = s * U.T @ X
    dB = s * dY.T @ (X @ A.T)  # needs A != 0, which is why A starts random
    dX = dY @ W + s * U @ A
    return dX, dA, dB


def train(X, T, W, A, B, alpha, lr, steps):
    """Plain gradient descent on A and B for the mean squared error: (A, B, losses)."""
    losses = []
    for _ in range(steps):
        Y = lora_forward(X, W, A, B, alpha)
        losses.append(mse(Y, T))
        _, dA, dB = lora_backward(mse_grad(Y, T), X, W, A, B, alpha)
        A, B = A - lr * dA, B - lr * dB
    return A, B, losses


def main():
    rng = np.random.default_rng(30)
    n, d_in, d_out, alpha = 256, 32, 32, 8.0
    X = rng.normal(size=(n, d_in))
    W = rng.normal(0.0, d_in**-0.5, (d_out, d_in))  # "pretrained", frozen
    u, v = rng.normal(size=(d_out, 2)), rng.normal(size=(2, d_in))
    T = X @ (W + 0.1 * u @ v).T  # the new task needs a rank-2 change of W

    print("1. The first gradient, at B = 0 (r = 4)")
    A = rng.normal(0.0, d_in**-0.5, (4, d_in))
    B = np.zeros((d_out, 4))
    _, dA, dB = lora_backward(mse_grad(lora_forward(X, W, A, B, alpha), T), X, W, A, B, alpha)
    print(f"   dA = s (dY B)^T X is zero everywhere: {bool(np.all(dA == 0.0))}")
    print(f"   |dB| = {np.linalg.norm(dB):.4f}   (non-zero: dB = s dY^T (X A^T), A random)")
    B1 = B - 0.05 * dB  # one step moves B ...
    _, dA, _ = lora_backward(mse_grad(lora_forward(X, W, A, B1, alpha), T), X, W, A, B1, alpha)
    print(f"   after one step on B: |dA| = {np.linalg.norm(dA):.4f}  (... and A follows)")

    print("\n2. Initialisation: loss after 0 and 400 steps of gradient descent (r = 4)")
    inits = {
        "A random, B = 0 (LoRA)": (A, B),
        "A = 0, B = 0": (np.zeros_like(A), B),
    }
    for name, (A0, B0) in inits.items():
        *_, losses = train(X, T, W, A0, B0, alpha, lr=0.05, steps=401)
        print(f"   {name:<24} {losses[0]:.4f} -> {losses[-1]:.4f}")

    print("\n3. The rank r limits the update: loss after 2,000 steps, target change of rank 2")
    for r in (1, 2, 4):
        A0 = rng.normal(0.0, d_in**-0.5, (r, d_in))
        *_, losses = train(X, T, W, A0, np.zeros((d_out, r)), alpha, lr=0.05, steps=2001)
        print(f"   r = {r}: {losses[-1]:.4f}   ({r * (d_in + d_out)} trainable numbers)")


if __name__ == "__main__":
    main()
