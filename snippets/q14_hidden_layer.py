"""What the hidden layer adds: a new representation in which the classes become separable.

1. Two threshold units (OR and NAND) and an output unit (AND) compute XOR exactly: a multi-layer
   perceptron of 1960s-style step units can represent what a single one cannot.
2. In the hidden units' coordinates, XOR is linearly separable: a perceptron trained on the hidden
   codes converges.
3. Step units cannot be trained by gradient descent: the loss is piecewise constant in their
   weights, so its derivative is zero almost everywhere. Backpropagation needs smooth units.
4. Without a nonlinearity, two layers collapse into one linear map: depth alone adds nothing.
"""

import numpy as np

X_XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y_XOR = np.array([0, 1, 1, 0])


def step(z):
    """Heaviside threshold: 1 where ``z > 0``, else 0, elementwise (float array).

    Examples
    --------
    >>> step(np.array([-1.0, 0.0, 2.0])).tolist()
    [0.0, 0.0, 1.0]
    """
    return (z > 0).astype(float)


#: Hand-set weights: hidden unit 1 is OR, hidden unit 2 is NAND, the output is their AND.
W1 = np.array([[1.0, -1.0], [1.0, -1.0]])
B1 = np.array([-0.5, 1.5])
W2 = np.array([1.0, 1.0])
B2 = -1.5


def threshold_network(X, W1=W1, b1=B1, w2=W2, b2=B2):
    """Two-layer network of step units.

    Parameters
    ----------
    X : ndarray, shape (n, 2)
        Inputs.
    W1 : ndarray, shape (2, 2)
    b1 : ndarray, shape (2,)
    w2 : ndarray, shape (2,)
    b2 : float

    Returns
    -------
    out : ndarray, shape (n,)
        Output in {0, 1}.
    hidden : ndarray, shape (n, 2)
        Hidden codes in {0, 1}.
    """
    hidden = step(X @ W1 + b1)
    return step(hidden @ w2 + b2), hidden


def perceptron_mistakes(H, y, max_epochs=100):
    """Mistakes per epoch of the perceptron rule on inputs ``H`` (n, d), labels ``y`` in {0, 1}.

    Returns
    -------
    list of int
        Stops after the first epoch without a mistake (or at ``max_epochs``).
    """
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
    """Sum of squared errors of the threshold network on XOR, weights packed in ``theta`` (9,)."""
    out, _ = threshold_network(X_XOR, theta[:4].reshape(2, 2), theta[4:6], theta[6:8], theta[8])
    return float(np.sum((out - Y_XOR) ** 2))


def main():
    out, hidden = threshold_network(X_XOR)
    print("x1 x2 | OR NAND | output  XOR")
    for x, h, o, t in zip(
        X_XOR.astype(int), hidden.astype(int), out.astype(int), Y_XOR, strict=True
    ):
        print(f" {x[0]}  {x[1]} |  {h[0]}    {h[1]} |   {o}      {t}")

    print(
        "\nperceptron on the raw inputs, mistakes per epoch:",
        perceptron_mistakes(X_XOR, Y_XOR)[:8],
        "...",
    )
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

    A = rng.normal(size=(2, 3))
    a = rng.normal(size=3)
    B = rng.normal(size=3)
    b = rng.normal()
    two_layers = (X_XOR @ A + a) @ B + b
    one_layer = X_XOR @ (A @ B) + (a @ B + b)
    print(
        "\ntwo linear layers == one linear layer with W = A B, c = a B + b:",
        np.allclose(two_layers, one_layer),
    )


if __name__ == "__main__":
    main()
