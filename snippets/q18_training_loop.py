"""Parameters are learned by the training loop; hyperparameters are its arguments."""

import numpy as np


def features(x, degree):
    """Polynomial features ``x**0 .. x**degree`` of ``x`` (n,): shape (n, degree + 1)."""
    return x[:, None] ** np.arange(degree + 1)


def train(x, y, degree, lr, batch_size, epochs, seed=0):
    """Minibatch SGD on the mean squared error; returns the learned weights (degree + 1,)."""
    rng = np.random.default_rng(seed)
    X = features(x, degree)
    w = np.zeros(degree + 1)  # the parameters: found by training, not chosen
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), batch_size):
            i = order[start : start + batch_size]
            w -= lr * 2.0 * X[i].T @ (X[i] @ w - y[i]) / len(i)
            if np.abs(w).max() > 1e6:  # diverged: stop before the numbers overflow
                return w
    return w


rng = np.random.default_rng(18)
x_train, x_val = rng.uniform(-1, 1, 100), rng.uniform(-1, 1, 1000)
y_train = np.sin(3 * x_train) + 0.1 * rng.normal(size=100)  # noise variance 0.01
y_val = np.sin(3 * x_val) + 0.1 * rng.normal(size=1000)

baseline = {"degree": 5, "lr": 0.1, "batch_size": 10, "epochs": 100}
print(f"baseline {baseline}")
print("changed hyperparameter  #parameters  val MSE")
for change in [{}, {"degree": 1}, {"degree": 9}, {"lr": 0.01}, {"lr": 0.5}, {"lr": 2.0},
               {"batch_size": 100}, {"epochs": 1000}]:  # fmt: skip
    w = train(x_train, y_train, **(baseline | change))
    val = np.mean((features(x_val, w.size - 1) @ w - y_val) ** 2)
    name = ", ".join(f"{k}={v}" for k, v in change.items()) or "(baseline)"
    print(f"{name:<22}{w.size:>13}  " + (f"{val:7.4f}" if val < 1e3 else "diverged"))
