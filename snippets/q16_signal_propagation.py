"""What happens to the signal during a forward pass through a deep ReLU network.

The same 30-layer, 256-wide ReLU network is run forward on the same batch three times, with the
weights drawn at three scales. The spread (standard deviation) of the activations shrinks to
nothing, blows up, or stays put, depending only on that scale: the forward pass multiplies the
signal by every layer in turn, so a per-layer factor compounds exponentially with depth.
"""

import numpy as np


def activation_stds(weight_std, depth=30, width=256, batch=128, seed=0):
    """Standard deviation of the activations after each layer of a ReLU MLP.

    Parameters
    ----------
    weight_std : float or callable
        Standard deviation of the N(0, s^2) weights, or a function of the fan-in returning it.
    depth, width, batch : int
        Number of layers, units per layer, examples (inputs are N(0, 1), shape (batch, width)).
    seed : int
        The same seed gives the same inputs and the same weight directions for every scale.

    Returns
    -------
    ndarray, shape (depth,)
        ``std(A_l)`` for l = 1..depth.

    Examples
    --------
    >>> activation_stds(lambda n: np.sqrt(2.0 / n), depth=3, width=64, batch=64).shape
    (3,)
    """
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(batch, width))
    stds = np.empty(depth)
    for layer in range(depth):
        std = weight_std(width) if callable(weight_std) else weight_std
        w = rng.normal(0.0, 1.0, size=(width, width)) * std
        a = np.maximum(a @ w.T, 0.0)  # biases are zero at initialisation
        stds[layer] = a.std()
    return stds


def main():
    scales = {
        "N(0, 0.01^2)": 0.01,
        "N(0, 1)": 1.0,
        "He: N(0, 2/fan_in)": lambda n: np.sqrt(2.0 / n),
    }
    layers = (1, 5, 10, 20, 30)
    print("std of the activations after layer l (30 ReLU layers of width 256)")
    print(f"{'weights':20s}" + "".join(f"{'l=' + str(k):>10s}" for k in layers))
    for name, scale in scales.items():
        stds = activation_stds(scale)
        print(f"{name:20s}" + "".join(f"{stds[k - 1]:>10.1e}" for k in layers))


if __name__ == "__main__":
    main()
