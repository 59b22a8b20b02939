"""An embedding is a row lookup, a one-hot times a matrix; its gradient is row-sparse."""

import numpy as np


def embedding_backward(tokens, grad_out, vocab_size):
    """Gradient (vocab_size, d) of the table, from ids (n,) and upstream (n, d)."""
    grad_table = np.zeros((vocab_size, grad_out.shape[1]))
    np.add.at(grad_table, tokens, grad_out)  # repeated ids add up
    return grad_table


def show(name, a):
    print(name, np.array2string(a, precision=2, floatmode="fixed"))


if __name__ == "__main__":
    rng = np.random.default_rng(29)
    V, d = 6, 3  # vocabulary size, embedding width
    E = rng.normal(size=(V, d))  # the table: one row per token id
    tokens = np.array([4, 1, 4])  # three token ids; 4 appears twice
    one_hot = np.eye(V)[tokens]  # (3, 6)
    X = E[tokens]  # (3, 3): the lookup, no multiplication
    print("one-hot (3, 6) @ E (6, 3) == E[tokens]:", np.allclose(one_hot @ E, X))

    # A loss L(X); the layers above hand back dL/dX, one row per position.
    grad_X = np.round(rng.normal(size=(3, d)), 2)
    show("dL/dX (one row per position):\n", grad_X)
    grad_E = embedding_backward(tokens, grad_X, V)
    show("dL/dE (one row per vocabulary id):\n", grad_E)
    rows = np.flatnonzero(np.any(grad_E != 0, axis=1))
    print("rows with a non-zero gradient:", rows.tolist())
    print("equals one_hot.T @ dL/dX:", np.allclose(grad_E, one_hot.T @ grad_X))

    wrong = np.zeros((V, d))
    # Buffered: a repeated id keeps one contribution (which one, NumPy leaves unspecified).
    wrong[tokens] += grad_X
    show("row 4 with E[tokens] += ... (wrong):", wrong[4])
    show("row 4 with np.add.at (right):      ", grad_E[4])
