"""A linear autoencoder trained by gradient descent finds PCA's subspace."""

import numpy as np


def loss(W_enc, W_dec, X):
    """Mean of ||x - W_dec W_enc x||^2 over the rows x of X (n, d)."""
    R = X @ W_enc.T @ W_dec.T - X
    return float(np.sum(R**2) / len(X))


def loss_grad(W_enc, W_dec, X):
    """Gradients of `loss` with respect to W_enc (k, d) and W_dec (d, k)."""
    H = X @ W_enc.T  # codes, (n, k)
    R = H @ W_dec.T - X  # residuals, (n, d)
    return 2 * W_dec.T @ R.T @ X / len(X), 2 * R.T @ H / len(X)


if __name__ == "__main__":
    rng = np.random.default_rng(12)
    n, d, k = 600, 10, 3
    variances = np.array([9.0, 4.0, 2.0] + [0.1] * (d - 3))  # 3 strong axes
    basis, _ = np.linalg.qr(rng.normal(size=(d, d)))  # in a random orientation
    X = rng.normal(size=(n, d)) * np.sqrt(variances) @ basis.T
    X -= X.mean(axis=0)  # centred data, rows are examples

    W_enc, W_dec = 0.1 * rng.normal(size=(k, d)), 0.1 * rng.normal(size=(d, k))
    for step in range(1, 3001):
        g_enc, g_dec = loss_grad(W_enc, W_dec, X)
        W_enc, W_dec = W_enc - 0.02 * g_enc, W_dec - 0.02 * g_dec
        if step in (10, 100, 1000, 3000):
            print(f"step {step:4d}: MSE {loss(W_enc, W_dec, X):.4f}")

    _, s, Vt = np.linalg.svd(X, full_matrices=False)  # PCA axes: rows of Vt
    print(f"PCA (SVD): MSE {np.sum(s[k:] ** 2) / n:.4f}")
    Q, _ = np.linalg.qr(W_dec)  # orthonormal basis of W_dec's columns
    cosines = np.clip(np.linalg.svd(Q.T @ Vt[:k].T, compute_uv=False), -1, 1)
    angles = ", ".join(f"{a:.3f}" for a in np.degrees(np.arccos(cosines)))
    print(f"angles, decoder's column space vs PCA's subspace: {angles} degrees")
