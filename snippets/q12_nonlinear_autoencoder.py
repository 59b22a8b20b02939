"""A small tanh autoencoder on a curve: compression PCA cannot match, anomaly scores, denoising."""

import numpy as np


def sample_curve(rng, n, embedding, noise, offset=0.0):
    """Noisy and clean points (n, d) near (t, 1.5 t^2) in the plane spanned by embedding (d, 2).

    ``offset`` shifts the curve up or down (random sign) inside the plane: the anomalies.
    """
    t = rng.uniform(-1.0, 1.0, n)
    shift = offset * np.sign(rng.uniform(-1.0, 1.0, n))
    clean = np.stack([t, 1.5 * t**2 + shift], axis=1) @ embedding.T
    return clean + noise * rng.normal(size=clean.shape), clean


def init_autoencoder(rng, d, hidden, code):
    """Weights of d -> hidden -> code -> hidden -> d: W1..W4 (fan_in, fan_out), b1..b4 zero."""
    sizes = [(d, hidden), (hidden, code), (code, hidden), (hidden, d)]
    params = {}
    for i, (fan_in, fan_out) in enumerate(sizes, start=1):
        params[f"W{i}"] = rng.normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))
        params[f"b{i}"] = np.zeros(fan_out)
    return params


def forward(params, X):
    """Tanh layer (n, hidden), linear code (n, code), tanh layer (n, hidden), output (n, d)."""
    a1 = np.tanh(X @ params["W1"] + params["b1"])
    code = a1 @ params["W2"] + params["b2"]
    a3 = np.tanh(code @ params["W3"] + params["b3"])
    return a1, code, a3, a3 @ params["W4"] + params["b4"]


def reconstruction_loss_grad(params, X):
    """Mean squared reconstruction error of X (n, d) and its gradients (dict like ``params``)."""
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
    """Full-batch Adam with a cosine-decaying learning rate; updates ``params`` in place."""
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
    """Least-squares fit of x ~ b0 + b1 c + b2 c^2 to codes (n,) and X (n, d); maps (m,) to (m, d)."""

    def features(c):
        return np.stack([np.ones_like(c), c, c**2], axis=1)

    coef, *_ = np.linalg.lstsq(features(codes), X, rcond=None)
    return lambda c: features(c) @ coef


def auroc(normal_scores, anomaly_scores):
    """Probability that a random anomaly scores higher than a random normal point (ties lose)."""
    return float(np.mean(anomaly_scores[:, None] > normal_scores[None, :]))


def build_example(seed=0, d=8, noise=0.03):
    """Data (embedding (d, 2); X_train (512, d); X_test, clean_test, X_anomaly (500, d)) and
    reconstruction functions (n, d) -> (n, d): autoencoder, PCA with k components, PCA + quadratic."""
    rng = np.random.default_rng(seed)
    embedding, _ = np.linalg.qr(rng.normal(size=(d, 2)))
    X_train, _ = sample_curve(rng, 512, embedding, noise)
    X_test, clean_test = sample_curve(rng, 500, embedding, noise)
    X_anomaly, _ = sample_curve(rng, 500, embedding, noise, offset=0.3)
    mean = X_train.mean(axis=0)  # statistics from the training data only
    params = train_adam(init_autoencoder(np.random.default_rng(seed + 1), d, 16, 1), X_train - mean)
    _, _, Vt = np.linalg.svd(X_train - mean, full_matrices=False)
    decode = quadratic_decoder((X_train - mean) @ Vt[0], X_train)
    return {
        "embedding": embedding,
        "X_train": X_train,
        "X_test": X_test,
        "clean_test": clean_test,
        "X_anomaly": X_anomaly,
        "autoencoder": lambda X: forward(params, X - mean)[3] + mean,
        "pca": lambda k: lambda X: (X - mean) @ Vt[:k].T @ Vt[:k] + mean,
        "pca_quadratic": lambda X: decode((X - mean) @ Vt[0]),
    }


def main():
    ex = build_example()
    print(
        "normal data: parabola in a plane of R^8, noise std 0.03; anomalies: shifted 0.3 in-plane"
    )
    print("score = squared reconstruction error; threshold = 99th percentile of training scores")
    print()
    print(
        f"{'model':<24}{'code':>5}{'MSE train':>11}{'MSE test':>10}{'AUROC':>8}{'flagged normal':>16}{'flagged anomalies':>19}"
    )
    models = (
        ("autoencoder", 1, ex["autoencoder"]),
        ("PCA", 1, ex["pca"](1)),
        ("PCA, quadratic decoder", 1, ex["pca_quadratic"]),
        ("PCA", 2, ex["pca"](2)),
    )
    for name, code, reconstruct in models:
        train, test, anomaly = (
            np.sum((reconstruct(X) - X) ** 2, axis=1)
            for X in (ex["X_train"], ex["X_test"], ex["X_anomaly"])
        )
        threshold = np.quantile(train, 0.99)
        print(
            f"{name:<24}{code:>5}{train.mean():>11.4f}{test.mean():>10.4f}"
            f"{auroc(test, anomaly):>8.3f}{np.mean(test > threshold):>16.3f}"
            f"{np.mean(anomaly > threshold):>19.3f}"
        )

    print()
    reconstruct = ex["autoencoder"]
    threshold = np.quantile(np.sum((reconstruct(ex["X_train"]) - ex["X_train"]) ** 2, axis=1), 0.99)
    fresh, _ = sample_curve(np.random.default_rng(2), 200_000, ex["embedding"], noise=0.03)
    rate = np.mean(np.sum((reconstruct(fresh) - fresh) ** 2, axis=1) > threshold)
    print(f"autoencoder's threshold flags {rate:.3f} of 200 000 fresh normal points (target 0.010)")
    X, clean = ex["X_test"], ex["clean_test"]
    before = np.mean(np.sum((X - clean) ** 2, axis=1))
    after = np.mean(np.sum((reconstruct(X) - clean) ** 2, axis=1))
    print(
        f"denoising: squared distance to the clean point {before:.4f} (input) -> {after:.4f} (output)"
    )


if __name__ == "__main__":
    main()
