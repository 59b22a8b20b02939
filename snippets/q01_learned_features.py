"""Hand-made features versus learned features, on two toy tasks with the same inputs.

Classical machine learning puts a simple model on features a person designed; deep learning
trains the features and the model together. Three models see the same 2-D points:

* a linear model (logistic regression) on the raw inputs (x1, x2);
* the same linear model given one hand-made feature, ``x1**2 + x2**2`` (the squared radius);
* a small multilayer perceptron (2 -> 16 tanh -> 1) trained by gradient descent on the raw inputs.

On the "disc" task (inside a circle or not) the hand-made feature is exactly right; on the "xor"
task (same sign of x1 and x2 or not) it is useless. The MLP is given neither: it learns what it
needs, and on the disc task its output ends up tracking the radius a person would have designed.
"""

import numpy as np


def make_task(name, n, rng):
    """Sample ``n`` labelled points of a toy task.

    Parameters
    ----------
    name : {"disc", "xor"}
        ``disc``: label 1 inside the circle of radius sqrt(2 ln 2) (half the mass of a standard
        normal); ``xor``: label 1 when x1 and x2 have the same sign.
    n : int
    rng : numpy.random.Generator

    Returns
    -------
    x : ndarray, shape (n, 2)
        Standard-normal inputs.
    y : ndarray, shape (n,)
        Labels in {0.0, 1.0}.
    """
    x = rng.normal(size=(n, 2))
    if name == "disc":
        y = (np.sum(x**2, axis=1) < 2 * np.log(2)).astype(float)
    elif name == "xor":
        y = (x[:, 0] * x[:, 1] > 0).astype(float)
    else:
        raise ValueError(f"unknown task {name!r}")
    return x, y


def radius_feature(x):
    """Append the hand-made feature ``x1**2 + x2**2``.

    Parameters
    ----------
    x : ndarray, shape (n, 2)

    Returns
    -------
    ndarray, shape (n, 3)

    Examples
    --------
    >>> radius_feature(np.array([[3.0, 4.0]])).tolist()
    [[3.0, 4.0, 25.0]]
    """
    return np.column_stack([x, np.sum(x**2, axis=1)])


def sigmoid(z):
    """Logistic function 1 / (1 + exp(-z)), computed without overflow for large |z|."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def logistic_loss(w, b, x, y):
    """Mean binary cross-entropy of the linear model sigmoid(x @ w + b).

    Parameters
    ----------
    w : ndarray, shape (d,)
    b : float
    x : ndarray, shape (n, d)
    y : ndarray, shape (n,)
        Labels in {0, 1}.

    Returns
    -------
    float
    """
    z = x @ w + b
    # log(1 + exp(-z)) for y = 1 and log(1 + exp(z)) for y = 0, written stably
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def logistic_grad(w, b, x, y):
    """Gradient of `logistic_loss` with respect to ``w`` and ``b``.

    Returns
    -------
    dw : ndarray, shape (d,)
    db : float
    """
    r = (sigmoid(x @ w + b) - y) / len(y)
    return x.T @ r, float(np.sum(r))


def mlp_init(n_in, n_hidden, rng):
    """Parameters of an ``n_in -> n_hidden (tanh) -> 1`` network, weights ~ N(0, 1/fan_in).

    Returns
    -------
    dict
        ``W1`` (n_in, n_hidden), ``b1`` (n_hidden,), ``w2`` (n_hidden,), ``b2`` (1,).
    """
    return {
        "W1": rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_hidden)),
        "b1": np.zeros(n_hidden),
        "w2": rng.normal(0.0, 1.0 / np.sqrt(n_hidden), size=n_hidden),
        "b2": np.zeros(1),
    }


def mlp_logit(params, x):
    """Output before the sigmoid, shape (n,), and the hidden activations, shape (n, n_hidden)."""
    h = np.tanh(x @ params["W1"] + params["b1"])
    return h @ params["w2"] + params["b2"][0], h


def mlp_loss(params, x, y):
    """Mean binary cross-entropy of the MLP on ``x`` (n, n_in) and labels ``y`` (n,)."""
    z, _ = mlp_logit(params, x)
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def mlp_grad(params, x, y):
    """Gradient of `mlp_loss` by backpropagation.

    Returns
    -------
    dict
        Same keys and shapes as ``params``.
    """
    z, h = mlp_logit(params, x)
    dz = (sigmoid(z) - y) / len(y)  # (n,)
    dh = np.outer(dz, params["w2"]) * (1.0 - h**2)  # (n, n_hidden), tanh' = 1 - tanh**2
    return {
        "W1": x.T @ dh,
        "b1": dh.sum(axis=0),
        "w2": h.T @ dz,
        "b2": np.array([dz.sum()]),
    }


def train_linear(x, y, steps=2000, lr=0.5):
    """Logistic regression by full-batch gradient descent from zero.

    Returns
    -------
    w : ndarray, shape (d,)
    b : float
    """
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        dw, db = logistic_grad(w, b, x, y)
        w, b = w - lr * dw, b - lr * db
    return w, b


def train_mlp(x, y, rng, n_hidden=16, steps=3000, lr=0.5):
    """The MLP trained by full-batch gradient descent on the raw inputs."""
    params = mlp_init(x.shape[1], n_hidden, rng)
    for _ in range(steps):
        grads = mlp_grad(params, x, y)
        for key in params:
            params[key] = params[key] - lr * grads[key]
    return params


def standardise(train, test):
    """Scale columns by the training mean and standard deviation (test uses training statistics)."""
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (test - mean) / std


def accuracy(scores, y):
    """Fraction of ``scores > 0`` that agree with labels ``y``."""
    return float(np.mean((scores > 0) == (y == 1)))


def rank_correlation(a, b):
    """Spearman rank correlation of two 1-D arrays without ties: +-1 for a monotone relation.

    Examples
    --------
    >>> float(rank_correlation(np.array([1.0, 2.0, 3.0]), np.array([10.0, 0.0, -5.0])))
    -1.0
    """
    rank_a, rank_b = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return np.corrcoef(rank_a, rank_b)[0, 1]


def main():
    rng = np.random.default_rng(0)
    print("test accuracy, 400 training points, 4000 test points")
    print(f"{'task':6s} {'linear, raw x':>14s} {'linear, x + r^2':>16s} {'MLP, raw x':>11s}")
    for task in ("disc", "xor"):
        x_train, y_train = make_task(task, 400, rng)
        x_test, y_test = make_task(task, 4000, rng)

        w, b = train_linear(x_train, y_train)
        raw = accuracy(x_test @ w + b, y_test)

        f_train, f_test = standardise(radius_feature(x_train), radius_feature(x_test))
        w, b = train_linear(f_train, y_train)
        hand = accuracy(f_test @ w + b, y_test)

        params = train_mlp(x_train, y_train, rng)
        z_test, _ = mlp_logit(params, x_test)
        mlp = accuracy(z_test, y_test)
        print(f"{task:6s} {raw:14.0%} {hand:16.0%} {mlp:11.0%}")

        if task == "disc":
            rho = rank_correlation(z_test, np.sum(x_test**2, axis=1))
    print("(50% is guessing; the linear model on raw x can only draw one straight line)")
    print(f"disc: rank correlation of the MLP's output with x1^2 + x2^2 = {rho:.2f}")
    print("(nobody gave the MLP the radius; it learned an equivalent feature from the labels)")


if __name__ == "__main__":
    main()
