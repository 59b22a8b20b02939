"""Training vs validation error as the polynomial degree grows: the U-shaped curve of overfitting."""

import numpy as np
from numpy.polynomial import legendre  # Legendre basis: well conditioned on [-1, 1]

NOISE_SD, N_TRAIN, N_SETS = 0.3, 20, 1000


def mse(coef, x, y):
    """Mean squared error per training set: coef (degree + 1, sets), x (n,), y (sets, n) or (n,)."""
    pred = legendre.legvander(x, len(coef) - 1) @ coef  # shape (n, sets)
    return np.mean((pred.T - y) ** 2, axis=-1)


def capacity_curve(rng, degrees=range(16)):
    """Mean training and validation MSE over N_SETS training sets, one value per degree."""
    x_tr = np.linspace(-1.0, 1.0, N_TRAIN)  # the same 20 inputs in every training set
    y_tr = np.sin(np.pi * x_tr) + rng.normal(0.0, NOISE_SD, (N_SETS, N_TRAIN))  # fresh noise
    x_va = rng.uniform(-1.0, 1.0, 2000)  # validation: 2000 new points
    y_va = np.sin(np.pi * x_va) + rng.normal(0.0, NOISE_SD, 2000)
    train, val = [], []
    for d in degrees:
        coef = legendre.legfit(x_tr, y_tr.T, d)  # least squares, all training sets at once
        train.append(mse(coef, x_tr, y_tr).mean())
        val.append(mse(coef, x_va, y_va).mean())
    return np.array(train), np.array(val), np.mean((np.sin(np.pi * x_tr) - y_tr) ** 2)


def main():
    train, val, truth = capacity_curve(np.random.default_rng(0))
    print(f"mean over {N_SETS} training sets of {N_TRAIN} points; noise variance {NOISE_SD**2:.2f}")
    print("degree  train MSE  val MSE")
    for d in range(16):
        mark = "  <- lowest validation error" if d == np.argmin(val) else ""
        print(f"{d:6d}  {train[d]:9.4f}  {val[d]:7.4f}{mark}")
    print(f"the true curve sin(pi x) itself: train MSE {truth:.4f}")


if __name__ == "__main__":
    main()
