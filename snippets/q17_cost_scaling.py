"""What a gradient costs as the network grows: backpropagation versus central differences.

For MLPs 784 -> h -> h -> 10 (batch 32) of growing width h, the program runs a real forward and
backward pass, counts their matrix-product FLOPs, and compares them with central differences,
which need exactly two forward passes per parameter. Only the first layer's input-gradient product
is skipped, so backpropagation costs 3 - (layer 1's share of the forward FLOPs) forward passes;
the program prints that share. It also counts the memory that backpropagation pays instead: the
activations it keeps from the forward pass, which grow with the batch while P does not.
"""

import numpy as np

#: FLOPs spent in matrix products so far (a multiply-add counts as 2).
FLOPS = [0]


def matmul(a, b):
    """Matrix product ``a @ b`` (shapes (m, k) and (k, n)) that adds its FLOPs to ``FLOPS``."""
    FLOPS[0] += 2 * a.shape[0] * a.shape[1] * b.shape[1]
    return a @ b


def init_params(sizes, rng):
    """``W{l}`` of shape (n_l, n_{l-1}) with variance 1/fan-in, ``b{l}`` of shape (n_l,) zero."""
    params = {}
    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        params[f"W{layer}"] = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_out, n_in))
        params[f"b{layer}"] = np.zeros(n_out)
    return params


def mlp_forward(params, x, y):
    """Mean softmax cross-entropy of a tanh MLP, and the cache the backward pass needs.

    Parameters
    ----------
    params : dict of str to ndarray
        ``W{l}`` (n_l, n_{l-1}) and ``b{l}`` (n_l,).
    x : ndarray, shape (B, n_0)
    y : ndarray of int, shape (B,)

    Returns
    -------
    loss : float
    cache : dict of str to ndarray
        ``A0..A{L-1}`` of shape (B, n_l) and the probabilities ``P`` of shape (B, n_L).
    """
    n_layers = len(params) // 2
    cache, a = {"A0": x}, x
    for layer in range(1, n_layers + 1):
        z = matmul(a, params[f"W{layer}"].T) + params[f"b{layer}"]
        if layer < n_layers:
            a = cache[f"A{layer}"] = np.tanh(z)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    cache["P"] = np.exp(log_p)
    return float(-np.mean(log_p[np.arange(len(y)), y])), cache


def mlp_backward(params, cache, y):
    """Gradient of the mean cross-entropy for every parameter (same keys and shapes)."""
    n_layers, batch = len(params) // 2, len(y)
    delta = cache["P"].copy()
    delta[np.arange(batch), y] -= 1.0
    delta /= batch
    grads = {}
    for layer in range(n_layers, 0, -1):
        a_prev = cache[f"A{layer - 1}"]
        grads[f"W{layer}"] = matmul(delta.T, a_prev)
        grads[f"b{layer}"] = delta.sum(axis=0)
        if layer > 1:
            delta = matmul(delta, params[f"W{layer}"]) * (1.0 - a_prev**2)
    return grads


def gradient_costs(width, batch=32, seed=0):
    """Count the cost of one gradient of a 784 -> width -> width -> 10 MLP both ways.

    Returns
    -------
    dict
        ``params`` (P), ``forward`` (FLOPs of one forward pass), ``first_layer`` (the part of
        ``forward`` spent in layer 1), ``backprop`` (FLOPs of forward plus backward, measured),
        ``central`` (FLOPs of 2P forward passes) and ``cached`` (floats kept from the forward
        pass for the backward pass).
    """
    rng = np.random.default_rng(seed)
    sizes = [784, width, width, 10]
    params = init_params(sizes, rng)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)
    FLOPS[0] = 0
    _, cache = mlp_forward(params, x, y)
    forward = FLOPS[0]
    mlp_backward(params, cache, y)
    n_params = sum(p.size for p in params.values())
    return {
        "params": n_params,
        "forward": forward,
        "first_layer": 2 * batch * sizes[0] * sizes[1],
        "backprop": FLOPS[0],
        "central": 2 * n_params * forward,
        "cached": sum(a.size for a in cache.values()),
    }


def cached_floats(width, batch, seed=0):
    """Floats that one forward pass of the 784 -> width -> width -> 10 MLP keeps for backprop."""
    rng = np.random.default_rng(seed)
    params = init_params([784, width, width, 10], rng)
    x = rng.normal(size=(batch, 784))
    _, cache = mlp_forward(params, x, rng.integers(0, 10, size=batch))
    return sum(a.size for a in cache.values())


def main():
    print("MLP 784 -> h -> h -> 10, batch 32; cost of ONE gradient, in forward-pass equivalents")
    print("(layer 1 = its share of the forward FLOPs; backprop = 3 - layer 1)")
    print(
        f"{'h':>5} {'parameters P':>13} {'layer 1':>8} {'backprop':>9} {'central (2P)':>13} "
        f"{'cached, B=32':>13} {'B=1024':>10}"
    )
    for width in (16, 64, 256, 1024):
        c = gradient_costs(width)
        print(
            f"{width:>5} {c['params']:>13,d} {c['first_layer'] / c['forward']:>8.2f} "
            f"{c['backprop'] / c['forward']:>9.2f} {c['central'] // c['forward']:>13,d} "
            f"{c['cached']:>13,d} {cached_floats(width, 1024):>10,d}"
        )


if __name__ == "__main__":
    main()
