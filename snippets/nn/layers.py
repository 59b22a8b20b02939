"""A dense layer and a two-layer perceptron (tanh hidden layer): forward and backward passes."""

import numpy as np


def dense_forward(X, W, b):
    """Dense layer ``X @ W + b`` on ``X`` (n, d_in), with ``W`` (d_in, d_out): output (n, d_out).

    Parameters
    ----------
    X : ndarray, shape (n, d_in)
    W : ndarray, shape (d_in, d_out)
    b : ndarray, shape (d_out,)

    Returns
    -------
    ndarray, shape (n, d_out)

    Examples
    --------
    >>> dense_forward(np.array([[1.0, 2.0]]), np.array([[1.0], [1.0]]), np.array([0.5])).tolist()
    [[3.5]]
    """
    return X @ W + b


def dense_backward(X, W, grad_out):
    """Gradients ``(grad_X, grad_W, grad_b)`` of `dense_forward` from ``grad_out`` (n, d_out).

    Parameters
    ----------
    X : ndarray, shape (n, d_in)
        The layer's input.
    W : ndarray, shape (d_in, d_out)
    grad_out : ndarray, shape (n, d_out)
        Gradient of the loss with respect to the layer's output.

    Returns
    -------
    grad_X : ndarray, shape (n, d_in)
    grad_W : ndarray, shape (d_in, d_out)
    grad_b : ndarray, shape (d_out,)

    Examples
    --------
    >>> X, W = np.array([[1.0, 2.0]]), np.array([[3.0], [4.0]])
    >>> [g.tolist() for g in dense_backward(X, W, np.array([[1.0]]))]
    [[[3.0, 4.0]], [[1.0], [2.0]], [1.0]]
    """
    return grad_out @ W.T, X.T @ grad_out, grad_out.sum(axis=0)


def mlp_forward(X, W1, b1, W2, b2):
    """Two-layer perceptron ``tanh(X @ W1 + b1) @ W2 + b2`` on ``X`` (n, d_in), output (n, d_out).

    Parameters
    ----------
    X : ndarray, shape (n, d_in)
    W1 : ndarray, shape (d_in, d_hidden)
    b1 : ndarray, shape (d_hidden,)
    W2 : ndarray, shape (d_hidden, d_out)
    b2 : ndarray, shape (d_out,)

    Returns
    -------
    out : ndarray, shape (n, d_out)
        Linear output (logits or regression values).
    cache : tuple
        What `mlp_backward` needs: ``(X, H, W2)``, ``H`` the hidden activations (n, d_hidden).

    Examples
    --------
    >>> X, W1, b1 = np.ones((1, 1)), np.zeros((1, 2)), np.zeros(2)
    >>> mlp_forward(X, W1, b1, np.ones((2, 1)), np.ones(1))[0].tolist()
    [[1.0]]
    """
    H = np.tanh(X @ W1 + b1)
    return H @ W2 + b2, (X, H, W2)


def mlp_backward(grad_out, cache):
    """Gradients of `mlp_forward`'s parameters (W1, b1, W2, b2) from ``grad_out`` (n, d_out).

    Parameters
    ----------
    grad_out : ndarray, shape (n, d_out)
        Gradient of the loss with respect to the output.
    cache : tuple
        The cache returned by `mlp_forward`.

    Returns
    -------
    grad_W1 : ndarray, shape (d_in, d_hidden)
    grad_b1 : ndarray, shape (d_hidden,)
    grad_W2 : ndarray, shape (d_hidden, d_out)
    grad_b2 : ndarray, shape (d_out,)

    Examples
    --------
    >>> X, W1, b1 = np.ones((1, 1)), np.zeros((1, 1)), np.zeros(1)
    >>> _, cache = mlp_forward(X, W1, b1, np.ones((1, 1)), np.zeros(1))
    >>> [g.tolist() for g in mlp_backward(np.array([[2.0]]), cache)]
    [[[2.0]], [2.0], [[0.0]], [2.0]]
    """
    X, H, W2 = cache
    # tanh'(a) = 1 - tanh(a)**2, from the stored activations: no need to keep a = X @ W1 + b1.
    grad_A = (grad_out @ W2.T) * (1.0 - H**2)
    return X.T @ grad_A, grad_A.sum(axis=0), H.T @ grad_out, grad_out.sum(axis=0)
