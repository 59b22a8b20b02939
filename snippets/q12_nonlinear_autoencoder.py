"""A small tanh autoencoder on a curve: compression PCA cannot match, anomaly scores, denoising."""

import numpy as np


def sample_curve(rng, n, embedding, noise, offset=0.0):
    """Noisy and clean points (n, d) near (t, 1.5 t^2 +- offset) in the plane of embedding (d, 2)."""
    t = rng.uniform(-1.0, 1.0, n)
    shift = offset * np.sign(rng.uniform(-1.0, 1.0, n))
    clean = np.stack([t, 1.5 * t**2 + shift], axis=1) @ embedding.T
    return clean + noise * rng.normal(size=clean.shape), clean


def init_autoencoder(rng, d, hidden, code):
    """Weights of d -> hidden -> code -> hidden -> d: W1..W4 (fan_in, fan_out), b1..b4 zero."""
    sizes = [(d, hidden), (hidden, code), (code, hidden), (hidden, d)]
    params = {f"W{i}": rng.normal(0, np.sqrt(1 / a), (a, b)) for i, (a, b) in enumerate(sizes, 1)}
    return params | {f"b{i}": np.zeros(b) for i, (_, b) in enumerate(sizes, 1)}


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
    m, v = ({k: np.zeros_like(p) for k, p in params.items()} for _ in range(2))
    for t in range(1, steps + 1):
        lr = lr_end + 0.5 * (lr_start - lr_end) * (1 + np.cos(np.pi * (t - 1) / steps))
        _, grads = reconstruction_loss_grad(params, X)
        for k in params:
            m[k] = 0.9 * m[k] + 0.1 * grads[k]
            v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
            params[k] -= lr * (m[k] / (1 - 0.9**t)) / (np.sqrt(v[k] / (1 - 0.999**t)) + 1e-8)
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


def make_data(seed, d=8, noise=0.03):
    """Embedding (d, 2), X_train (512, d), X_test and clean_test (500, d), X_anomaly (500, d)."""
    rng = np.random.default_rng(seed)
    embedding, _ = np.linalg.qr(rng.normal(size=(d, 2)))
    X_train, _ = sample_curve(rng, 512, embedding, noise)
    X_test, clean_test = sample_curve(rng, 500, embedding, noise)
    X_anomaly, _ = sample_curve(rng, 500, embedding, noise, offset=0.3)
    return embedding, X_train, X_test, clean_test, X_anomaly


def baselines(X_train):
    """Fitted on X_train: PCA with k components, and PCA's 1-number code + a quadratic decoder."""
    mean = X_train.mean(axis=0)  # statistics from the training data only
    Vt = np.linalg.svd(X_train - mean, full_matrices=False)[2]
    decode = quadratic_decoder((X_train - mean) @ Vt[0], X_train)
    return {
        "pca": lambda k: lambda X: (X - mean) @ Vt[:k].T @ Vt[:k] + mean,
        "pca_quadratic": lambda X: decode((X - mean) @ Vt[0]),
    }


def build_example(seed=5):
    """The data of ``make_data(seed)``, the baselines, and the trained autoencoder (n, d) -> (n, d).
    Seed 5 is a typical draw: the main program prints the baseline's spread over ten."""
    embedding, X_train, X_test, clean_test, X_anomaly = make_data(seed)
    mean = X_train.mean(axis=0)
    params = init_autoencoder(np.random.default_rng(seed + 1), X_train.shape[1], 16, 1)
    params = train_adam(params, X_train - mean)
    ex = dict(embedding=embedding, X_train=X_train, X_test=X_test, clean_test=clean_test)
    ex["X_anomaly"], ex["autoencoder"] = X_anomaly, lambda X: forward(params, X - mean)[3] + mean
    return ex | baselines(X_train)


def scores(reconstruct, X):
    """Squared reconstruction errors (n,) of X (n, d)."""
    return np.sum((reconstruct(X) - X) ** 2, axis=1)


def main():
    ex = build_example()
    print("normal data: parabola in a plane of R^8, noise 0.03; anomalies: shifted 0.3 in-plane")
    print("score = squared reconstruction error; threshold = 99th percentile of training scores\n")
    print(f"{'model':<24} code  MSE train  MSE test   AUROC  flagged normal  flagged anomalies")
    models = [("autoencoder", 1, ex["autoencoder"]), ("PCA", 1, ex["pca"](1))]
    models += [("PCA, quadratic decoder", 1, ex["pca_quadratic"]), ("PCA", 2, ex["pca"](2))]
    for name, code, reconstruct in models:
        train, test, anomaly = (
            scores(reconstruct, ex[f"X_{k}"]) for k in ("train", "test", "anomaly")
        )
        threshold = np.quantile(train, 0.99)
        print(
            f"{name:<24}{code:>5}{train.mean():>11.4f}{test.mean():>10.4f}"
            f"{auroc(test, anomaly):>8.3f}{np.mean(test > threshold):>16.3f}"
            f"{np.mean(anomaly > threshold):>19.3f}"
        )
    mse, roc = [], []  # the quadratic decoder on ten data draws (no network to train: cheap)
    for seed in range(10):
        _, X_train, X_test, _, X_anomaly = make_data(seed)
        quadratic = baselines(X_train)["pca_quadratic"]
        test, anomaly = scores(quadratic, X_test), scores(quadratic, X_anomaly)
        mse, roc = mse + [test.mean()], roc + [auroc(test, anomaly)]
    print(
        f"PCA + quadratic decoder, data seeds 0-9: MSE test median {np.median(mse):.4f} "
        f"(range {min(mse):.4f}-{max(mse):.4f}), AUROC {min(roc):.3f}-{max(roc):.3f}"
    )
    print()
    reconstruct = ex["autoencoder"]
    threshold = np.quantile(scores(reconstruct, ex["X_train"]), 0.99)
    fresh, _ = sample_curve(np.random.default_rng(2), 200_000, ex["embedding"], noise=0.03)
    rate = np.mean(scores(reconstruct, fresh) > threshold)
    print(f"autoencoder's threshold flags {rate:.3f} of 200 000 fresh normal points (target 0.010)")
    X, clean = ex["X_test"], ex["clean_test"]
    before, after = (np.mean(np.sum((Y - clean) ** 2, axis=1)) for Y in (X, reconstruct(X)))
    print(f"denoising: squared distance to clean {before:.4f} (input) -> {after:.4f} (output)")


if __name__ == "__main__":
    main()
