"""Without an activation, depth adds nothing: linear layers collapse, and no affine model fits XOR."""

import numpy as np


def relu(z):
    """Rectified linear unit ``max(z, 0)`` of ``z`` (any shape)."""
    return np.maximum(z, 0.0)


def identity(z):
    """The "linear activation": ``z`` (any shape) unchanged."""
    return z


def forward(X, layers, activation):
    """Outputs (n, d_last) of inputs ``X`` (n, d_0) through affine layers, ``activation`` between them.

    ``layers`` is a list of ``(W, b)`` with ``W`` (d_{k-1}, d_k) and ``b`` (d_k,); layer k maps
    ``h -> h W + b``, and ``activation`` follows every layer but the last.

    >>> layers = [(np.array([[2.0]]), np.array([1.0])), (np.array([[3.0]]), np.array([0.0]))]
    >>> forward(np.array([[1.0]]), layers, identity).tolist()
    [[9.0]]
    """
    h = X
    for k, (W, b) in enumerate(layers):
        h = h @ W + b
        if k < len(layers) - 1:
            h = activation(h)
    return h


def collapse(layers):
    """The one affine layer ``(W (d_0, d_last), b (d_last,))`` equal to a stack of affine layers.

    ``(x W1 + b1) W2 + b2 = x (W1 W2) + (b1 W2 + b2)``, applied layer by layer.

    >>> W, b = collapse([(np.array([[2.0]]), np.array([1.0])), (np.array([[3.0]]), np.array([0.0]))])
    >>> W.tolist(), b.tolist()
    ([[6.0]], [3.0])
    """
    W, b = layers[0]
    for W_next, b_next in layers[1:]:
        W, b = W @ W_next, b @ W_next + b_next
    return W, b


def best_affine_fit(X, y):
    """Least-squares fitted values of ``y`` (n,) or (n, k) by an affine model of ``X`` (n, d)."""
    A = np.hstack([X, np.ones((len(X), 1))])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    return A @ coef


def fmt(values):
    """A vector with 4 decimals, no negative zero."""
    return "[" + " ".join(f"{v + 0.0:.4f}" for v in np.round(values, 4)) + "]"


def main():
    rng = np.random.default_rng(0)
    sizes = [4, 8, 8, 2]
    layers = [
        (rng.standard_normal((m, n)), rng.standard_normal(n))
        for m, n in zip(sizes[:-1], sizes[1:], strict=True)
    ]
    X = rng.standard_normal((1000, 4))
    W, b = collapse(layers)
    same = np.abs(forward(X, layers, identity) - (X @ W + b)).max() < 1e-9
    print("Three linear layers 4 -> 8 -> 8 -> 2 (no activation), 1000 random inputs")
    print(f"  parameters in the stack:            {sum(W_.size + b_.size for W_, b_ in layers)}")
    print(f"  parameters in the collapsed layer:  {W.size + b.size}")
    print(f"  identical outputs (max |diff| < 1e-9): {same}")

    print("Best affine fit to the outputs of the same stack (share of their variance left over)")
    for name, activation in [("no activation", identity), ("ReLU between the layers", relu)]:
        out = forward(X, layers, activation)
        residual = np.sum((out - best_affine_fit(X, out)) ** 2) / np.sum((out - out.mean(0)) ** 2)
        print(f"  {name:36s}{residual:.4f}")

    X_xor = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y_xor = np.array([0.0, 1.0, 1.0, 0.0])
    print("\nXOR on inputs (0,0) (0,1) (1,0) (1,1)")
    print(f"  {'targets':38s}{fmt(y_xor)}")
    fitted = best_affine_fit(X_xor, y_xor)
    mse = np.mean((fitted - y_xor) ** 2)
    print(f"  {'best affine model (any linear depth)':38s}{fmt(fitted)}  MSE {mse:.4f}")
    # Hand-set weights of the XOR network in Goodfellow, Bengio and Courville (2016), section 6.1.
    xor_layers = [
        (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.0])),
        (np.array([[1.0], [-2.0]]), np.array([0.0])),
    ]
    for name, activation in [("ReLU", relu), ("identity", identity)]:
        out = forward(X_xor, xor_layers, activation).ravel()
        mse = np.mean((out - y_xor) ** 2)
        print(f"  {f'2-2-1 network, {name} hidden layer':38s}{fmt(out)}  MSE {mse:.4f}")


if __name__ == "__main__":
    main()
