"""Activation size through 50 ReLU layers under five initialisations."""

import numpy as np


def lecun_normal(fan_in, fan_out, rng):
    """LeCun normal weights (fan_in, fan_out): N(0, 1 / fan_in), for linear, tanh or SELU units."""
    return rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))


def glorot_uniform(fan_in, fan_out, rng):
    """Glorot uniform weights (fan_in, fan_out): U(-a, a), ``a = sqrt(6 / (fan_in + fan_out))``."""
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-limit, limit, (fan_in, fan_out))


def he_normal(fan_in, fan_out, rng):
    """He (Kaiming) normal weights (fan_in, fan_out): N(0, 2 / fan_in), for ReLU units."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))


inits = {
    "zeros": lambda n, m, rng: np.zeros((n, m)),
    "N(0, 0.01^2)": lambda n, m, rng: rng.normal(0.0, 0.01, (n, m)),
    "LeCun 1/fan_in": lecun_normal,
    "Glorot 2/(in+out)": glorot_uniform,
    "He 2/fan_in": he_normal,
}
width, depth, layers_shown = 256, 50, [1, 10, 25, 50]
print(f"rms of the activations after layer {layers_shown} (width {width}, ReLU, input rms 1)")
for name, init in inits.items():
    rng = np.random.default_rng(24)
    a, rms = rng.normal(size=(200, width)), []
    for _ in range(depth):
        a = np.maximum(a @ init(width, width, rng), 0.0)  # a dense layer and ReLU, no bias
        rms.append(np.sqrt(np.mean(a**2)))
    print(f"  {name:<18}" + "".join(f"{rms[k - 1]:11.3g}" for k in layers_shown))
