"""Backpropagation through a 4 -> 16 -> 16 -> 3 tanh MLP: checked entry by entry, and its cost.

It checks every parameter's gradient against central differences, shows that the check catches a
forgotten tanh derivative, counts the matrix-product FLOPs of both methods, and hands the gradient
to gradient descent, a separate step.
"""

import numpy as np

#: FLOPs spent in matrix products (a multiply-add counts as 2); element-wise work is O(width).
FLOPS = [0]


def matmul(a, b):
    """Matrix product ``a @ b`` (shapes (m, k) and (k, n)) that adds its FLOPs to ``FLOPS``."""
    FLOPS[0] += 2 * a.shape[0] * a.shape[1] * b.shape[1]
    return a @ b


def init_params(sizes, rng):
    """``W{l}`` (n_{l-1}, n_l) with variance 1/fan-in and ``b{l}`` (n_l,) zero, for widths ``sizes``."""
    params = {}
    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        params[f"W{layer}"] = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_out))
        params[f"b{layer}"] = np.zeros(n_out)
    return params


def deep_mlp_forward(params, x, y):
    """Mean softmax cross-entropy of a tanh MLP on ``x`` (B, n_0), labels ``y`` (B,); and the cache.

    The cache holds the inputs ``A0..A{L-1}`` of every layer, (B, n_l), and the probabilities ``P``.
    """
    n_layers = len(params) // 2
    cache = {"A0": x}
    a = x
    for layer in range(1, n_layers + 1):
        z = matmul(a, params[f"W{layer}"]) + params[f"b{layer}"]
        if layer < n_layers:
            a = np.tanh(z)
            cache[f"A{layer}"] = a
    z = z - z.max(axis=1, keepdims=True)  # subtracting a constant changes no probability
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))  # log-softmax: never log(0)
    cache["P"] = np.exp(log_p)
    loss = -np.mean(log_p[np.arange(len(y)), y])
    return float(loss), cache


def deep_mlp_backward(params, cache, y, bug=False):
    """Gradient of `deep_mlp_forward`'s loss for every parameter (same keys and shapes).

    ``bug=True`` forgets the tanh derivative of the first hidden layer, a classic mistake.
    """
    n_layers = len(params) // 2
    batch = len(y)
    delta = cache["P"].copy()  # dL/dZ_L = (P - onehot(y)) / B for softmax + cross-entropy
    delta[np.arange(batch), y] -= 1.0
    delta /= batch
    grads = {}
    for layer in range(n_layers, 0, -1):
        a_prev = cache[f"A{layer - 1}"]
        grads[f"W{layer}"] = matmul(a_prev.T, delta)
        grads[f"b{layer}"] = delta.sum(axis=0)
        if layer > 1:  # the gradient with respect to the data x is not needed here
            da = matmul(delta, params[f"W{layer}"].T)
            delta = da if (bug and layer == 2) else da * (1.0 - a_prev**2)
    return grads


def central_differences(params, x, y, eps=1e-6):
    """Gradient by central differences, two forward passes per parameter (same keys and shapes)."""
    grads = {}
    for name, value in params.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            old = value[index]
            value[index] = old + eps
            up, _ = deep_mlp_forward(params, x, y)
            value[index] = old - eps
            down, _ = deep_mlp_forward(params, x, y)
            value[index] = old
            grad[index] = (up - down) / (2 * eps)
        grads[name] = grad
    return grads


def relative_error(a, b):
    """``||a - b|| / (||a|| + ||b||)``: 0 when equal, 1 when ``b = -a``."""
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
    loss, cache = deep_mlp_forward(params, x, y)
    forward_flops = FLOPS[0]
    grads = deep_mlp_backward(params, cache, y)
    backprop_flops = FLOPS[0]
    FLOPS[0] = 0
    numeric = central_differences(params, x, y)
    fd_flops = FLOPS[0]

    print(f"loss {loss:.4f}")
    print("backprop vs central differences, relative error per parameter array:")
    for name in params:
        error = relative_error(grads[name], numeric[name])
        print(f"  {name:3s} {str(params[name].shape):8s} below 1e-7: {error < 1e-7}")
    buggy = deep_mlp_backward(params, cache, y, bug=True)
    bug_error = relative_error(buggy["W1"], numeric["W1"])
    print(f"a bug (tanh' forgotten in layer 1): dW1 relative error {bug_error:.2f}")
    failing = [name for name in params if relative_error(buggy[name], numeric[name]) >= 1e-7]
    print(f"  the per-array check locates it: only {' and '.join(failing)} fail")

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
    new_loss, _ = deep_mlp_forward(stepped, x, y)
    print(f"one gradient-descent step (lr {lr}): loss {loss:.4f} -> {new_loss:.4f}")


if __name__ == "__main__":
    main()
