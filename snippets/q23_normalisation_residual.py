"""What normalisation and residual connections do to the gradient of a deep stack."""

import numpy as np


def batch_norm_forward(X, gamma, beta, eps=1e-5):
    """Batch normalisation of ``X`` (n, d), training mode (batch statistics): ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=0) + eps)  # np.var subtracts the mean first: no cancellation
    X_hat = (X - X.mean(axis=0)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def batch_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma, dbeta)`` of `batch_norm_forward` from ``dY`` (n, d)."""
    X_hat, gamma, std = cache
    dX_hat = dY * gamma
    # Each row's mean and variance depend on every row: the two means remove those paths.
    dX = (dX_hat - dX_hat.mean(axis=0) - X_hat * (dX_hat * X_hat).mean(axis=0)) / std
    return dX, (dY * X_hat).sum(axis=0), dY.sum(axis=0)


def layer_norm_forward(X, gamma, beta, eps=1e-5):
    """Layer normalisation of ``X`` (n, d), statistics over the last axis: ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=-1, keepdims=True) + eps)
    X_hat = (X - X.mean(axis=-1, keepdims=True)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def layer_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma, dbeta)`` of `layer_norm_forward` from ``dY`` (n, d)."""
    X_hat, gamma, std = cache
    dX_hat = dY * gamma
    mean = dX_hat.mean(axis=-1, keepdims=True)
    dX = (dX_hat - mean - X_hat * (dX_hat * X_hat).mean(axis=-1, keepdims=True)) / std
    return dX, (dY * X_hat).sum(axis=0), dY.sum(axis=0)


def tanh_derivative(z):
    """Derivative ``1 - tanh(z)**2`` of tanh at ``z`` (any shape), at most 1."""
    # sech(z)**2 written with exp(-2|z|): cosh(z) would overflow, and 1 - tanh(z)**2 cancels.
    e = np.exp(-2.0 * np.abs(z))
    return 4.0 * e / (1.0 + e) ** 2


def relu(z):
    """Rectified linear unit ``max(z, 0)`` of ``z`` (any shape)."""
    return np.maximum(z, 0.0)


def relu_derivative(z):
    """Derivative of ReLU at ``z`` (any shape): 1 where z > 0, else 0 (0 at the kink, as PyTorch)."""
    return np.where(z > 0, 1.0, 0.0)


ACTIVATIONS = {"tanh": (np.tanh, tanh_derivative), "ReLU": (relu, relu_derivative)}
NORMS = {
    "none": None,
    "layer norm": (layer_norm_forward, layer_norm_backward),
    "batch norm": (batch_norm_forward, batch_norm_backward),
}


def normed_stack_input_grad(x, g, Ws, activation, norm, residual=False, branch_scale=1.0):
    """Layers h <- f(N(h W)), or h + branch_scale f(N(h W)), on x (n, d); g (n, d) carried back.

    N is the normalisation named by ``norm`` (unit gain, zero shift); returns the input gradient.
    """
    f, f_prime = ACTIVATIONS[activation]
    d = x.shape[1]
    caches = []
    for W in Ws:
        z, cache = (
            (x @ W, None) if NORMS[norm] is None else NORMS[norm][0](x @ W, np.ones(d), np.zeros(d))
        )
        caches.append((z, cache))
        x = x + branch_scale * f(z) if residual else f(z)
    for W, (z, cache) in zip(reversed(Ws), reversed(caches), strict=True):
        t = branch_scale * g * f_prime(z) if residual else g * f_prime(z)
        if cache is not None:
            t = NORMS[norm][1](t, cache)[0]
        g = g + t @ W.T if residual else t @ W.T
    return g


def ratio(x, g_out, Ws, *args, **kwargs):
    """Norm of the input gradient over the norm of the output gradient, as a float."""
    g_in = normed_stack_input_grad(x, g_out, Ws, *args, **kwargs)
    return float(np.linalg.norm(g_in) / np.linalg.norm(g_out))


def main():
    d, n = 64, 16
    rng = np.random.default_rng(0)
    x, g_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))

    def weights(w, depth):
        return [rng.normal(0.0, w / np.sqrt(d), (d, d)) for _ in range(depth)]

    print("1. Plain stack, 50 layers, normalisation after each W: gradient ratio")
    print("  activation  normalisation       w=0.25        w=1.0        w=4.0")
    for activation in ("tanh", "ReLU"):
        for norm in NORMS:
            row = "".join(
                f"{ratio(x, g_out, weights(w, 50), activation, norm):13.3e}"
                for w in (0.25, 1.0, 4.0)
            )
            print(f"  {activation:<10}  {norm:<14}{row}")

    print("\n2. Residual stack h + s tanh(N(h W)), w=2.0: gradient ratio by depth")
    print("  variant                              depth 10     depth 50    depth 200")
    variants = (
        ("plain, batch norm (no skip)", dict(norm="batch norm")),
        ("residual, no normalisation", dict(norm="none", residual=True)),
        ("residual, s = 1/sqrt(depth)", dict(norm="none", residual=True, scale=True)),
        ("residual, batch norm in branch", dict(norm="batch norm", residual=True)),
    )
    for label, v in variants:
        row = ""
        for depth in (10, 50, 200):
            s = 1.0 / np.sqrt(depth) if v.get("scale") else 1.0
            r = ratio(x, g_out, weights(2.0, depth), "tanh", v["norm"], v.get("residual", False), s)
            row += f"{r:13.3e}"
        print(f"  {label:<35}{row}")


if __name__ == "__main__":
    main()
