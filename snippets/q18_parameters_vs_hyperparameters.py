"""Parameters versus hyperparameters on one small network.

Training learns the *parameters* (weights and biases). The *hyperparameters* (layer widths, depth,
learning rate, batch size, number of epochs) are fixed before training starts. Architecture
hyperparameters decide how many parameters there are; optimisation hyperparameters keep that
number and change which values training finds, for better or worse. The program changes one
hyperparameter at a time, in both directions, and prints the parameter count and the resulting
training and validation error. The baseline is deliberately not tuned (100 epochs is too short).
"""

import numpy as np


def count_parameters(layer_sizes):
    """Number of weights and biases of a fully connected network.

    Parameters
    ----------
    layer_sizes : sequence of int, length L + 1
        ``(n_inputs, hidden_1, ..., hidden_{L-1}, n_outputs)``.

    Returns
    -------
    int
        ``sum((a + 1) * b)`` over consecutive pairs ``(a, b)``: an ``a x b`` weight matrix and
        ``b`` biases per layer.

    Examples
    --------
    >>> count_parameters([784, 128, 10])
    101770
    >>> count_parameters([2, 1])
    3
    """
    return sum((a + 1) * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:], strict=False))


def init_mlp(layer_sizes, rng):
    """He-initialised weights and zero biases.

    Parameters
    ----------
    layer_sizes : sequence of int, length L + 1
        Widths from input to output.
    rng : numpy.random.Generator

    Returns
    -------
    list of ndarray
        ``[W1, b1, W2, b2, ...]`` with ``Wl`` of shape ``(n_{l-1}, n_l)`` and ``bl`` of shape
        ``(n_l,)``.
    """
    params = []
    for a, b in zip(layer_sizes[:-1], layer_sizes[1:], strict=False):
        params.append(rng.normal(0.0, np.sqrt(2.0 / a), size=(a, b)))
        params.append(np.zeros(b))
    return params


def mlp_forward(params, X):
    """Output of a ReLU network with a linear output layer.

    Parameters
    ----------
    params : list of ndarray
        As returned by :func:`init_mlp`.
    X : ndarray, shape (n, n_inputs)

    Returns
    -------
    ndarray, shape (n, n_outputs)
    """
    h = X
    n_layers = len(params) // 2
    for i in range(n_layers):
        z = h @ params[2 * i] + params[2 * i + 1]
        h = np.maximum(z, 0.0) if i < n_layers - 1 else z
    return h


def mse_loss(params, X, y):
    """Mean squared error ``mean((f(X) - y)**2)``.

    Parameters
    ----------
    params : list of ndarray
    X : ndarray, shape (n, n_inputs)
    y : ndarray, shape (n, n_outputs)

    Returns
    -------
    float
    """
    return float(np.mean((mlp_forward(params, X) - y) ** 2))


def mse_loss_grad(params, X, y):
    """Gradient of :func:`mse_loss` with respect to every parameter (backpropagation).

    Parameters
    ----------
    params : list of ndarray
    X : ndarray, shape (n, n_inputs)
    y : ndarray, shape (n, n_outputs)

    Returns
    -------
    list of ndarray
        Same shapes as ``params``.
    """
    n_layers = len(params) // 2
    activations, pre = [X], []
    for i in range(n_layers):
        z = activations[-1] @ params[2 * i] + params[2 * i + 1]
        pre.append(z)
        activations.append(np.maximum(z, 0.0) if i < n_layers - 1 else z)
    delta = 2.0 * (activations[-1] - y) / y.size
    grads = [None] * len(params)
    for i in reversed(range(n_layers)):
        grads[2 * i] = activations[i].T @ delta
        grads[2 * i + 1] = delta.sum(axis=0)
        if i > 0:
            delta = (delta @ params[2 * i].T) * (pre[i - 1] > 0.0)
    return grads


def make_data(n, rng):
    """A smooth 2-D regression task with noise: ``y = sin(3 x1) + x2**2 + noise``.

    Returns
    -------
    X : ndarray, shape (n, 2)
    y : ndarray, shape (n, 1)
    """
    X = rng.uniform(-1.0, 1.0, size=(n, 2))
    y = np.sin(3.0 * X[:, :1]) + X[:, 1:] ** 2 + 0.1 * rng.normal(size=(n, 1))
    return X, y


def train(hp, X, y, seed=0):
    """Train an MLP by minibatch SGD; every argument in ``hp`` is a hyperparameter.

    Parameters
    ----------
    hp : dict
        ``hidden`` (tuple of widths), ``lr``, ``batch_size``, ``epochs``.
    X : ndarray, shape (n, 2)
    y : ndarray, shape (n, 1)
    seed : int
        Seeds the initialisation and the shuffling.

    Returns
    -------
    list of ndarray
        The learned parameters.
    """
    rng = np.random.default_rng(seed)
    params = init_mlp((X.shape[1], *hp["hidden"], y.shape[1]), rng)
    n = len(X)
    for _ in range(hp["epochs"]):
        order = rng.permutation(n)
        for start in range(0, n, hp["batch_size"]):
            idx = order[start : start + hp["batch_size"]]
            grads = mse_loss_grad(params, X[idx], y[idx])
            params = [p - hp["lr"] * g for p, g in zip(params, grads, strict=True)]
    return params


def main():
    rng = np.random.default_rng(18)
    X_train, y_train = make_data(256, rng)
    X_val, y_val = make_data(1000, rng)

    base = {"hidden": (32,), "lr": 0.05, "batch_size": 32, "epochs": 100}
    changes = [
        ("(baseline)", {}),
        ("hidden=(8,)", {"hidden": (8,)}),
        ("hidden=(32, 32)", {"hidden": (32, 32)}),
        ("lr=0.005", {"lr": 0.005}),
        ("lr=0.2", {"lr": 0.2}),
        ("lr=0.5", {"lr": 0.5}),
        ("batch_size=256", {"batch_size": 256}),
        ("epochs=10", {"epochs": 10}),
        ("epochs=1000", {"epochs": 1000}),
    ]
    print("baseline (not tuned):", base)
    print("noise floor: label-noise variance 0.0100 (no model can beat it on average)")
    print(f"{'changed hyperparameter':<24}{'#parameters':>12}{'train MSE':>11}{'val MSE':>9}")
    for label, change in changes:
        hp = {**base, **change}
        params = train(hp, X_train, y_train)
        n_arrays = sum(p.size for p in params)
        assert n_arrays == count_parameters((2, *hp["hidden"], 1))
        train_mse = mse_loss(params, X_train, y_train)
        val_mse = mse_loss(params, X_val, y_val)
        print(f"{label:<24}{n_arrays:>12d}{train_mse:>11.4f}{val_mse:>9.4f}")
    print("Architecture hyperparameters change the parameter count;")
    print("optimisation hyperparameters keep it and change which parameters are found.")


if __name__ == "__main__":
    main()
