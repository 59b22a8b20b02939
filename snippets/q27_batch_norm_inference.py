"""Batch norm at inference: batch-size noise, running averages, and folding into the layer before.

1. In training mode an example's output depends on its batch: its spread over 2,000 random
   batches shrinks with the batch size, and a batch of one gives beta whatever the input.
2. Running averages (PyTorch's update, momentum 0.1) estimate the population statistics; with
   them, inference is deterministic and close to normalising by the true statistics. With the
   running statistics never updated (mean 0, variance 1), the layer barely normalises.
3. At inference batch norm is an affine map, so it folds exactly into the preceding dense layer;
   a bias before batch norm is cancelled by the mean subtraction in training mode.
"""

import numpy as np


def batch_norm_forward(X, gamma, beta, eps=1e-5):
    """Batch normalisation of ``X`` (n, d), training mode (batch statistics): ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=0) + eps)  # np.var subtracts the mean first: no cancellation
    X_hat = (X - X.mean(axis=0)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def batch_norm_inference(X, gamma, beta, running_mean, running_var, eps=1e-5):
    """Batch normalisation of ``X`` (n, d) with fixed statistics (d,): each row on its own."""
    return gamma * (X - running_mean) / np.sqrt(running_var + eps) + beta


def update_running(running_mean, running_var, X, momentum=0.1):
    """PyTorch's running-statistics update from batch ``X`` (n, d): ``(mean, var)``, each (d,)."""
    # PyTorch normalises with the biased batch variance but stores the unbiased one (ddof=1).
    mean = (1 - momentum) * running_mean + momentum * X.mean(axis=0)
    var = (1 - momentum) * running_var + momentum * X.var(axis=0, ddof=1)
    return mean, var


def fold_batch_norm(W, b, gamma, beta, running_mean, running_var, eps=1e-5):
    """Dense layer ``(W (d_in, d), b (d,))`` followed by inference batch norm, as one ``(W, b)``."""
    scale = gamma / np.sqrt(running_var + eps)
    return W * scale, (b - running_mean) * scale + beta


def show(a):
    """``a`` (any shape) with three decimals."""
    return np.array2string(a, precision=3, floatmode="fixed")


def main():
    rng = np.random.default_rng(27)
    d = 4
    mu, sigma = np.array([5.0, -2.0, 0.5, 10.0]), np.array([2.0, 0.5, 1.0, 4.0])

    def population(n):
        return mu + sigma * rng.normal(size=(n, d))

    x0 = np.array([[7.0, -2.5, 0.5, 2.0]])
    gamma, beta = np.array([1.5, 0.5, 1.0, 2.0]), np.array([0.1, -0.2, 0.0, 0.3])
    ideal = gamma * (x0[0] - mu) / np.sqrt(sigma**2 + 1e-5) + beta  # true statistics

    print("1) Training mode: example x0, feature 0, over 2,000 random batches")
    print(f"   with the true statistics: {ideal[0]:.3f}")
    for n in (2, 8, 32, 256):
        batches = (np.vstack([x0, population(n - 1)]) for _ in range(2000))
        outs = [batch_norm_forward(B, gamma, beta)[0][0, 0] for B in batches]
        print(f"   batch size {n:>3}: mean {np.mean(outs):6.3f}, std {np.std(outs):.3f}")
        if n == 2:  # two examples: each normalised value is +1 or -1 (up to eps)
            ends = gamma[0] * np.array([1.0, -1.0]) + beta[0]
            near = np.mean(np.min(np.abs(np.array(outs)[:, None] - ends), axis=1) < 0.01)
            print(f"   share of batch-size-2 outputs within 0.01 of {show(ends)}: {near:.3f}")
    alone = batch_norm_forward(x0, gamma, beta)[0][0]
    print("   batch size   1: output equals beta:", bool(np.allclose(alone, beta)))

    print("2) Running averages after 200 training batches of 32 (momentum 0.1)")
    r_mean, r_var = np.zeros(d), np.ones(d)
    for _ in range(200):
        r_mean, r_var = update_running(r_mean, r_var, population(32))
    print("   running mean:", show(r_mean), " true:", show(mu))
    print("   running std: ", show(np.sqrt(r_var)), " true:", show(sigma))
    ours = batch_norm_inference(x0, gamma, beta, r_mean, r_var)[0]
    stale = batch_norm_inference(x0, gamma, beta, np.zeros(d), np.ones(d))[0]
    print("   x0, true statistics:    ", show(ideal))
    print("   x0, running statistics: ", show(ours))
    print("   x0, never-updated stats:", show(stale))
    X = np.vstack([x0, population(7)])
    same = np.allclose(batch_norm_inference(X, gamma, beta, r_mean, r_var)[0], ours, rtol=0, atol=0)
    print("   inference output of x0 is the same in any batch:", bool(same))

    print("3) Folding batch norm into the dense layer before it (inference)")
    W, b = rng.normal(size=(6, d)), rng.normal(size=d)
    X_in = rng.normal(size=(5, 6))
    two_steps = batch_norm_inference(X_in @ W + b, gamma, beta, r_mean, r_var)
    W_f, b_f = fold_batch_norm(W, b, gamma, beta, r_mean, r_var)
    err = np.max(np.abs(X_in @ W_f + b_f - two_steps))
    print("   X W' + b' equals BN(X W + b) to 1e-12:", bool(err < 1e-12))
    Y_with, _ = batch_norm_forward(X_in @ W + b, gamma, beta)
    Y_without, _ = batch_norm_forward(X_in @ W, gamma, beta)
    print("   training mode: the bias b changes nothing:", bool(np.allclose(Y_with, Y_without)))


if __name__ == "__main__":
    main()
