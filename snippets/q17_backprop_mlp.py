"""Backpropagation for a small MLP, checked against central finite differences, and its cost.

The network is 4 -> 16 -> 16 -> 3 with tanh hidden layers and a softmax cross-entropy loss.
The program checks the hand-written backward pass against central differences, shows that the
check catches a typical bug, counts the floating-point operations (FLOPs) of both methods, and
finally hands the gradient to an optimiser (one gradient-descent step) to show that minimising
is a separate job from computing the gradient.
"""

import numpy as np

#: FLOPs spent in matrix products so far (a multiply-add counts as 2). Matrix products dominate
#: the cost of an MLP; the element-wise work (tanh, softmax) is O(width), not O(width**2).
FLOPS = [0]


def matmul(a, b):
    """Matrix product that adds its FLOPs to ``FLOPS``.

    Parameters
    ----------
    a : ndarray, shape (m, k)
    b : ndarray, shape (k, n)

    Returns
    -------
    ndarray, shape (m, n)

    Examples
    --------
    >>> FLOPS[0] = 0
    >>> matmul(np.ones((2, 3)), np.ones((3, 4))).shape, FLOPS[0]
    ((2, 4), 48)
    """
    FLOPS[0] += 2 * a.shape[0] * a.shape[1] * b.shape[1]
    return a @ b


def init_params(sizes, rng):
    """Weights ``W{l}`` of shape (n_l, n_{l-1}) scaled by 1/sqrt(fan-in), biases ``b{l}`` zero.

    Parameters
    ----------
    sizes : list of int
        Layer widths, input first, e.g. ``[4, 16, 16, 3]``.
    rng : numpy.random.Generator

    Returns
    -------
    dict of str to ndarray
    """
    params = {}
    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        params[f"W{layer}"] = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_out, n_in))
        params[f"b{layer}"] = np.zeros(n_out)
    return params


def mlp_forward(params, x, y):
    """Forward pass: tanh hidden layers, linear output, mean softmax cross-entropy.

    Parameters
    ----------
    params : dict of str to ndarray
        ``W{l}`` of shape (n_l, n_{l-1}) and ``b{l}`` of shape (n_l,), l = 1..L.
    x : ndarray, shape (B, n_0)
        A batch of inputs, one example per row.
    y : ndarray of int, shape (B,)
        Class labels in ``range(n_L)``.

    Returns
    -------
    loss : float
        Mean cross-entropy over the batch.
    cache : dict
        The activations ``A0..A{L-1}`` (shape (B, n_l)) and the softmax probabilities ``P``
        (shape (B, n_L)) that the backward pass needs.
    """
    n_layers = len(params) // 2
    cache = {"A0": x}
    a = x
    for layer in range(1, n_layers + 1):
        z = matmul(a, params[f"W{layer}"].T) + params[f"b{layer}"]
        if layer < n_layers:
            a = np.tanh(z)
            cache[f"A{layer}"] = a
    z = z - z.max(axis=1, keepdims=True)  # subtracting a constant changes no probability
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))  # log-softmax: never log(0)
    cache["P"] = np.exp(log_p)
    loss = -np.mean(log_p[np.arange(len(y)), y])
    return float(loss), cache


def mlp_backward(params, cache, y, bug=False):
    """Backward pass: the gradient of the mean cross-entropy with respect to every parameter.

    Parameters
    ----------
    params : dict of str to ndarray
        As in `mlp_forward`.
    cache : dict
        The cache returned by `mlp_forward` for the same ``params`` and batch.
    y : ndarray of int, shape (B,)
    bug : bool
        If True, forget the tanh derivative of the first hidden layer (a classic mistake), to
        show that the finite-difference check catches it.

    Returns
    -------
    dict of str to ndarray
        ``dW{l}`` and ``db{l}``, each of the shape of its parameter.
    """
    n_layers = len(params) // 2
    batch = len(y)
    delta = cache["P"].copy()  # dL/dZ_L = (P - onehot(y)) / B for softmax + cross-entropy
    delta[np.arange(batch), y] -= 1.0
    delta /= batch
    grads = {}
    for layer in range(n_layers, 0, -1):
        a_prev = cache[f"A{layer - 1}"]
        grads[f"W{layer}"] = matmul(delta.T, a_prev)
        grads[f"b{layer}"] = delta.sum(axis=0)
        if layer > 1:  # the gradient with respect to the input x is never needed
            da = matmul(delta, params[f"W{layer}"])
            delta = da if (bug and layer == 2) else da * (1.0 - a_prev**2)
    return grads


def central_differences(params, x, y, eps=1e-6):
    """Gradient by central differences: two forward passes per parameter.

    Parameters
    ----------
    params : dict of str to ndarray
    x : ndarray, shape (B, n_0)
    y : ndarray of int, shape (B,)
    eps : float

    Returns
    -------
    dict of str to ndarray
        Same keys and shapes as ``params``.
    """
    grads = {}
    for name, value in params.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            old = value[index]
            value[index] = old + eps
            up, _ = mlp_forward(params, x, y)
            value[index] = old - eps
            down, _ = mlp_forward(params, x, y)
            value[index] = old
            grad[index] = (up - down) / (2 * eps)
        grads[name] = grad
    return grads


def relative_error(a, b):
    """``||a - b|| / (||a|| + ||b||)``: 0 when equal, 1 when unrelated in size or sign."""
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


def main():
    rng = np.random.default_rng(17)
    sizes, batch = [4, 16, 16, 3], 8
    params = init_params(sizes, rng)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)
    n_params = sum(p.size for p in params.values())
    print(f"network {' -> '.join(map(str, sizes))}, batch {batch}, {n_params} parameters")

    FLOPS[0] = 0
    loss, cache = mlp_forward(params, x, y)
    forward_flops = FLOPS[0]
    grads = mlp_backward(params, cache, y)
    backprop_flops = FLOPS[0]
    FLOPS[0] = 0
    numeric = central_differences(params, x, y)
    fd_flops = FLOPS[0]

    print(f"loss {loss:.4f}")
    print("backprop vs central differences, relative error per parameter:")
    for name in params:
        error = relative_error(grads[name], numeric[name])
        print(f"  {name:3s} {str(params[name].shape):8s} below 1e-7: {error < 1e-7}")
    buggy = mlp_backward(params, cache, y, bug=True)
    bug_error = relative_error(buggy["W1"], numeric["W1"])
    print(f"a bug (tanh' forgotten in layer 1): dW1 relative error {bug_error:.2f}")

    print("cost, counted in matrix-product FLOPs:")
    print(f"  one forward pass             {forward_flops:>9,d}")
    print(
        f"  backprop (forward+backward)  {backprop_flops:>9,d}"
        f"  = {backprop_flops / forward_flops:.2f} forward passes"
    )
    print(
        f"  central differences          {fd_flops:>9,d}"
        f"  = {fd_flops / forward_flops:.0f} forward passes (2 x {n_params})"
    )
    print(f"  backprop is {fd_flops / backprop_flops:.0f}x cheaper here")

    lr = 0.5
    stepped = {name: params[name] - lr * grads[name] for name in params}
    new_loss, _ = mlp_forward(stepped, x, y)
    print(f"one gradient-descent step (lr {lr}): loss {loss:.4f} -> {new_loss:.4f}")


if __name__ == "__main__":
    main()
