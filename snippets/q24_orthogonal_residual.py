"""Orthogonal initialisation of deep linear layers, and scaled initialisation of residual branches.

1. A product of 50 Gaussian matrices stretches some directions far more than others; a product of
   orthogonal matrices is orthogonal, so every input keeps its norm exactly (Saxe et al., 2014).
2. In ``x <- x + branch(x)``, each He-initialised branch adds as much variance as x already has, so
   the residual stream doubles its variance per block. Scaling the branch's last layer by
   ``1/sqrt(N)`` for N blocks (GPT-2) keeps it bounded; a zero last layer starts at the identity.
"""

import numpy as np


def he_normal(fan_in, fan_out, rng):
    """He (Kaiming) normal weights (fan_in, fan_out): N(0, 2 / fan_in), for ReLU units."""
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))


def lecun_normal(fan_in, fan_out, rng):
    """LeCun normal weights (fan_in, fan_out): N(0, 1 / fan_in), for linear, tanh or SELU units."""
    return rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))


def orthogonal(n, rng):
    """A random orthogonal matrix (n, n): Q of the QR decomposition of a Gaussian matrix, with the
    signs fixed so that it is uniformly distributed."""
    Q, R = np.linalg.qr(rng.normal(size=(n, n)))
    return Q * np.sign(np.diag(R))


def norm_spread(Ws, rng, n_inputs=1000):
    """90th over 10th percentile of ``||x W_1 ... W_L|| / ||x||`` for random inputs x."""
    x = rng.normal(size=(n_inputs, Ws[0].shape[0]))
    y = x
    for W in Ws:
        y = y @ W
    ratio = np.linalg.norm(y, axis=1) / np.linalg.norm(x, axis=1)
    return np.percentile(ratio, 90) / np.percentile(ratio, 10)


def residual_rms(n_blocks, branch_scale, rng, width=128, shown=(1, 10, 25, 50)):
    """rms of the residual stream after the blocks in ``shown``, branch W2 scaled by branch_scale."""
    x, out = rng.normal(size=(200, width)), []
    for block in range(1, n_blocks + 1):
        W1, W2 = he_normal(width, width, rng), branch_scale * lecun_normal(width, width, rng)
        x = x + np.maximum(x @ W1, 0.0) @ W2
        if block in shown:
            out.append(np.sqrt(np.mean(x**2)))
    return out


def main():
    rng = np.random.default_rng(24)
    width, depth = 64, 50
    print(f"1) {depth} linear layers of width {width}: spread of output norm / input norm")
    print("   (90th / 10th percentile over 1000 random inputs; 1 means every input keeps its norm)")
    gaussian = [lecun_normal(width, width, rng) for _ in range(depth)]
    print(f"  Gaussian N(0, 1/fan_in): {norm_spread(gaussian, rng):8.2f}")
    print(
        f"  orthogonal             : {norm_spread([orthogonal(width, rng) for _ in range(depth)], rng):8.2f}"
    )

    print("2) Residual stream rms after blocks 1, 10, 25, 50 (input rms 1)")
    for name, scale in [
        ("branch as initialised", 1.0),
        ("last layer / sqrt(50)", 50**-0.5),
        ("last layer zero", 0.0),
    ]:
        rms = residual_rms(50, scale, np.random.default_rng(240))
        print(f"  {name:<22}" + "".join(f"{r:11.3g}" for r in rms))


if __name__ == "__main__":
    main()
