"""Why gradients vanish or explode: the product of layer Jacobians, its singular values, and
how the activation and the initialisation set each factor."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(z):
    """Derivative ``sigmoid(z) (1 - sigmoid(z))`` of the sigmoid at ``z`` (any shape), at most 1/4."""
    # The same product written with exp(-|z|): no overflow, and no cancellation in 1 - sigmoid(z).
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


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


def lecun_normal(fan_in, fan_out, rng):
    """LeCun normal weights (fan_in, fan_out): N(0, 1 / fan_in), for linear, tanh or SELU units."""
    return rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))


def he_normal(fan_in, fan_out, rng):
    """He (Kaiming) normal weights (fan_in, fan_out): N(0, 2 / fan_in), for ReLU units."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))


ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (np.tanh, tanh_derivative),
    "ReLU": (relu, relu_derivative),
}


def plain_stack_input_grad(x, g, Ws, activation):
    """Layers h <- f(h W) on x (n, d); g (n, d) carried back to the input.

    Returns the input gradient (n, d), the mean slope f'(z) over all layers, and the per-layer
    Jacobians diag(f'(z)) W^T of example 0 (a list of (d, d) arrays, output layer first).
    """
    f, f_prime = ACTIVATIONS[activation]
    zs = []
    for W in Ws:
        zs.append(x @ W)
        x = f(zs[-1])
    jacobians = []
    for W, z in zip(reversed(Ws), reversed(zs), strict=True):
        jacobians.append(f_prime(z[0])[:, None] * W.T)  # row vector: g_in = g_out @ J
        g = (g * f_prime(z)) @ W.T
    return g, float(np.mean([f_prime(z).mean() for z in zs])), jacobians


def gradient_ratio(g_in, g_out):
    """Norm of the input gradient over the norm of the output gradient, as a float."""
    return float(np.linalg.norm(g_in) / np.linalg.norm(g_out))


def main():
    d, n, depth = 64, 16, 50
    rng = np.random.default_rng(0)
    x, g_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))

    print(f"1. Singular values: {depth} tanh layers, weights N(0, w^2/{d}), example 0")
    print("    w   mean sigma_max   bound prod(sigma_max)   |prod J|_2   gradient ratio")
    for w in (0.5, 1.0, 2.0):
        Ws = [rng.normal(0.0, w / np.sqrt(d), (d, d)) for _ in range(depth)]
        g_in, _, jacobians = plain_stack_input_grad(x, g_out, Ws, "tanh")
        sigma_max = np.array([np.linalg.norm(J, 2) for J in jacobians])
        product = np.eye(d)
        for J in jacobians:  # output layer first, as the gradient travels
            product = product @ J
        print(
            f"  {w:.1f}{sigma_max.mean():13.3f}{np.prod(sigma_max):20.3e}"
            f"{np.linalg.norm(product, 2):17.3e}{gradient_ratio(g_in, g_out):15.3e}"
        )

    print(f"\n2. Activation and initialisation: {depth} layers of width {d}")
    print("  activation  initialisation   mean slope   gradient ratio")
    for activation, init in (
        ("sigmoid", lecun_normal),
        ("tanh", lecun_normal),
        ("ReLU", lecun_normal),
        ("ReLU", he_normal),
    ):
        Ws = [init(d, d, rng) for _ in range(depth)]
        g_in, slope, _ = plain_stack_input_grad(x, g_out, Ws, activation)
        name = init.__name__
        print(f"  {activation:<10}  {name:<15}{slope:11.3f}{gradient_ratio(g_in, g_out):17.3e}")
    print("  ReLU mean-field prediction (expected squared norm x1/2 or x1 per layer):")
    print(f"  lecun_normal {0.5 ** (depth / 2):.1e}, he_normal 1; above: one network of width {d}")


if __name__ == "__main__":
    main()
