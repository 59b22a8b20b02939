"""A linear autoencoder trained by gradient descent learns the principal subspace (PCA), not the
principal axes; without a bottleneck it learns the identity and nothing else.

Data: 600 points in 10 dimensions whose variance lies mostly in a 3-dimensional subspace. The
autoencoder x -> W_dec @ (W_enc @ x) with a code of size 3 is trained on the mean squared
reconstruction error from a small random start. Baldi and Hornik (1989) proved that the minimum of
this loss projects onto the span of the top principal components (every other critical point is a
saddle); the program measures the angles between the learned decoder's column space and the PCA
subspace computed by the SVD. The loss cannot tell W_dec A^-1 and A W_enc from W_dec and W_enc for
any invertible A, but gradient descent keeps W_enc W_enc^T - W_dec^T W_dec nearly constant (exactly,
in continuous time); from a small start it stays small, which makes W_dec^T W_dec close to I at
the minimum. The freedom left in practice is (nearly) a rotation within the principal subspace.
"""

import numpy as np


def make_data(rng, n=600, variances=(9.0, 4.0, 2.0), noise=0.1, dim=10):
    """Centred data with a few strong directions in a random orientation.

    Returns
    -------
    ndarray, shape (n, dim)
        Rows are examples; column means are zero.
    """
    spectrum = np.full(dim, noise)
    spectrum[: len(variances)] = variances
    basis, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    X = rng.normal(size=(n, dim)) * np.sqrt(spectrum) @ basis.T
    return X - X.mean(axis=0)


def reconstruction_loss(W_enc, W_dec, X):
    """Mean over examples of ``||x - W_dec W_enc x||^2``.

    Parameters
    ----------
    W_enc : ndarray, shape (k, d)
    W_dec : ndarray, shape (d, k)
    X : ndarray, shape (n, d)
    """
    residual = X @ W_enc.T @ W_dec.T - X
    return float(np.sum(residual**2) / len(X))


def reconstruction_loss_grad(W_enc, W_dec, X):
    """Gradients of `reconstruction_loss` with respect to ``W_enc`` and ``W_dec``.

    Returns
    -------
    grad_enc : ndarray, shape (k, d)
    grad_dec : ndarray, shape (d, k)
    """
    codes = X @ W_enc.T  # (n, k)
    residual = codes @ W_dec.T - X  # (n, d)
    scale = 2.0 / len(X)
    return scale * W_dec.T @ residual.T @ X, scale * residual.T @ codes


def init_weights(rng, k, d, scale=0.1):
    """Small random start: ``W_enc`` of shape (k, d) and ``W_dec`` of shape (d, k)."""
    return scale * rng.normal(size=(k, d)), scale * rng.normal(size=(d, k))


def imbalance(W_enc, W_dec):
    """``W_enc W_enc^T - W_dec^T W_dec``, shape (k, k), conserved by gradient flow on the loss."""
    return W_enc @ W_enc.T - W_dec.T @ W_dec


def train(X, k, rng, steps=3000, lr=0.02, start=None):
    """Full-batch gradient descent from a small random start (or from ``start``).

    Returns
    -------
    W_enc : ndarray, shape (k, d)
    W_dec : ndarray, shape (d, k)
    """
    d = X.shape[1]
    W_enc, W_dec = init_weights(rng, k, d) if start is None else start
    W_enc, W_dec = W_enc.copy(), W_dec.copy()
    for _ in range(steps):
        grad_enc, grad_dec = reconstruction_loss_grad(W_enc, W_dec, X)
        W_enc -= lr * grad_enc
        W_dec -= lr * grad_dec
    return W_enc, W_dec


def principal_angles_deg(A, B):
    """Principal angles (degrees) between the column spaces of A (d, k) and B (d, k), ascending."""
    qa, _ = np.linalg.qr(A)
    qb, _ = np.linalg.qr(B)
    cosines = np.clip(np.linalg.svd(qa.T @ qb, compute_uv=False), -1.0, 1.0)
    return np.sort(np.degrees(np.arccos(cosines)))


def main():
    rng = np.random.default_rng(12)
    X = make_data(rng)
    k = 3

    _, singular_values, Vt = np.linalg.svd(X, full_matrices=False)
    pcs = Vt[:k].T  # (d, k) top principal directions
    pca_loss = float(np.sum(singular_values[k:] ** 2) / len(X))

    start = init_weights(rng, k, X.shape[1])
    W_enc, W_dec = train(X, k, rng, start=start)
    ae_loss = reconstruction_loss(W_enc, W_dec, X)
    print(f"code size k = {k}, input size d = {X.shape[1]}, n = {len(X)}")
    print(f"reconstruction MSE  autoencoder: {ae_loss:.4f}   PCA (SVD): {pca_loss:.4f}")
    angles = principal_angles_deg(W_dec, pcs)
    print(
        "principal angles, decoder columns vs PCA subspace (deg): "
        + ", ".join(f"{a:.3f}" for a in angles)
    )
    projection = pcs @ pcs.T
    print(f"||W_dec W_enc - P_pca||_F = {np.linalg.norm(W_dec @ W_enc - projection):.4f}")

    # the subspace is right, the basis is not: decoder columns are mixtures of the PCs
    unit = W_dec / np.linalg.norm(W_dec, axis=0)
    cos = np.abs(unit.T @ pcs).max(axis=1)
    print(
        "angle of each decoder column to its nearest PC (deg): "
        + ", ".join(f"{a:.1f}" for a in np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))))
    )
    # ... but only by a rotation: the decoder columns are (nearly) orthonormal
    gram = W_dec.T @ W_dec
    off_diagonal = np.abs(gram - np.diag(np.diag(gram))).max()
    print(
        "W_dec^T W_dec: diagonal "
        + ", ".join(f"{g:.3f}" for g in np.diag(gram))
        + f"; largest off-diagonal |entry| {off_diagonal:.3f}"
    )
    print(
        f"||W_enc W_enc^T - W_dec^T W_dec||_F: start {np.linalg.norm(imbalance(*start)):.3f},"
        f" end {np.linalg.norm(imbalance(W_enc, W_dec)):.3f}"
    )

    print()
    W_enc, W_dec = train(X, X.shape[1], rng, steps=6000)
    print("no bottleneck (k = d = 10):")
    print(f"  reconstruction MSE: {reconstruction_loss(W_enc, W_dec, X):.4f}")
    identity_gap = np.linalg.norm(W_dec @ W_enc - np.eye(X.shape[1]))
    print(f"  ||W_dec W_enc - I||_F = {identity_gap:.4f}  (it learned to copy)")


if __name__ == "__main__":
    main()
