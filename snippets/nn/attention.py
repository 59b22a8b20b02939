"""Scaled dot-product attention, forward and backward, and the causal mask."""

import numpy as np

from snippets.nn.activations import softmax, softmax_backward


def causal_mask(n):
    """Causal mask (n, n) of booleans, True where query ``i`` may attend to key ``j`` (j <= i).

    Parameters
    ----------
    n : int
        Sequence length.

    Returns
    -------
    ndarray of bool, shape (n, n)
        Lower triangular, diagonal included.

    Examples
    --------
    >>> causal_mask(3).astype(int).tolist()
    [[1, 0, 0], [1, 1, 0], [1, 1, 1]]
    """
    return np.tril(np.ones((n, n), dtype=bool))


def scaled_dot_product_attention(Q, K, V, mask=None):
    """Attention ``softmax(Q K^T / sqrt(d_k)) V`` for ``Q`` (n_q, d_k): ``(out, weights)``.

    Parameters
    ----------
    Q : ndarray, shape (n_q, d_k)
    K : ndarray, shape (n_k, d_k)
    V : ndarray, shape (n_k, d_v)
    mask : ndarray of bool, shape (n_q, n_k), optional
        True where attention is allowed; every row needs at least one True.

    Returns
    -------
    out : ndarray, shape (n_q, d_v)
    weights : ndarray, shape (n_q, n_k)
        Attention weights, rows sum to 1, 0 where masked.

    Examples
    --------
    >>> Q = K = np.eye(2)
    >>> out, weights = scaled_dot_product_attention(Q, K, np.array([[1.0], [3.0]]), causal_mask(2))
    >>> out.round(4).tolist(), weights.round(4).tolist()
    ([[1.0], [2.3395]], [[1.0, 0.0], [0.3302, 0.6698]])
    """
    # Dividing by sqrt(d_k) keeps the scores' variance near 1, so softmax does not saturate.
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)  # exp(-inf) = 0: masked keys get weight 0
    weights = softmax(scores)
    return weights @ V, weights


def scaled_dot_product_attention_backward(grad_out, Q, K, V, weights):
    """Gradients ``(dQ, dK, dV)`` (shapes of Q, K, V) of attention from ``grad_out`` (n_q, d_v).

    Parameters
    ----------
    grad_out : ndarray, shape (n_q, d_v)
        Gradient of the loss with respect to ``out``.
    Q, K, V : ndarray
        As given to `scaled_dot_product_attention`.
    weights : ndarray, shape (n_q, n_k)
        As returned by `scaled_dot_product_attention` (masked entries are 0, so get no gradient).

    Returns
    -------
    dQ : ndarray, shape (n_q, d_k)
    dK : ndarray, shape (n_k, d_k)
    dV : ndarray, shape (n_k, d_v)

    Examples
    --------
    >>> Q = K = np.eye(2)
    >>> V = np.array([[1.0], [3.0]])
    >>> _, weights = scaled_dot_product_attention(Q, K, V)
    >>> dQ, dK, dV = scaled_dot_product_attention_backward(np.ones((2, 1)), Q, K, V, weights)
    >>> dQ.round(4).tolist(), dV.tolist()
    ([[-0.3128, 0.3128], [-0.3128, 0.3128]], [[1.0], [1.0]])
    """
    dV = weights.T @ grad_out
    d_scores = softmax_backward(weights, grad_out @ V.T) / np.sqrt(Q.shape[-1])
    return d_scores @ K, d_scores.T @ Q, dV
