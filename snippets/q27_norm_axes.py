"""Batch norm, layer norm and RMSNorm on one batch: which axis each one normalises."""

import numpy as np


def batch_norm_forward(X, gamma, beta, eps=1e-5):
    """Batch normalisation of ``X`` (n, d), training mode (batch statistics): ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=0) + eps)  # np.var subtracts the mean first: no cancellation
    X_hat = (X - X.mean(axis=0)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def layer_norm_forward(X, gamma, beta, eps=1e-5):
    """Layer normalisation of ``X`` (n, d), statistics over the last axis: ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=-1, keepdims=True) + eps)
    X_hat = (X - X.mean(axis=-1, keepdims=True)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def rms_norm_forward(X, gamma, eps=1e-6):
    """RMS normalisation ``gamma X / sqrt(mean(X**2) + eps)`` of ``X`` (n, d), over the last axis."""
    rms = np.sqrt(np.mean(X**2, axis=-1, keepdims=True) + eps)
    X_hat = X / rms
    return gamma * X_hat, (X_hat, gamma, rms)


np.set_printoptions(precision=3, floatmode="fixed")
rng = np.random.default_rng(0)
X = rng.normal(3.0, 2.0, size=(4, 3))  # 4 examples (rows) of 3 features (columns)
B = batch_norm_forward(X, 1.0, 0.0)[0]  # gamma = 1, beta = 0: the normalisation alone
L = layer_norm_forward(X, 1.0, 0.0)[0]
R = rms_norm_forward(X, 1.0)[0]
for name, Y, axis in (("batch norm", B, 0), ("layer norm", L, 1), ("RMSNorm", R, 1)):
    over = "column" if axis == 0 else "row"
    print(f"{name + ', ' + over + ' means:':<26}", np.round(Y.mean(axis=axis), 3) + 0.0)
    print(f"{name + ', ' + over + ' RMS:':<26}", np.round(np.sqrt(np.mean(Y**2, axis=axis)), 3))
X_mates = np.vstack([X[:1], 10.0 * X[1:]])  # example 0 again, with other batch-mates
print("example 0 by batch norm: ", B[0], "->", batch_norm_forward(X_mates, 1.0, 0.0)[0][0])
print("example 0 by layer norm: ", L[0], "->", layer_norm_forward(X_mates, 1.0, 0.0)[0][0])
