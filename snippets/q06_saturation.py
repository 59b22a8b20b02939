"""Activation slopes: how small they get, and how much gradient survives 20 layers."""

import math

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


def gelu_tanh(z):
    """GELU of ``z`` (any shape), tanh approximation ``0.5 z (1 + tanh(c (z + 0.044715 z**3)))``."""
    c = np.sqrt(2.0 / np.pi)
    return 0.5 * z * (1.0 + np.tanh(c * (z + 0.044715 * z**3)))


def gelu_tanh_derivative(z):
    """Derivative of the tanh-approximated GELU at ``z`` (any shape)."""
    c = np.sqrt(2.0 / np.pi)
    t = np.tanh(c * (z + 0.044715 * z**3))
    return 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t**2) * c * (1.0 + 3 * 0.044715 * z**2)


def swish(z, beta=1.0):
    """Swish ``z sigmoid(beta z)`` of ``z`` (any shape); beta = 1 is SiLU."""
    return z * sigmoid(beta * z)


def swish_derivative(z, beta=1.0):
    """Derivative ``s + beta z s (1 - s)``, ``s = sigmoid(beta z)``, of swish at ``z`` (any shape)."""
    s = sigmoid(beta * z)
    return s + beta * z * s * (1.0 - s)


def gelu_erf(z):
    """Exact GELU ``z Phi(z)`` of ``z`` (any shape), ``Phi`` the standard normal CDF."""
    return 0.5 * z * (1.0 + np.vectorize(math.erf)(z / np.sqrt(2.0)))


ACTIVATIONS = {  # name: (function, derivative)
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (np.tanh, tanh_derivative),
    "ReLU": (relu, relu_derivative),
    "GELU": (gelu_tanh, gelu_tanh_derivative),
    "SiLU": (swish, swish_derivative),
}
# Only in the depth runs: the centred sigmoid, same slope as the sigmoid, zero-mean output.
CENTRED = {"sigmoid - 1/2": (lambda z: sigmoid(z) - 0.5, sigmoid_derivative)}


def gradient_through_depth(name, depth, width, rng, gain):
    """Gradient norm reaching each layer (depth,), relative to the top; mean slope; unit offset.

    Weights ~ N(0, gain / width), no biases, 256 N(0, 1) inputs, a random gradient on the output;
    ratio k is at layer k + 1's input. Offset: std over units of their mean pre-activation.
    """
    f, df = {**ACTIVATIONS, **CENTRED}[name]
    weights = [rng.normal(0.0, np.sqrt(gain / width), (width, width)) for _ in range(depth)]
    h = rng.standard_normal((256, width))
    pre = []
    for W in weights:
        pre.append(h @ W)
        h = f(pre[-1])
    g = rng.standard_normal(h.shape)  # dL/dh at the output
    norms = [np.linalg.norm(g)]
    for W, z in zip(reversed(weights), reversed(pre), strict=True):
        g = (g * df(z)) @ W.T  # delta = g * f'(z), then back through W
        norms.append(np.linalg.norm(g))
    norms = np.array(norms[::-1])
    offset = float(np.mean([z.mean(axis=0).std() for z in pre[1:]]))
    return norms[:-1] / norms[-1], float(np.mean([df(z).mean() for z in pre])), offset


def main():
    z = np.linspace(-10.0, 10.0, 20001)  # step 0.001, contains 0
    print("Largest slope, and slopes of saturated units (GELU: tanh form; SiLU = swish)")
    print("            max f'  at z      f'(2)     f'(5)    f'(10)")
    for name, (_, df) in ACTIVATIONS.items():
        d = df(z)
        at = "z > 0" if name == "ReLU" else f"{z[d.argmax()] + 0.0:6.3f}"
        values = "  ".join(f"{v:8.2e}" for v in df(np.array([2.0, 5.0, 10.0])))
        print(f"  {name:8s} {d.max():6.4f}  {at:6s}  {values}")
    print("\nGELU and SiLU dip below zero: minimum (where f' = 0) and most negative slope")
    for name in ["GELU", "SiLU"]:
        a, d = ACTIVATIONS[name][0](z), ACTIVATIONS[name][1](z)
        print(f"  {name}: min f = {a.min():.4f} at z = {z[a.argmin()]:.3f};", end="")
        print(f" min f' = {d.min():.4f} at z = {z[d.argmin()]:.3f}")
    exact = gelu_erf(z)
    print(
        f"  exact GELU: min f = {exact.min():.4f}, max f' = {np.gradient(exact, z).max():.4f},",
        end="",
    )
    print(f" |exact - tanh form| <= {np.abs(exact - gelu_tanh(z)).max():.1e}")
    print("\nGradient norm reaching layer k of a 20-layer, 64-unit network (top = 1)")
    print("  activation, weight variance    k=0      10      19  mean f'  k=0, seeds 0-7")
    offsets = {}
    for name, gain, label in [
        ("sigmoid", 1.0, "1/fan-in (LeCun)"),
        ("sigmoid", 16.0, "16/fan-in"),
        ("sigmoid - 1/2", 16.0, "16/fan-in"),
        ("tanh", 1.0, "1/fan-in (LeCun)"),
        ("ReLU", 2.0, "2/fan-in (He)"),
        ("ReLU", 4.0, "4/fan-in"),
    ]:
        runs = [
            gradient_through_depth(name, 20, 64, np.random.default_rng(s), gain) for s in range(8)
        ]
        ratios, slope, offsets[name] = runs[1]  # seed 1 in the first four columns
        first = [r[0][0] for r in runs]
        print(
            f"  {name + ', ' + label:26s}" + "".join(f"{ratios[k]:8.1e}" for k in [0, 10, 19]),
            end="",
        )
        print(f"  {slope:7.3f}  {min(first):.1e}..{max(first):.1e}")
    sig, cen = offsets["sigmoid"], offsets["sigmoid - 1/2"]  # the 16/fan-in runs
    print(
        f"Spread over units of their mean pre-activation at 16/fan-in: {sig:.2f}, centred {cen:.2f}"
    )


if __name__ == "__main__":
    main()
