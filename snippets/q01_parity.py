"""A sparse parity: what gradient descent needs to learn it, and an algorithm that knows it."""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit(x, y, hidden, train_features, rng, steps=1000, lr=0.5):
    """Full-batch gradient descent on mean cross-entropy; returns x (n, d) -> logits (n,)."""
    W = rng.normal(0.0, 1.0 / np.sqrt(x.shape[1]), (x.shape[1], hidden))
    b, v, c = rng.normal(0.0, 1.0, hidden), np.zeros(hidden), 0.0
    h = np.tanh(x @ W + b)  # features h (n, hidden); the model is linear in h
    for _ in range(steps):
        dz = (sigmoid(h @ v + c) - y) / len(y)  # d(loss) / d(logits)
        if train_features:  # backpropagate into W, b: the features are learned
            dpre = np.outer(dz, v) * (1.0 - h**2)
            W, b = W - lr * x.T @ dpre, b - lr * dpre.sum(axis=0)
        v, c = v - lr * h.T @ dz, c - lr * dz.sum()
        h = np.tanh(x @ W + b) if train_features else h
    return lambda x: np.tanh(x @ W + b) @ v + c


def all_inputs(k):
    """Every point of {-1, +1}^k, shape (2^k, k)."""
    return 1.0 - 2.0 * ((np.arange(2**k)[:, None] >> np.arange(k)) & 1)


def fourier_weights(y, x):
    """Share of the variance of labels y (2^k,) on x = all_inputs(k) carried by each degree 1..k.

    The coefficient of the product x_S of the inputs in S is mean(y * x_S); the squared
    coefficients of degree |S| add up to that degree's share of the variance.
    """
    k = x.shape[1]
    weights = np.zeros(k)
    for subset in range(1, 2**k):
        members = ((subset >> np.arange(k)) & 1).astype(bool)
        weights[members.sum() - 1] += np.mean(y * np.prod(x[:, members], axis=1)) ** 2
    return weights / y.var()


def solve_gf2(a, b):
    """The unique s with a s = b modulo 2 for a (m, d) and b (m,) in {0, 1}, or None."""
    m = np.concatenate([a, b[:, None]], axis=1).astype(np.uint8) % 2
    d = a.shape[1]
    for col in range(d):
        candidates = np.flatnonzero(m[col:, col])
        if len(candidates) == 0:
            return None  # the rows do not determine s
        pivot = col + candidates[0]
        m[[col, pivot]] = m[[pivot, col]]
        others = m[:, col].astype(bool)
        others[col] = False
        m[others] ^= m[col]  # XOR is addition modulo 2
    if m[d:, -1].any():
        return None  # the rows contradict each other
    return m[:d, -1].copy()


def find_parity_inputs(x, y):
    """Inputs whose product is the label, from the fewest leading rows of x (n, d) that fix them.

    With bits (1 - x) / 2, the label y = 0 exactly when an odd number of the chosen inputs is -1,
    so bits @ s = 1 - y modulo 2 for the indicator vector s of the chosen inputs.
    """
    bits, target = (x < 0).astype(np.uint8), (y == 0).astype(np.uint8)
    for rows in range(x.shape[1], len(y) + 1):
        s = solve_gf2(bits[:rows], target[:rows])
        if s is not None:
            return np.flatnonzero(s), rows
    return None, len(y)


def main():
    k = 5
    cases = all_inputs(k)
    targets = {
        "sum": (np.abs(cases.sum(axis=1)) == 1).astype(float),
        "parity": (np.prod(cases, axis=1) == 1).astype(float),
    }
    print(f"1) share of each target's variance by Fourier degree in its {k} inputs")
    print("   target " + "".join(f"{f'degree {j}':>10s}" for j in range(1, k + 1)))
    for name, y in targets.items():
        print(f"   {name:7s}" + "".join(f"{w:10.0%}" for w in fourier_weights(y, cases)))

    rng = np.random.default_rng(0)
    dim, k = 20, 4
    x = rng.choice([-1.0, 1.0], size=(4000, dim))
    y = (np.prod(x[:, :k], axis=1) == 1).astype(float)
    x_test, y_test = x[2000:], y[2000:]
    print(f"2) label = parity of x1..x{k} among {dim} inputs; 32 learned tanh features,")
    print("   full-batch gradient descent; 2000 test points")
    for n, steps in ((200, 1500), (200, 6000), (2000, 1500)):
        net = fit(x[:n], y[:n], 32, True, rng, steps=steps)
        train = np.mean((net(x[:n]) > 0) == (y[:n] == 1))
        test = np.mean((net(x_test) > 0) == (y_test == 1))
        print(
            f"   {n:4d} examples, {steps:4d} steps: train accuracy {train:4.0%}, test {test:4.0%}"
        )
    inputs, rows = find_parity_inputs(x[:200], y[:200])
    accuracy = np.mean((np.prod(x_test[:, inputs], axis=1) == 1) == (y_test == 1))
    print("3) the same parity by linear algebra modulo 2 (Gaussian elimination)")
    print(
        f"   the first {rows} examples determine the inputs "
        + ", ".join(f"x{j + 1}" for j in inputs)
    )
    print(f"   test accuracy: {accuracy:.0%}")


if __name__ == "__main__":
    main()
