"""A small nonlinear autoencoder: compression PCA cannot match, anomaly scores from the
reconstruction error, and denoising as a by-product.

Normal data lie near the parabola (t, 1.5 t^2) in a 2-D plane of R^8 (noise in every coordinate).
Anomalies are the same parabola shifted by 0.3 up or down inside the plane (a vertical shift, so
their distance to the curve shrinks from 0.3 at the vertex to about 0.1 at the ends). The
autoencoder 8 -> 16 -> 1 -> 16 -> 8 (tanh) is trained on normal data only; its squared
reconstruction error is the anomaly score. PCA with the same code size (1) keeps a good code, the
position along the curve, but its linear decoder can only put points back on a line: a quadratic
decoder fitted to the same PCA code follows the curve. PCA with 2 components reconstructs normal
data well but cannot see anomalies that sit inside its plane. Finally, the threshold at the 99th
percentile of 512 training scores is itself a noisy estimate, which a bootstrap makes visible.
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


def quadratic_decoder(codes, X):
    """Least-squares decoder ``x ~ b0 + b1 c + b2 c^2`` from a 1-number code, fitted per coordinate.

    Parameters
    ----------
    codes : ndarray, shape (n,)
    X : ndarray, shape (n, d)

    Returns
    -------
    callable
        Maps codes of shape (m,) to reconstructions of shape (m, d).

    Examples
    --------
    >>> c = np.array([-1.0, 0.0, 1.0, 2.0])
    >>> decode = quadratic_decoder(c, np.stack([c, c**2], axis=1))
    >>> np.round(decode(np.array([3.0])), 6).tolist()
    [[3.0, 9.0]]
    """

    def features(c):
        return np.stack([np.ones_like(c), c, c**2], axis=1)

    coef, *_ = np.linalg.lstsq(features(codes), X, rcond=None)
    return lambda c: features(c) @ coef


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
        (500, d); ``reconstruct_ae``, ``reconstruct_pca(k)`` and ``reconstruct_pca_quadratic``
        (PCA's 1-number code with a quadratic decoder), functions mapping (n, d) to (n, d).
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

    decode = quadratic_decoder((X_train - mean) @ Vt[0], X_train)

    def reconstruct_pca_quadratic(X):
        return decode((X - mean) @ Vt[0])

    return {
        "embedding": embedding,
        "X_train": X_train,
        "X_test": X_test,
        "clean_test": clean_test,
        "X_anomaly": X_anomaly,
        "reconstruct_ae": reconstruct_ae,
        "reconstruct_pca": reconstruct_pca,
        "reconstruct_pca_quadratic": reconstruct_pca_quadratic,
    }


def main():
    ex = build_example()
    X_train, X_test, X_anomaly = ex["X_train"], ex["X_test"], ex["X_anomaly"]
    reconstruct_ae, pca = ex["reconstruct_ae"], ex["reconstruct_pca"]

    print("normal data: parabola in a plane of R^8, noise std 0.03")
    print("anomalies: the same parabola shifted 0.3 up or down inside the plane")
    print("score = squared reconstruction error; threshold = 99th percentile of training scores")
    print()
    print(
        f"{'model':<24}{'code':>5}{'MSE train':>11}{'MSE test':>10}{'AUROC':>8}"
        f"{'flagged normal':>16}{'flagged anomalies':>19}"
    )
    ae_scores = {}
    for name, code, reconstruct in (
        ("autoencoder", 1, reconstruct_ae),
        ("PCA", 1, pca(1)),
        ("PCA, quadratic decoder", 1, ex["reconstruct_pca_quadratic"]),
        ("PCA", 2, pca(2)),
    ):
        scores = {
            key: np.sum((reconstruct(X) - X) ** 2, axis=1)
            for key, X in (("train", X_train), ("test", X_test), ("anomaly", X_anomaly))
        }
        ae_scores = ae_scores or scores
        threshold = np.quantile(scores["train"], 0.99)
        print(
            f"{name:<24}{code:>5}{scores['train'].mean():>11.4f}{scores['test'].mean():>10.4f}"
            f"{auroc(scores['test'], scores['anomaly']):>8.3f}"
            f"{np.mean(scores['test'] > threshold):>16.3f}"
            f"{np.mean(scores['anomaly'] > threshold):>19.3f}"
        )

    print()
    print("autoencoder, threshold at the 99th percentile (target false-alarm rate 0.010):")

    def ae_score(X):
        return np.sum((reconstruct_ae(X) - X) ** 2, axis=1)

    threshold = np.quantile(ae_scores["train"], 0.99)
    rng = np.random.default_rng(2)
    fresh, _ = sample_curve(rng, 200_000, ex["embedding"], noise=0.03)
    realised = []
    for _ in range(300):  # threshold from 512 fresh normal points, rate on 500 others
        calibration, _ = sample_curve(rng, 512, ex["embedding"], noise=0.03)
        held_out, _ = sample_curve(rng, 500, ex["embedding"], noise=0.03)
        cut = np.quantile(ae_score(calibration), 0.99)
        realised.append(np.mean(ae_score(held_out) > cut))
    low, high = np.quantile(realised, [0.05, 0.95])
    rows = (
        ("training threshold, 500 test points", f"{np.mean(ae_scores['test'] > threshold):.3f}"),
        ("training threshold, 200 000 fresh points", f"{np.mean(ae_score(fresh) > threshold):.3f}"),
        ("300 thresholds from fresh data, 5%-95%", f"{low:.3f} to {high:.3f}"),
    )
    for label, value in rows:
        print(f"  {label:<42}{value}")

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
