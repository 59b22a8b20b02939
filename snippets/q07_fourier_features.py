"""Sinusoidal encodings: the Transformer's shift property, and Fourier features for a ReLU MLP.

Part 1: PE(p + k) is the same rotation of PE(p) for every p (Vaswani et al., 2017). Part 2: an MLP
on the raw coordinate learns a 17-cycle component very slowly; on gamma(x) = [cos 2 pi B x,
sin 2 pi B x] it learns it, and the scale of B trades underfitting against overfitting.
"""

import numpy as np


def sinusoidal_encoding(positions, d_model):
    """Encoding of Vaswani et al. (2017), (n, d_model): sin in column 2i, cos in 2i + 1."""
    rates = 1.0 / 10000 ** (np.arange(0, d_model, 2) / d_model)
    angles = np.outer(positions, rates)
    pe = np.empty((len(positions), d_model))
    pe[:, 0::2], pe[:, 1::2] = np.sin(angles), np.cos(angles)
    return pe


def shift_matrix(k, d_model):
    """Block-diagonal rotation R_k, (d_model, d_model), with PE(p + k) = PE(p) @ R_k for all p."""
    rates = 1.0 / 10000 ** (np.arange(0, d_model, 2) / d_model)
    rotation = np.zeros((d_model, d_model))
    for i, w in enumerate(rates):
        c, s = np.cos(k * w), np.sin(k * w)
        # [sin(a + b), cos(a + b)] = [sin a, cos a] @ [[cos b, -sin b], [sin b, cos b]]
        rotation[2 * i : 2 * i + 2, 2 * i : 2 * i + 2] = [[c, -s], [s, c]]
    return rotation


def fourier_features(x, frequencies):
    """Fourier features [cos(2 pi B x), sin(2 pi B x)], (n, 2m), of x (n,) with B = frequencies (m,)."""
    angles = 2 * np.pi * np.outer(x, frequencies)
    return np.concatenate([np.cos(angles), np.sin(angles)], axis=1)


def init_mlp(rng, d_in, width):
    """Two hidden ReLU layers of ``width`` units and one linear output (He initialisation)."""
    return {
        "W1": rng.normal(0.0, np.sqrt(2.0 / d_in), (d_in, width)),
        "b1": np.zeros(width),
        "W2": rng.normal(0.0, np.sqrt(2.0 / width), (width, width)),
        "b2": np.zeros(width),
        "W3": rng.normal(0.0, np.sqrt(1.0 / width), (width, 1)),
        "b3": np.zeros(1),
    }


def mlp_predict(params, X):
    """MLP output, shape (n,), for inputs X of shape (n, d_in)."""
    a1 = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    a2 = np.maximum(a1 @ params["W2"] + params["b2"], 0.0)
    return (a2 @ params["W3"] + params["b3"])[:, 0]


