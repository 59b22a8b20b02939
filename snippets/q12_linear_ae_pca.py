"""A linear autoencoder learns PCA's subspace but not its axes; without a bottleneck it copies."""

import numpy as np


def make_data(rng, n=600, d=10, variances=(9.0, 4.0, 2.0), noise=0.1):
    """Centred data (n, d): a few strong directions in a random orientation, weak noise elsewhere."""
    spectrum = np.full(d, noise)
    spectrum[: len(variances)] = variances
    basis, _ = np.linalg.qr(rng.normal(size=(d, d)))
    X = rng.normal(size=(n, d)) * np.sqrt(spectrum) @ basis.T
    return X - X.mean(axis=0)


def loss(W_enc, W_dec, X):
    """Mean over the rows of X (n, d) of ||x - W_dec W_enc x||^2; W_enc (k, d), W_dec (d, k)."""
    R = X @ W_enc.T @ W_dec.T - X
    return float(np.sum(R**2) / len(X))


def loss_grad(W_enc, W_dec, X):
    """Gradients of `loss` with respect to W_enc (k, d) and W_dec (d, k)."""
    H = X @ W_enc.T  # codes, (n, k)
    R = H @ W_dec.T - X  # residuals, (n, d)
    return 2 * W_dec.T @ R.T @ X / len(X), 2 * R.T @ H / len(X)


def train(X, W_enc, W_dec, steps=3000, lr=0.02):
    """Full-batch gradient descent from (W_enc, W_dec); returns new arrays (k, d) and (d, k)."""
    for _ in range(steps):
        g_enc, g_dec = loss_grad(W_enc, W_dec, X)
        W_enc, W_dec = W_enc - lr * g_enc, W_dec - lr * g_dec
    return W_enc, W_dec


def imbalance(W_enc, W_dec):
    """W_enc W_enc^T - W_dec^T W_dec, shape (k, k): constant along the gradient flow of `loss`."""
    return W_enc @ W_enc.T - W_dec.T @ W_dec


def principal_angles_deg(A, B):
    """Principal angles in degrees, ascending, between the column spaces of A and B (d, k)."""
    qa, _ = np.linalg.qr(A)
    qb, _ = np.linalg.qr(B)
    cosines = np.clip(np.linalg.svd(qa.T @ qb, compute_uv=False), -1.0, 1.0)
    return np.sort(np.degrees(np.arccos(cosines)))


def fmt(values, digits):
    """Comma-separated fixed-precision numbers."""
    return ", ".join(f"{v:.{digits}f}" for v in values)


def main():
    rng = np.random.default_rng(12)
    X = make_data(rng)
    d, k = X.shape[1], 3
    _, s, Vt = np.linalg.svd(X, full_matrices=False)
    pcs = Vt[:k].T  # (d, k): PCA's axes

    start = (0.1 * rng.normal(size=(k, d)), 0.1 * rng.normal(size=(d, k)))
    W_enc, W_dec = train(X, *start)
    print(f"code size k = {k}, input size d = {d}, n = {len(X)}")
    print(
        f"reconstruction MSE: autoencoder {loss(W_enc, W_dec, X):.4f}, PCA {s[k:] @ s[k:] / len(X):.4f}"
    )
    print(
        f"principal angles, decoder columns vs PCA subspace (deg): {fmt(principal_angles_deg(W_dec, pcs), 3)}"
    )
    print(f"||W_dec W_enc - P_pca||_F = {np.linalg.norm(W_dec @ W_enc - pcs @ pcs.T):.4f}")

    # the subspace is PCA's, the basis is not: each decoder column mixes several axes ...
    unit = W_dec / np.linalg.norm(W_dec, axis=0)
    nearest = np.degrees(np.arccos(np.clip(np.abs(unit.T @ pcs).max(axis=1), -1.0, 1.0)))
    print(f"angle of each decoder column to its nearest principal axis (deg): {fmt(nearest, 1)}")
    # ... but only by a rotation: the columns are nearly orthonormal
    gram = W_dec.T @ W_dec
    off = np.abs(gram - np.diag(np.diag(gram))).max()
    print(
        f"W_dec^T W_dec: diagonal {fmt(np.diag(gram), 3)}; largest off-diagonal |entry| {off:.3f}"
    )
    before, after = np.linalg.norm(imbalance(*start)), np.linalg.norm(imbalance(W_enc, W_dec))
    print(f"||W_enc W_enc^T - W_dec^T W_dec||_F: start {before:.3f}, end {after:.3f}")

    print()
    W_enc, W_dec = train(
        X, 0.1 * rng.normal(size=(d, d)), 0.1 * rng.normal(size=(d, d)), steps=6000
    )
    print(f"no bottleneck (k = d = {d}):")
    print(f"  reconstruction MSE: {loss(W_enc, W_dec, X):.4f}")
    print(
        f"  ||W_dec W_enc - I||_F = {np.linalg.norm(W_dec @ W_enc - np.eye(d)):.4f}  (it learned to copy)"
    )


if __name__ == "__main__":
    main()
