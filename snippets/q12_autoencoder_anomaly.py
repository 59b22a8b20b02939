"""A small nonlinear autoencoder: compression PCA cannot match, anomaly scores from the
reconstruction error, and denoising as a by-product.

Normal data lie near a parabola in a 2-D plane of R^8 (noise in every coordinate). Anomalies lie in
the same plane, 0.3 off the curve. The autoencoder 8 -> 16 -> 1 -> 16 -> 8 (tanh) is trained on
normal data only; its squared reconstruction error is the anomaly score. PCA with the same code size
(1) cannot follow the curve; PCA with 2 components reconstructs normal data well but cannot see
anomalies that sit inside its plane.
"""

import numpy as np


def sample_curve(rng, n, embedding, noise, offset=0.0):
    """Points near the curve (t, 1.5 t^2), t ~ U(-1, 1), embedded in R^d.

    Parameters
    ----------
    rng : numpy.random.Generator
    n : int
    embedding : ndarray, shape (d, 2)
        Orthonormal columns spanning the plane of the curve.
    noise : float
        Standard deviation of the isotropic noise added in all d coordinates.
    offset : float
        Distance moved off the curve inside the plane (random sign), 0 for normal data.

    Returns
    -------
    noisy : ndarray, shape (n, d)
    clean : ndarray, shape (n, d)
        The same points before noise.
    """
    t = rng.uniform(-1.0, 1.0, n)
    shift = offset * np.sign(rng.uniform(-1.0, 1.0, n))
    clean = np.stack([t, 1.5 * t**2 + shift], axis=1) @ embedding.T
    return clean + noise * rng.normal(size=clean.shape), clean


def init_autoencoder(rng, d, hidden, code):
    """Weights of d -> hidden -> code -> hidden -> d (tanh hidden layers, linear code and output)."""
    sizes = [(d, hidden), (hidden, code), (code, hidden), (hidden, d)]
    params = {}
    for i, (fan_in, fan_out) in enumerate(sizes, start=1):
        params[f"W{i}"] = rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))
        params[f"b{i}"] = np.zeros(fan_out)
    return params


def forward(params, X):
    """Hidden activations, codes and reconstructions.

    Parameters
    ----------
    X : ndarray, shape (n, d)

    Returns
    -------
    a1 : ndarray, shape (n, hidden)
    code : ndarray, shape (n, code)
    a3 : ndarray, shape (n, hidden)
    reconstruction : ndarray, shape (n, d)
    """
    a1 = np.tanh(X @ params["W1"] + params["b1"])
    code = a1 @ params["W2"] + params["b2"]
    a3 = np.tanh(code @ params["W3"] + params["b3"])
    return a1, code, a3, a3 @ params["W4"] + params["b4"]


def reconstruction_loss_grad(params, X):
    """Mean over examples of ``||x - g(f(x))||^2`` and its gradient by backpropagation.

    Returns
    -------
    loss : float
    grads : dict of ndarray
        Same keys and shapes as ``params``.
    """
    a1, code, a3, reconstruction = forward(params, X)
    residual = reconstruction - X
    loss = float(np.sum(residual**2) / len(X))
    d_out = 2.0 * residual / len(X)
    grads = {"W4": a3.T @ d_out, "b4": d_out.sum(axis=0)}
    d_h3 = (d_out @ params["W4"].T) * (1.0 - a3**2)
    grads["W3"], grads["b3"] = code.T @ d_h3, d_h3.sum(axis=0)
    d_code = d_h3 @ params["W3"].T
    grads["W2"], grads["b2"] = a1.T @ d_code, d_code.sum(axis=0)
    d_h1 = (d_code @ params["W2"].T) * (1.0 - a1**2)
    grads["W1"], grads["b1"] = X.T @ d_h1, d_h1.sum(axis=0)
    return loss, grads


