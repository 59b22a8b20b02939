"""What batch size and the number of epochs do, measured.

1. Batch size sets the noise of the gradient estimate: for ``B`` examples drawn without
   replacement from ``N``, ``E||g_B - g||^2 = (tr(Sigma) / B) * (N - B) / (N - 1)``.
2. The number of epochs trades underfitting for overfitting: training error keeps falling,
   validation error falls and then rises. The epoch is chosen on validation data and the chosen
   model is then measured once on a separate test set.
"""

import numpy as np


def logistic_per_example_grads(w, X, y):
    """Gradients of ``log(1 + exp(-y x.w))`` per example, X (n, d), y (n,) in {-1, +1}: (n, d)."""
    margins = y * (X @ w)
    coef = -y * 0.5 * (1.0 - np.tanh(0.5 * margins))  # -y / (1 + exp(margin)), no overflow
    return coef[:, None] * X


def minibatch_noise(G, batch_size, n_draws, rng):
    """Measured and predicted ``E||g_B - g||^2`` for per-example gradients G (N, d)."""
    N = len(G)
    g = G.mean(axis=0)
    total = 0.0
    for _ in range(n_draws):
        idx = rng.choice(N, size=batch_size, replace=False)
        total += float(np.sum((G[idx].mean(axis=0) - g) ** 2))
    trace_sigma = float(np.sum(G.var(axis=0)))
    return total / n_draws, trace_sigma / batch_size * (N - batch_size) / (N - 1)


def sgd_epochs(X, y, held_out, lr, batch_size, epochs, rng):
    """Least squares by minibatch SGD from zero, X (n, d), y (n,); held_out: list of (X, y).

    Returns train MSE (epochs + 1,) and an array (len(held_out), epochs + 1) of held-out MSEs,
    before training (index 0) and after every epoch.
    """
    w = np.zeros(X.shape[1])
    history = []
    for epoch in range(epochs + 1):
        if epoch > 0:
            order = rng.permutation(len(X))
            for start in range(0, len(X), batch_size):
                idx = order[start : start + batch_size]
                w = w - lr * 2.0 * X[idx].T @ (X[idx] @ w - y[idx]) / len(idx)
        history.append([float(np.mean((A @ w - b) ** 2)) for A, b in [(X, y), *held_out]])
    history = np.array(history).T
    return history[0], history[1:]


def early_stopping_data(seed=19):
    """Linear task, 40 features, 50 training examples; signal variance about 4, noise variance 1.

    Returns (X, y) pairs for training (50 rows), validation (1000) and test (1000).
    """
    rng = np.random.default_rng(seed)
    d = 40
    w_true = 2.0 * rng.normal(size=d) / np.sqrt(d)
    splits = []
    for n in [50, 1000, 1000]:
        X = rng.normal(size=(n, d))
        splits.append((X, X @ w_true + rng.normal(size=n)))
    return splits


def main():
    rng = np.random.default_rng(18)
    N, d = 4096, 10
    X = rng.normal(size=(N, d))
    y = np.where(X @ rng.normal(size=d) + 0.5 * rng.normal(size=N) > 0, 1.0, -1.0)
    w = 0.1 * rng.normal(size=d)  # a random point, like one along a training run
    G = logistic_per_example_grads(w, X, y)

    print("1) Batch size: noise of the minibatch gradient, E||g_B - g||^2")
    print(f"{'B':>6}{'measured':>12}{'predicted':>12}{'B x measured':>14}")
    for B in [1, 4, 16, 64, 256, 1024]:
        measured, predicted = minibatch_noise(G, B, 2000, rng)
        print(f"{B:>6d}{measured:>12.5f}{predicted:>12.5f}{B * measured:>14.4f}")

    print("2) Epochs: linear model, 50 training examples, 40 features, SGD (batch 10, lr 0.01)")
    train, val, test = early_stopping_data()
    train_mse, (val_mse, test_mse) = sgd_epochs(
        *train, [val, test], 0.01, 10, 300, np.random.default_rng(0)
    )
    best = int(np.argmin(val_mse))  # chosen on validation data only
    print(f"{'epoch':>6}{'train MSE':>11}{'val MSE':>9}")
    for epoch in sorted({0, 5, 10, best, 50, 100, 200, 300}):
        mark = "  <- lowest validation error" if epoch == best else ""
        print(f"{epoch:>6d}{train_mse[epoch]:>11.3f}{val_mse[epoch]:>9.3f}{mark}")
    print("test MSE (1000 fresh examples; noise floor 1.000):")
    print(f"  predicting 0 (epoch 0)        {test_mse[0]:.3f}")
    print(f"  early stopping (epoch {best:>3d})    {test_mse[best]:.3f}")
    print(f"  all 300 epochs                {test_mse[-1]:.3f}")


if __name__ == "__main__":
    main()