def mlp_loss_grad(params, X, y):
    """Mean squared error of the MLP on X (n, d_in), y (n,) and its gradient dict (shapes of params)."""
    h1 = X @ params["W1"] + params["b1"]
    a1 = np.maximum(h1, 0.0)
    h2 = a1 @ params["W2"] + params["b2"]
    a2 = np.maximum(h2, 0.0)
    residual = (a2 @ params["W3"] + params["b3"])[:, 0] - y
    loss = float(np.mean(residual**2))
    d_out = (2.0 / len(y)) * residual[:, None]
    grads = {"W3": a2.T @ d_out, "b3": d_out.sum(axis=0)}
    d_h2 = (d_out @ params["W3"].T) * (h2 > 0)
    grads["W2"], grads["b2"] = a1.T @ d_h2, d_h2.sum(axis=0)
    d_h1 = (d_h2 @ params["W2"].T) * (h1 > 0)
    grads["W1"], grads["b1"] = X.T @ d_h1, d_h1.sum(axis=0)
    return loss, grads


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam on ``w`` (any shape) with gradient ``g``, moments ``m``, ``v`` at step t: ``(w, m, v)``."""
    m = beta1 * m + (1.0 - beta1) * g
    v = beta2 * v + (1.0 - beta2) * g**2
    # m and v start at 0, so early averages are too small by (1 - beta**t): divide it out.
    m_hat = m / (1.0 - beta1**t)
    v_hat = v / (1.0 - beta2**t)
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def train_adam(params, X, y, steps, lr_start=1e-3, lr_end=1e-5):
    """Full-batch Adam on `mlp_loss_grad`, cosine-decayed learning rate; updates params in place."""
    m = {k: np.zeros_like(p) for k, p in params.items()}
    v = {k: np.zeros_like(p) for k, p in params.items()}
    for t in range(1, steps + 1):
        lr = lr_end + 0.5 * (lr_start - lr_end) * (1 + np.cos(np.pi * (t - 1) / steps))
        _, grads = mlp_loss_grad(params, X, y)
        for k in params:
            params[k], m[k], v[k] = adam_step(params[k], grads[k], m[k], v[k], t, lr)


def amplitude(values, cycles):
    """Amplitude of the sinusoid with ``cycles`` periods over a uniformly sampled interval."""
    return 2.0 * np.abs(np.fft.rfft(values)[cycles]) / len(values)


def target(x):
    """A low (3 cycles) plus a high (17 cycles) frequency on [0, 1)."""
    return np.sin(2 * np.pi * 3 * x) + 0.5 * np.sin(2 * np.pi * 17 * x)


def main():
    print("1. Sinusoidal positional encoding (d_model = 64)")
    pe = sinusoidal_encoding(np.arange(200), 64)
    for k in (1, 10, 50):
        error = np.abs(pe[:-k] @ shift_matrix(k, 64) - pe[k:]).max()
        print(f"   PE(p + {k:2d}) = PE(p) @ R_{k:<2d} for all p: {error < 1e-9}")
    dots = [pe[p] @ pe[p + 10] for p in (0, 50, 120)]
    print("   PE(p) . PE(p + 10) at p = 0, 50, 120: " + ", ".join(f"{d:.4f}" for d in dots))

    print()
    print("2. MLP (2 x 32 ReLU, 1500 Adam steps) fitting sin(2 pi 3x) + 0.5 sin(2 pi 17x)")
    n = 128
    x_train, x_test = np.arange(n) / n, (np.arange(n) + 0.5) / n  # test: the midpoints
    y_train, y_test = target(x_train), target(x_test)
    print(f"   {'input':<22}{'train MSE':>10}{'test MSE':>10}{'amp 3':>7}{'amp 17':>8}")
    print(f"   {'(target)':<22}{'':>10}{'':>10}{1.0:>7.3f}{0.5:>8.3f}")

    def report(name, encode, params):
        pred = mlp_predict(params, encode(x_test))
        train_mse = np.mean((mlp_predict(params, encode(x_train)) - y_train) ** 2)
        print(
            f"   {name:<22}{train_mse:>10.4f}{np.mean((pred - y_test) ** 2):>10.4f}"
            f"{amplitude(pred, 3):>7.3f}{amplitude(pred, 17):>8.3f}"
        )

    def raw(x):
        return (2 * x - 1)[:, None]

    params = init_mlp(np.random.default_rng(1), 1, 32)
    train_adam(params, raw(x_train), y_train, 1500)
    report("raw x", raw, params)

    frequencies = np.random.default_rng(0).normal(size=32)
    for sigma in (1.0, 10.0, 100.0):

        def encode(x, sigma=sigma):
            return fourier_features(x, sigma * frequencies)

        params = init_mlp(np.random.default_rng(1), 64, 32)
        train_adam(params, encode(x_train), y_train, 1500)
        report(f"gamma(x), sigma = {sigma:g}", encode, params)


if __name__ == "__main__":
    main()
