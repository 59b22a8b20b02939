"""Why a sparse parity is hard for gradient descent and easy for an algorithm that knows it."""

import numpy as np


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
    x = rng.choice([-1.0, 1.0], size=(3000, 30))
    y = (np.prod(x[:, :k], axis=1) == 1).astype(float)
    inputs, rows = find_parity_inputs(x[:1000], y[:1000])
    accuracy = np.mean((np.prod(x[1000:, inputs], axis=1) == 1) == (y[1000:] == 1))
    print("2) the parity of x1..x5 among 30 inputs, by linear algebra modulo 2")
    print(
        f"   the first {rows} examples determine the inputs "
        + ", ".join(f"x{j + 1}" for j in inputs)
    )
    print(f"   test accuracy on 2000 new points: {accuracy:.0%}")


if __name__ == "__main__":
    main()
