"""Without a non-linear activation, a deep network is one linear layer in disguise.

Stacking affine layers x -> W x + b gives another affine layer, whatever the depth: the program
builds a 3-layer linear network, collapses it into one matrix and one bias, and shows that both
compute the same function, and that with a ReLU between the same layers the outputs are no longer
an affine function of the inputs. It then shows what that costs: no affine model can fit XOR,
while one hidden layer of ReLUs fits it exactly, and removing the ReLU from that network breaks it.
"""

import numpy as np


def relu(z):
    """Rectified linear unit, ``max(z, 0)`` element-wise.

    Parameters
    ----------
    z : ndarray, any shape
        Pre-activations.

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> relu(np.array([-2.0, 0.0, 3.0])).tolist()
    [0.0, 0.0, 3.0]
    """
    return np.maximum(z, 0.0)


def identity(z):
    """The "linear activation": returns its input unchanged.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``
    """
    return z


def forward(X, layers, activation):
    """Run inputs through affine layers, applying ``activation`` between them (not after the last).

    Parameters
    ----------
    X : ndarray, shape (n, d_0)
        Inputs, one per row.
    layers : list of (W, b)
        ``W`` of shape (d_{k-1}, d_k) and ``b`` of shape (d_k,); layer k maps ``h -> h W + b``.
    activation : callable
        Applied element-wise after every layer except the last.

    Returns
    -------
    ndarray, shape (n, d_last)

    Examples
    --------
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
    """The single affine layer equal to a stack of affine layers with no activation between them.

    ``(x W1 + b1) W2 + b2 = x (W1 W2) + (b1 W2 + b2)``, applied repeatedly.

    Parameters
    ----------
    layers : list of (W, b)
        As in `forward`.

    Returns
    -------
    W : ndarray, shape (d_0, d_last)
    b : ndarray, shape (d_last,)

    Examples
    --------
    >>> W, b = collapse([(np.array([[2.0]]), np.array([1.0])), (np.array([[3.0]]), np.array([0.0]))])
    >>> W.tolist(), b.tolist()
    ([[6.0]], [3.0])
    """
    W, b = layers[0]
    for W_next, b_next in layers[1:]:
        W, b = W @ W_next, b @ W_next + b_next
    return W, b


def best_affine_fit(X, y):
    """Least-squares affine model ``y ~ X w + c``: the best any linear network can do.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,) or (n, k)
        Targets; with k columns, each column gets its own affine model.

    Returns
    -------
    ndarray, shape of ``y``
        The fitted values.
    """
    A = np.hstack([X, np.ones((len(X), 1))])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    return A @ coef


def fmt(values):
    """Format a vector with 4 decimals (and no negative zero)."""
    return "[" + " ".join(f"{v + 0.0:.4f}" for v in np.round(values, 4)) + "]"


def main():
    rng = np.random.default_rng(0)

    # 1. Three linear layers 4 -> 8 -> 8 -> 2 collapse into one 4 -> 2 layer.
    sizes = [4, 8, 8, 2]
    layers = [
        (rng.standard_normal((m, n)), rng.standard_normal(n))
        for m, n in zip(sizes[:-1], sizes[1:], strict=True)
    ]
    X = rng.standard_normal((1000, 4))
    deep = forward(X, layers, identity)
    W, b = collapse(layers)
    shallow = X @ W + b
    print("Three linear layers 4 -> 8 -> 8 -> 2 (no activation), 1000 random inputs")
    print(f"  parameters in the stack:            {sum(W_.size + b_.size for W_, b_ in layers)}")
    print(f"  parameters in the collapsed layer:  {W.size + b.size}")
    print(f"  identical outputs (max |diff| < 1e-9): {np.abs(deep - shallow).max() < 1e-9}")

    print("Best affine fit to the outputs of the same stack (share of their variance left over)")
    for name, activation in [("no activation", identity), ("ReLU between the layers", relu)]:
        out = forward(X, layers, activation)
        residual = np.sum((out - best_affine_fit(X, out)) ** 2) / np.sum((out - out.mean(0)) ** 2)
        print(f"  {name:36s}{residual:.4f}")

    # 2. XOR: impossible for any affine model, exact with one ReLU hidden layer.
    X_xor = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y_xor = np.array([0.0, 1.0, 1.0, 0.0])
    print("\nXOR on inputs (0,0) (0,1) (1,0) (1,1)")
    print(f"  {'targets':38s}{fmt(y_xor)}")
    fitted = best_affine_fit(X_xor, y_xor)
    mse = np.mean((fitted - y_xor) ** 2)
    print(f"  {'best affine model (any linear depth)':38s}{fmt(fitted)}  MSE {mse:.4f}")

    # Hand-set weights of the XOR network in Goodfellow, Bengio & Courville, section 6.1.
    xor_layers = [
        (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.0])),
        (np.array([[1.0], [-2.0]]), np.array([0.0])),
    ]
    for name, activation in [("ReLU", relu), ("identity", identity)]:
        out = forward(X_xor, xor_layers, activation).ravel()
        mse = np.mean((out - y_xor) ** 2)
        label = f"2-2-1 network, {name} hidden layer"
        print(f"  {label:38s}{fmt(out)}  MSE {mse:.4f}")


if __name__ == "__main__":
    main()
