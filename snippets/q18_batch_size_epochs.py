"""What batch size and the number of epochs do, measured.

1. Batch size sets the noise of the gradient estimate: for a minibatch of ``B`` examples drawn
   without replacement from ``N``, ``E||g_B - g||^2 = (tr(Sigma) / B) * (N - B) / (N - 1)``, where
   ``Sigma`` is the covariance of the per-example gradients. Four times the batch, a quarter of the
   noise; it is not "the size of the input block".
2. The number of epochs (full passes over the training set) trades underfitting for overfitting:
   training error keeps falling, validation error falls and then rises, so the epoch count is
   chosen on validation data (early stopping).
"""

import numpy as np


def logistic_per_example_grads(w, X, y):
    """Per-example gradients of the logistic loss ``log(1 + exp(-y x.w))``, labels in {-1, +1}.

    Parameters
    ----------
    w : ndarray, shape (d,)
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)

    Returns
    -------
    ndarray, shape (n, d)
        Row ``i`` is the gradient of example ``i``'s loss with respect to ``w``.
    """
    margins = y * (X @ w)
    coef = -y * 0.5 * (1.0 - np.tanh(0.5 * margins))  # -y / (1 + exp(margin)), no overflow
    return coef[:, None] * X


def logistic_loss(w, X, y):
    """Mean logistic loss, ``mean(log(1 + exp(-y * (X @ w))))``; returns a float."""
    return float(np.mean(np.logaddexp(0.0, -y * (X @ w))))


def logistic_loss_grad(w, X, y):
    """Gradient of :func:`logistic_loss`, shape (d,): the mean of the per-example gradients."""
    return logistic_per_example_grads(w, X, y).mean(axis=0)


def minibatch_noise(G, batch_size, n_draws, rng):
    """Monte-Carlo estimate of ``E||g_B - g||^2`` for minibatches drawn without replacement.

    Parameters
    ----------
    G : ndarray, shape (N, d)
        Per-example gradients; their mean is the full-batch gradient ``g``.
    batch_size : int
    n_draws : int
    rng : numpy.random.Generator

    Returns
    -------
    measured : float
        Average squared distance between minibatch and full-batch gradients.
    predicted : float
        ``tr(Sigma) / B * (N - B) / (N - 1)``.
    """
    N = len(G)
    g = G.mean(axis=0)
    total = 0.0
    for _ in range(n_draws):
        idx = rng.choice(N, size=batch_size, replace=False)
        total += float(np.sum((G[idx].mean(axis=0) - g) ** 2))
    trace_sigma = float(np.sum(G.var(axis=0)))
    predicted = trace_sigma / batch_size * (N - batch_size) / (N - 1)
    return total / n_draws, predicted


def sgd_epochs(X, y, X_val, y_val, lr, batch_size, epochs, rng):
    """Linear least squares trained by minibatch SGD from zero; error after every epoch.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    X_val : ndarray, shape (m, d)
    y_val : ndarray, shape (m,)
    lr : float
    batch_size, epochs : int
    rng : numpy.random.Generator
        Shuffles the training set every epoch.

    Returns
    -------
    train_mse, val_mse : ndarray, shape (epochs + 1,)
        Mean squared errors before training (index 0) and after each epoch.
    """
    w = np.zeros(X.shape[1])
    train_mse = [float(np.mean((X @ w - y) ** 2))]
    val_mse = [float(np.mean((X_val @ w - y_val) ** 2))]
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start : start + batch_size]
            residual = X[idx] @ w - y[idx]
            w = w - lr * 2.0 * X[idx].T @ residual / len(idx)
        train_mse.append(float(np.mean((X @ w - y) ** 2)))
        val_mse.append(float(np.mean((X_val @ w - y_val) ** 2)))
    return np.array(train_mse), np.array(val_mse)


def early_stopping_data(seed=19):
    """A regression task with almost as many features (40) as training examples (50).

    Returns
    -------
    X, y, X_val, y_val : ndarray
        Shapes (50, 40), (50,), (1000, 40), (1000,); label noise has standard deviation 1.
    """
    rng = np.random.default_rng(seed)
    n, n_val, d = 50, 1000, 40
    w_true = rng.normal(size=d) / np.sqrt(d)
    X = rng.normal(size=(n, d))
    X_val = rng.normal(size=(n_val, d))
    y = X @ w_true + rng.normal(size=n)
    y_val = X_val @ w_true + rng.normal(size=n_val)
    return X, y, X_val, y_val


def main():
    rng = np.random.default_rng(18)
    N, d = 4096, 10
    X = rng.normal(size=(N, d))
    y = np.where(X @ rng.normal(size=d) + 0.5 * rng.normal(size=N) > 0, 1.0, -1.0)
    w = 0.1 * rng.normal(size=d)  # any fixed point along a training run
    G = logistic_per_example_grads(w, X, y)

    print("1) Batch size: noise of the minibatch gradient, E||g_B - g||^2")
    print(f"{'B':>6}{'measured':>12}{'predicted':>12}{'B x measured':>14}")
    for B in [1, 4, 16, 64, 256, 1024]:
        measured, predicted = minibatch_noise(G, B, 2000, rng)
        print(f"{B:>6d}{measured:>12.5f}{predicted:>12.5f}{B * measured:>14.4f}")

    print("2) Epochs: linear model, 50 training examples, 40 features, SGD (batch 10, lr 0.01)")
    X, y, X_val, y_val = early_stopping_data()
    train_mse, val_mse = sgd_epochs(X, y, X_val, y_val, 0.01, 10, 300, np.random.default_rng(0))
    best = int(np.argmin(val_mse))
    print(f"{'epoch':>6}{'train MSE':>11}{'val MSE':>9}")
    for epoch in sorted({0, 5, 10, 20, best, 50, 100, 200, 300}):
        mark = "  <- lowest validation error" if epoch == best else ""
        print(f"{epoch:>6d}{train_mse[epoch]:>11.3f}{val_mse[epoch]:>9.3f}{mark}")
    print(
        f"early stopping keeps epoch {best}: val MSE {val_mse[best]:.3f} "
        f"instead of {val_mse[-1]:.3f} after 300 epochs"
    )


if __name__ == "__main__":
    main()
