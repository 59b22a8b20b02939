"""A single perceptron learns 14 of the 16 Boolean functions of two inputs, never XOR or XNOR.

On XOR no weights give a pass without a mistake, so the rule runs until the cap: in a fixed order
its weights cycle, in a shuffled order they wander without settling.
"""

import itertools
import math

import numpy as np

#: The four inputs of a two-input Boolean function, one per row.
INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])


def train_perceptron(X, y, max_epochs=100, rng=None):
    """Rosenblatt's rule with a bias, from w = 0: X (n, d), y (n,) in {-1, +1}.

    Returns the final weights (d + 1,) (bias last), the mistakes in each pass, and the weights at
    the end of each pass; rng shuffles the order every pass (None: fixed order).
    """
    Xa = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(Xa.shape[1])
    per_epoch, epoch_end_weights = [], []
    for _ in range(max_epochs):
        mistakes = 0
        for i in rng.permutation(len(y)) if rng is not None else range(len(y)):
            if y[i] * (Xa[i] @ w) <= 0:
                w = w + y[i] * Xa[i]
                mistakes += 1
        per_epoch.append(mistakes)
        epoch_end_weights.append(tuple(w.tolist()))
        if mistakes == 0:
            break
    return w, per_epoch, epoch_end_weights


def cover_count(n, d):
    """Cover (1965): labellings of n points in general position in R^d that a hyperplane splits.

    >>> cover_count(3, 2), cover_count(6, 2)
    (8, 32)
    """
    return 2 * sum(math.comb(n - 1, k) for k in range(d + 1))


#: Names of the 16 functions, keyed by their outputs on the inputs 00, 01, 10, 11.
# fmt: off
NAMES = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "x1 AND x2", (0, 0, 1, 0): "x1 AND NOT x2",
    (0, 0, 1, 1): "x1", (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2",
    (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "x1 OR x2", (1, 0, 0, 0): "NOR",
    (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND",
    (1, 1, 1, 1): "TRUE",
}
# fmt: on


def main():
    epochs, failed = {}, []
    for outputs in itertools.product([0, 1], repeat=4):
        y = np.where(np.array(outputs) == 1, 1, -1)
        _, per_epoch, _ = train_perceptron(INPUTS, y)
        if per_epoch[-1] == 0:
            epochs[NAMES[outputs]] = len(per_epoch)
        else:
            failed.append(NAMES[outputs])
    slowest = [name for name, n in epochs.items() if n == max(epochs.values())]
    print(
        f"learned {len(epochs)} of 16 functions, in {min(epochs.values())} to "
        f"{max(epochs.values())} epochs (slowest: {', '.join(slowest)})"
    )
    print(f"not learned in 100 epochs: {', '.join(failed)}")
    print(f"Cover's count for 4 points in general position in the plane: {cover_count(4, 2)}")

    for name, y in [("XOR", [-1, 1, 1, -1]), ("XNOR", [1, -1, -1, 1])]:
        _, per_epoch, weights = train_perceptron(INPUTS, np.array(y), max_epochs=1000)
        print(
            f"\n{name}, fixed order, 1000 epochs: mistakes per epoch min / max = "
            f"{min(per_epoch)} / {max(per_epoch)}"
        )
        print(
            f"distinct weight vectors at the ends of the epochs: {len(set(weights))}, "
            f"namely {weights[0]}"
        )

    _, per_epoch, weights = train_perceptron(
        INPUTS, np.array([-1, 1, 1, -1]), max_epochs=1000, rng=np.random.default_rng(0)
    )
    print("\nXOR, shuffled each epoch: mistakes in epochs 1-12:", per_epoch[:12])
    print(f"epochs run: {len(per_epoch)}; epochs with no mistake: {per_epoch.count(0)}")
    print(f"mistakes per epoch, min / max: {min(per_epoch)} / {max(per_epoch)}")
    print(f"distinct weight vectors at the ends of the 1000 epochs: {len(set(weights))}")


if __name__ == "__main__":
    main()
