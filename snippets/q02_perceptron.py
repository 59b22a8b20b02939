"""A perceptron is a weighted sum and a step; its rule learns AND but not XOR."""

import numpy as np


def perceptron(X, w, b):
    """Predict +1 where the score ``X @ w + b`` is positive, else -1."""
    return np.where(X @ w + b > 0, 1, -1)


def train(X, y, epochs=100):
    """Rosenblatt's rule from w = 0, b = 0: on a mistake, w += y x and b += y."""
    w, b = np.zeros(X.shape[1]), 0.0
    for epoch in range(1, epochs + 1):
        mistakes = 0
        for x, target in zip(X, y, strict=True):
            if target * (x @ w + b) <= 0:  # a score of 0 counts as a mistake
                w, b, mistakes = w + target * x, b + target, mistakes + 1
        if mistakes == 0:
            return w, b, f"no mistake in epoch {epoch}"
    return w, b, f"still {mistakes} mistakes in epoch {epochs}"


def main():
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    gates = {"AND": ([1, 1], -1.5), "OR": ([1, 1], -0.5)}
    gates["NOT x1"] = ([-1, 0], 0.5)  # a zero weight: x2 is ignored
    print("outputs on the inputs 00, 01, 10, 11:")
    for name, (w, b) in gates.items():
        out = perceptron(X, np.array(w), b).tolist()
        print(f"{name:>6} with w = {str(w) + ',':<8} b = {b:4.1f}: {out}")

    print("\nlearned by the rule, starting from w = [0, 0] and b = 0:")
    for name, y in [("AND", [-1, -1, -1, 1]), ("XOR", [-1, 1, 1, -1])]:
        w, b, status = train(X, np.array(y))
        print(f"{name}: w = {w.astype(int).tolist()}, b = {b:.0f}, {status}")


if __name__ == "__main__":
    main()
