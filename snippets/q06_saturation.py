"""Activation derivatives: sigmoid' <= 1/4, tanh' <= 1, and what that does to deep gradients.

Backpropagation multiplies one activation derivative (and one weight matrix) per layer. The
program checks the analytic derivatives against central finite differences, locates their maxima,
shows how fast they vanish when a unit saturates, and then pushes a gradient down a 20-layer
network to see how much of it reaches the first layer with sigmoid, tanh and ReLU. The sigmoid is
run twice: with the usual 1/fan-in weight variance, and with weights 4 times larger, which offset
its slope of 1/4 but push its units into saturation.
"""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))``, computed without overflow.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``, values in (0, 1)

    Examples
    --------
    >>> sigmoid(np.array([0.0, 1000.0, -1000.0])).tolist()
    [0.5, 1.0, 0.0]
    """
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_derivative(z):
    """``sigmoid'(z) = sigmoid(z) (1 - sigmoid(z))``, at most 1/4 (at z = 0).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> sigmoid_derivative(np.array([0.0])).tolist()
    [0.25]
    """
    s = sigmoid(z)
    return s * (1.0 - s)


def tanh_derivative(z):
    """``tanh'(z) = 1 - tanh(z)^2``, at most 1 (at z = 0).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> tanh_derivative(np.array([0.0])).tolist()
    [1.0]
    """
    return 1.0 - np.tanh(z) ** 2


def relu(z):
    """``max(z, 0)`` element-wise.

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``
    """
    return np.maximum(z, 0.0)


def relu_derivative(z):
    """1 where ``z > 0``, else 0 (the value 0 is used at the kink z = 0).

    Parameters
    ----------
    z : ndarray, any shape

    Returns
    -------
    ndarray, shape of ``z``

    Examples
    --------
    >>> relu_derivative(np.array([-1.0, 0.0, 2.0])).tolist()
    [0.0, 0.0, 1.0]
    """
    return (z > 0).astype(float)


ACTIVATIONS = {
    "sigmoid": (sigmoid, sigmoid_derivative),
    "tanh": (np.tanh, tanh_derivative),
    "relu": (relu, relu_derivative),
}


def central_difference(f, z, eps=1e-5):
    """Numerical derivative ``(f(z + eps) - f(z - eps)) / (2 eps)`` of an element-wise function.

    Parameters
    ----------
    f : callable
        Element-wise function.
    z : ndarray, any shape
    eps : float

    Returns
    -------
    ndarray, shape of ``z``
    """
    return (f(z + eps) - f(z - eps)) / (2.0 * eps)


def gradient_through_depth(name, depth, width, rng, gain=None):
    """Norm of the gradient reaching each layer of a deep MLP, and the mean activation slope.

    Weights are drawn from N(0, gain / fan_in); by default gain = 1 for sigmoid and tanh (LeCun)
    and gain = 2 for ReLU (He). Biases are 0. A random gradient is placed on the output and
    backpropagated.

    Parameters
    ----------
    name : str
        ``"sigmoid"``, ``"tanh"`` or ``"relu"``.
    depth, width : int
        Number of layers and units per layer.
    rng : numpy.random.Generator
    gain : float or None
        Weight variance times fan-in; None for the default above.

    Returns
    -------
    ratios : ndarray, shape (depth,)
        Entry k is ``||dL/dh_k|| / ||dL/dh_depth||``, where h_k is the input of layer k + 1
        (k = 0 is the network's input).
    mean_slope : float
        Mean of the activation derivative over all units, examples and layers.
    """
    f, df = ACTIVATIONS[name]
    if gain is None:
        gain = 2.0 if name == "relu" else 1.0
    weights = [rng.normal(0.0, np.sqrt(gain / width), (width, width)) for _ in range(depth)]
    h = rng.standard_normal((256, width))
    pre = []
    for W in weights:
        z = h @ W
        pre.append(z)
        h = f(z)
    g = rng.standard_normal(h.shape)  # dL/dh at the output
    norms = [np.linalg.norm(g)]
    for W, z in zip(reversed(weights), reversed(pre), strict=True):
        g = (g * df(z)) @ W.T
        norms.append(np.linalg.norm(g))
    norms = np.array(norms[::-1])
    mean_slope = float(np.mean([df(z).mean() for z in pre]))
    return norms[:-1] / norms[-1], mean_slope


def main():
    z = np.linspace(-10.0, 10.0, 20001)  # step 0.001, contains 0
    print("Analytic derivative vs central difference on 20001 points in [-10, 10]")
    for name, (f, df) in ACTIVATIONS.items():
        away_from_kink = np.abs(z) > 1e-3
        error = np.abs(df(z) - central_difference(f, z))[away_from_kink].max()
        print(f"  {name:8s} max |analytic - numerical| < 1e-8: {error < 1e-8}")

    print("\nHow large the derivative can be, and how small it gets when the unit saturates")
    print("            max f'  at z     f'(2)     f'(5)    f'(10)")
    for name, (_, df) in ACTIVATIONS.items():
        d = df(z)
        values = df(np.array([2.0, 5.0, 10.0]))
        at = "z > 0" if name == "relu" else f"{z[d.argmax()] + 0.0:.3f}"
        print(f"  {name:8s} {d.max():6.4f}  {at:5s}  " + "  ".join(f"{v:8.2e}" for v in values))

    depth = 20
    print(f"\nGradient norm reaching layer k of a {depth}-layer, 64-unit network (top = 1)")
    columns = ["k=0", "5", "10", "15", "19", "mean f'"]
    print(f"  {'activation, weight variance':27s}" + "".join(f"{c:>9s}" for c in columns))
    runs = [
        ("sigmoid", 1.0, "1/fan-in (LeCun)"),
        ("sigmoid", 16.0, "16/fan-in"),
        ("tanh", 1.0, "1/fan-in (LeCun)"),
        ("relu", 2.0, "2/fan-in (He)"),
    ]
    for name, gain, label in runs:
        ratios, slope = gradient_through_depth(name, depth, 64, np.random.default_rng(1), gain)
        row = "".join(f"{ratios[k]:9.1e}" for k in [0, 5, 10, 15, 19])
        print(f"  {name + ', ' + label:27s}{row}  {slope:7.3f}")
    print(f"  20 sigmoid slopes alone, each at its largest: 0.25^{depth} = {0.25**depth:.1e}")


if __name__ == "__main__":
    main()
