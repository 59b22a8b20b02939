"""What the hidden layer adds: a representation in which XOR is linearly separable."""

import numpy as np

X_XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y_XOR = np.array([0, 1, 1, 0])
# Hand-set threshold units: hidden unit 1 is OR, hidden unit 2 is NAND, the output is their AND.
W1, B1 = np.array([[1.0, -1.0], [1.0, -1.0]]), np.array([-0.5, 1.5])
W2, B2 = np.array([1.0, 1.0]), -1.5


def step(z):
    """Heaviside threshold of ``z`` (any shape): 1.0 where ``z > 0``, else 0.0."""
    return (z > 0).astype(float)


def threshold_network(X, W1=W1, b1=B1, w2=W2, b2=B2):
    """Two layers of step units on ``X`` (n, 2): outputs (n,) and hidden codes (n, 2), in {0, 1}."""
    hidden = step(X @ W1 + b1)
    return step(hidden @ w2 + b2), hidden


def perceptron_mistakes(H, y, max_epochs=100):
    """Mistakes per epoch of the perceptron rule on ``H`` (n, d), ``y`` (n,) in {0, 1}, from w = 0."""
    Ha = np.hstack([H, np.ones((len(H), 1))])
    s = np.where(y == 1, 1, -1)
    w = np.zeros(Ha.shape[1])
    per_epoch = []
    for _ in range(max_epochs):
        mistakes = 0
        for h, target in zip(Ha, s, strict=True):
            if target * (h @ w) <= 0:
                w = w + target * h
                mistakes += 1
        per_epoch.append(mistakes)
        if mistakes == 0:
            break
    return per_epoch


def squared_error(theta):
    """Sum of squared errors on XOR of the threshold network with weights ``theta`` (9,)."""
    out, _ = threshold_network(X_XOR, theta[:4].reshape(2, 2), theta[4:6], theta[6:8], theta[8])
    return float(np.sum((out - Y_XOR) ** 2))


def main():
    out, hidden = threshold_network(X_XOR)
    print("x1 x2 | OR NAND | output  XOR")
    for x, h, o, t in zip(
        X_XOR.astype(int), hidden.astype(int), out.astype(int), Y_XOR, strict=True
    ):
        print(f" {x[0]}  {x[1]} |  {h[0]}    {h[1]} |   {o}      {t}")

    raw = perceptron_mistakes(X_XOR, Y_XOR)
    print(f"\nperceptron on the raw inputs, mistakes per epoch: {raw[:8]} ... ({len(raw)} epochs)")
    print("perceptron on the hidden codes, mistakes per epoch:", perceptron_mistakes(hidden, Y_XOR))

    rng = np.random.default_rng(0)
    flat, eps = 0, 1e-6
    for _ in range(1000):
        theta = rng.normal(size=9)
        grad = [
            (squared_error(theta + eps * e) - squared_error(theta - eps * e)) / (2 * eps)
            for e in np.eye(9)
        ]
        flat += not np.any(grad)
    print(f"\nstep units: at {flat} of 1000 random weight settings, every partial derivative of")
    print("the error (central differences, eps = 1e-6) is exactly 0: no gradient to follow")

    A, a, B, b = rng.normal(size=(2, 3)), rng.normal(size=3), rng.normal(size=3), rng.normal()
    two_layers = (X_XOR @ A + a) @ B + b
    one_layer = X_XOR @ (A @ B) + (a @ B + b)
    print(
        "\ntwo linear layers == one linear layer with W = A B, c = a B + b:",
        np.allclose(two_layers, one_layer),
    )

    sizes = [784, 128, 10]  # parameters (weights and biases) of a layer: (n_in + 1) n_out
    mlp = sum((n_in + 1) * n_out for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=True))
    print(f"\nparameters: single layer 784 -> 10: {(784 + 1) * 10}, MLP 784-128-10: {mlp}")
    d, d_ff = 768, 3072  # a transformer layer: attention (4 d x d maps) and its MLP (d-d_ff-d)
    attention, ffn = 4 * (d * d + d), (d + 1) * d_ff + (d_ff + 1) * d
    print(f"transformer layer, d = {d}: attention {attention}, MLP block {ffn} parameters,")
    print(f"the MLP holds {ffn / (attention + ffn):.1%} of them")


if __name__ == "__main__":
    main()
