"""What one gradient costs as the MLP 784 -> h -> h -> 10 (batch 32) grows: backprop vs 2P passes.

Forward and backward passes are run and their matrix-product FLOPs counted; central differences are
not run here: their cost is 2P forward passes by construction (q17_backprop_mlp.py runs and counts
them on a small network). The last columns count the floats the forward pass keeps for backprop.
"""

import numpy as np

#: FLOPs spent in matrix products so far (a multiply-add counts as 2).
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
    """Mean softmax cross-entropy of a tanh MLP on ``x`` (B, n_0); cache: ``A0..A{L-1}`` and ``P``."""
    n_layers = len(params) // 2
    cache, a = {"A0": x}, x
    for layer in range(1, n_layers + 1):
        z = matmul(a, params[f"W{layer}"]) + params[f"b{layer}"]
        if layer < n_layers:
            a = cache[f"A{layer}"] = np.tanh(z)
    z = z - z.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    cache["P"] = np.exp(log_p)
    return float(-np.mean(log_p[np.arange(len(y)), y])), cache


def deep_mlp_backward(params, cache, y):
    """Gradient of `deep_mlp_forward`'s loss for every parameter (same keys and shapes)."""
    n_layers, batch = len(params) // 2, len(y)
    delta = cache["P"].copy()
    delta[np.arange(batch), y] -= 1.0
    delta /= batch
    grads = {}
    for layer in range(n_layers, 0, -1):
        a_prev = cache[f"A{layer - 1}"]
        grads[f"W{layer}"] = matmul(a_prev.T, delta)
        grads[f"b{layer}"] = delta.sum(axis=0)
        if layer > 1:
            delta = matmul(delta, params[f"W{layer}"].T) * (1.0 - a_prev**2)
    return grads


def gradient_costs(width, batch=32, seed=0):
    """Dict: ``params`` P; FLOPs of ``forward``, of its ``first_layer``, of ``backprop`` (forward +
    backward, counted) and ``central`` (2P forward passes, computed); ``cached`` floats."""
    rng = np.random.default_rng(seed)
    sizes = [784, width, width, 10]
    params = init_params(sizes, rng)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)
    FLOPS[0] = 0
    _, cache = deep_mlp_forward(params, x, y)
    forward = FLOPS[0]
    deep_mlp_backward(params, cache, y)
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
    _, cache = deep_mlp_forward(params, x, rng.integers(0, 10, size=batch))
    return sum(a.size for a in cache.values())


def main():
    print("MLP 784 -> h -> h -> 10, batch 32; cost of ONE gradient, in forward-pass equivalents")
    print(
        "(layer 1: its share of the forward FLOPs; backprop: counted, = 3 - layer 1; central: 2P)"
    )
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
