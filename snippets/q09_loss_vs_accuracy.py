"""Loss is not accuracy: equal accuracy, very different cross-entropy.

Part 1 divides the logits of one fitted logistic-regression model by a temperature T: predictions,
hence accuracy, cannot change, but the cross-entropy does. Part 2 compares two classifiers that
make the same number of mistakes, one of them confidently.
"""

import numpy as np


def binary_cross_entropy_with_logits(z, y):
    """Mean binary cross-entropy of logits ``z`` and labels ``y`` in {0, 1} (same shape), a float."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # log(1 + e^z) without overflow


def bce_from_probs(p, y):
    """Mean binary cross-entropy of probabilities ``p = P(y = 1)`` (n,) against ``y`` (n,)."""
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def accuracy_from_logits(z, y):
    """Fraction of examples whose predicted class ``z > 0`` equals the label; shapes (n,)."""
    return float(np.mean((z > 0) == (y == 1)))


def make_blobs(rng, n):
    """Two overlapping Gaussian classes in 2-D: ``X`` (n, 3) with a bias column, ``y`` (n,)."""
    y = rng.integers(0, 2, size=n).astype(float)
    centres = np.where(y[:, None] == 1, 1.0, -1.0) * np.array([0.8, 0.5])
    x = centres + rng.normal(size=(n, 2))
    return np.column_stack([np.ones(n), x]), y


def fit_logistic(X, y, iterations=25):
    """Maximum-likelihood logistic regression by Newton's method; weights (d,)."""
    w = np.zeros(X.shape[1])
    for _ in range(iterations):
        p = np.exp(-np.logaddexp(0.0, -(X @ w)))  # sigmoid, without overflow
        hessian = X.T @ (X * (p * (1 - p))[:, None])
        w = w - np.linalg.solve(hessian, X.T @ (p - y))
    return w


def main():
    rng = np.random.default_rng(0)
    X_train, y_train = make_blobs(rng, 500)
    X_test, y_test = make_blobs(rng, 5000)
    z = X_test @ fit_logistic(X_train, y_train)

    print("Part 1. One model, logits divided by a temperature T (test set, 5000 points)")
    print("    T  accuracy  cross-entropy")
    for t in (0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 16.0):
        acc = accuracy_from_logits(z / t, y_test)
        print(f"{t:5.2f}  {acc:8.4f}  {binary_cross_entropy_with_logits(z / t, y_test):13.4f}")
    print("Same predictions, same accuracy; the loss ranks the temperatures, accuracy cannot.")

    print("\nPart 2. Two classifiers, ten examples, one mistake each")
    y = np.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0], dtype=float)
    p_a = np.array([0.90, 0.85, 0.80, 0.90, 0.40, 0.10, 0.20, 0.15, 0.10, 0.05])
    p_b = np.array([0.55, 0.60, 0.52, 0.58, 0.01, 0.45, 0.48, 0.40, 0.44, 0.47])
    print("label    " + " ".join(f"{v:4.0f}" for v in y))
    print("P_A(y=1) " + " ".join(f"{v:4.2f}" for v in p_a))
    print("P_B(y=1) " + " ".join(f"{v:4.2f}" for v in p_b))
    for name, p in (("A", p_a), ("B", p_b)):
        acc = np.mean((p > 0.5) == (y == 1))
        brier = np.mean((p - y) ** 2)
        print(
            f"model {name}: accuracy {acc:.2f}   cross-entropy {bce_from_probs(p, y):.3f}"
            f"   Brier {brier:.3f}"
        )
    share = -np.log(p_b[4]) / 10
    total = bce_from_probs(p_b, y)
    print(f"B's one confident mistake adds {share:.3f} of B's {total:.3f} ({share / total:.0%})")


if __name__ == "__main__":
    main()
