"""Training vs validation error as polynomial degree grows: the U-curve."""

import numpy as np
from numpy.polynomial import legendre  # well conditioned on [-1, 1]

NOISE_SD, N_TRAIN, N_SETS = 0.3, 20, 1000


def poly_mse(coef, x, y):
    """MSE per set: coef (degree + 1, sets), x (n,), y (sets, n) or (n,)."""
    pred = legendre.legvander(x, len(coef) - 1) @ coef  # shape (n, sets)
    return np.mean((pred.T - y) ** 2, axis=-1)


def capacity_curve(rng, degrees=range(16)):
    """Mean training and validation MSE over N_SETS least-squares fits."""
    x_tr = np.linspace(-1.0, 1.0, N_TRAIN)  # the same inputs in every set
    noise = rng.normal(0.0, NOISE_SD, (N_SETS, N_TRAIN))  # fresh in each
    y_tr = np.sin(np.pi * x_tr) + noise
    x_va = rng.uniform(-1.0, 1.0, 2000)  # validation: 2000 new points
    y_va = np.sin(np.pi * x_va) + rng.normal(0.0, NOISE_SD, 2000)
    fits = [legendre.legfit(x_tr, y_tr.T, d) for d in degrees]  # all sets
    train = np.array([poly_mse(coef, x_tr, y_tr).mean() for coef in fits])
    val = np.array([poly_mse(coef, x_va, y_va).mean() for coef in fits])
    return train, val, np.mean(noise**2)  # the true curve's train MSE


def main():
    train, val, truth = capacity_curve(np.random.default_rng(0))
    print(f"means over {N_SETS} training sets of {N_TRAIN} points")
    print("degree  train MSE  val MSE")
    for d in range(16):
        mark = "  <- lowest validation error" if d == np.argmin(val) else ""
        print(f"{d:6d}  {train[d]:9.4f}  {val[d]:7.4f}{mark}")
    print(f"the true curve: train MSE {truth:.4f} (noise variance 0.09)")


if __name__ == "__main__":
    main()