def train_adam(params, X, steps=2000, lr_start=1e-2, lr_end=1e-4):
    """Full-batch Adam on `reconstruction_loss_grad`; updates ``params`` in place.

    The learning rate decays from ``lr_start`` to ``lr_end`` on a cosine schedule, so training
    settles into a minimum instead of hovering around it.
    """
    m = {k: np.zeros_like(p) for k, p in params.items()}
    v = {k: np.zeros_like(p) for k, p in params.items()}
    for t in range(1, steps + 1):
        lr = lr_end + 0.5 * (lr_start - lr_end) * (1 + np.cos(np.pi * (t - 1) / steps))
        _, grads = reconstruction_loss_grad(params, X)
        for k in params:
            m[k] = 0.9 * m[k] + 0.1 * grads[k]
            v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
            m_hat, v_hat = m[k] / (1 - 0.9**t), v[k] / (1 - 0.999**t)
            params[k] -= lr * m_hat / (np.sqrt(v_hat) + 1e-8)
    return params


def auroc(normal_scores, anomaly_scores):
    """Probability that a random anomaly scores higher than a random normal point.

    Examples
    --------
    >>> auroc(np.array([0.1, 0.2]), np.array([0.3, 0.15]))
    0.75
    """
    return float(np.mean(anomaly_scores[:, None] > normal_scores[None, :]))


def build_example(seed=0, d=8, noise=0.03):
    """Data sets, the trained autoencoder and PCA reconstructions of the demonstration.

    Returns
    -------
    dict
        ``embedding`` (d, 2); ``X_train`` (512, d); ``X_test``, ``clean_test``, ``X_anomaly``
        (500, d); ``reconstruct_ae`` and ``reconstruct_pca(k)``, functions mapping (n, d) to (n, d).
    """
    rng = np.random.default_rng(seed)
    embedding, _ = np.linalg.qr(rng.normal(size=(d, 2)))
    X_train, _ = sample_curve(rng, 512, embedding, noise)
    X_test, clean_test = sample_curve(rng, 500, embedding, noise)
    X_anomaly, _ = sample_curve(rng, 500, embedding, noise, offset=0.3)
    mean = X_train.mean(axis=0)  # statistics from the training data only
    params = train_adam(init_autoencoder(np.random.default_rng(seed + 1), d, 16, 1), X_train - mean)
    _, _, Vt = np.linalg.svd(X_train - mean, full_matrices=False)

    def reconstruct_ae(X):
        return forward(params, X - mean)[3] + mean

    def reconstruct_pca(k):
        return lambda X: (X - mean) @ Vt[:k].T @ Vt[:k] + mean

    return {
        "embedding": embedding,
        "X_train": X_train,
        "X_test": X_test,
        "clean_test": clean_test,
        "X_anomaly": X_anomaly,
        "reconstruct_ae": reconstruct_ae,
        "reconstruct_pca": reconstruct_pca,
    }


def main():
    ex = build_example()
    X_train, X_test, X_anomaly = ex["X_train"], ex["X_test"], ex["X_anomaly"]
    reconstruct_ae, pca = ex["reconstruct_ae"], ex["reconstruct_pca"]

    print("normal data: parabola in a plane of R^8, noise std 0.03; anomalies 0.3 off the curve")
    print("score = squared reconstruction error; threshold = 99th percentile on training data")
    print()
    print(
        f"{'model':<13}{'code':>5}{'MSE normal':>12}{'AUROC':>8}"
        f"{'flagged normal':>16}{'flagged anomalies':>19}"
    )
    for name, code, reconstruct in (
        ("autoencoder", 1, reconstruct_ae),
        ("PCA", 1, pca(1)),
        ("PCA", 2, pca(2)),
    ):
        scores = {
            key: np.sum((reconstruct(X) - X) ** 2, axis=1)
            for key, X in (("train", X_train), ("test", X_test), ("anomaly", X_anomaly))
        }
        threshold = np.quantile(scores["train"], 0.99)
        print(
            f"{name:<13}{code:>5}{scores['test'].mean():>12.4f}"
            f"{auroc(scores['test'], scores['anomaly']):>8.3f}"
            f"{np.mean(scores['test'] > threshold):>16.3f}"
            f"{np.mean(scores['anomaly'] > threshold):>19.3f}"
        )

    print()
    clean_test = ex["clean_test"]
    before = np.mean(np.sum((X_test - clean_test) ** 2, axis=1))
    after = np.mean(np.sum((reconstruct_ae(X_test) - clean_test) ** 2, axis=1))
    print(
        f"denoising: squared distance to the clean point {before:.4f} (input)"
        f" -> {after:.4f} (autoencoder output)"
    )


if __name__ == "__main__":
    main()
