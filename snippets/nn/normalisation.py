"""Input standardisation, and batch, layer and RMS normalisation with their backward passes."""

import numpy as np


def standardise_fit(X):
    """Per-column ``(mean, std)``, each of shape (d,), of training data ``X`` (n, d).

    Parameters
    ----------
    X : ndarray, shape (n, d)
        Training data only: statistics taken from test data leak it into the model.

    Returns
    -------
    mean, std : ndarray, shape (d,)

    Examples
    --------
    >>> [s.tolist() for s in standardise_fit(np.array([[1.0, 5.0], [3.0, 5.0]]))]
    [[2.0, 5.0], [1.0, 0.0]]
    """
    return X.mean(axis=0), X.std(axis=0)


def standardise_apply(X, mean, std):
    """Standardise ``X`` (n, d) with statistics ``mean``, ``std`` (d,) from `standardise_fit`.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    mean, std : ndarray, shape (d,)

    Returns
    -------
    ndarray, shape (n, d)
        ``(X - mean) / std``; a constant column (std 0) becomes 0.

    Examples
    --------
    >>> X = np.array([[1.0, 5.0], [3.0, 5.0]])
    >>> standardise_apply(X, *standardise_fit(X)).tolist()
    [[-1.0, 0.0], [1.0, 0.0]]
    """
    # Dividing a constant column by its std of 0 would give nan; its centred values are all 0.
    return (X - mean) / np.where(std > 0, std, 1.0)


def batch_norm_forward(X, gamma, beta, eps=1e-5):
    """Batch normalisation of ``X`` (n, d), training mode (batch statistics): ``(Y, cache)``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    gamma, beta : ndarray, shape (d,)
        Scale and shift.
    eps : float
        Added to the variance.

    Returns
    -------
    Y : ndarray, shape (n, d)
        ``gamma (X - mean) / sqrt(var + eps) + beta``, mean and (biased) variance per column.
    cache : tuple
        What `batch_norm_backward` needs.

    Examples
    --------
    >>> Y, _ = batch_norm_forward(np.array([[1.0], [3.0]]), np.ones(1), np.zeros(1), eps=0.0)
    >>> Y.tolist()
    [[-1.0], [1.0]]
    """
    std = np.sqrt(X.var(axis=0) + eps)  # np.var subtracts the mean first: no cancellation
    X_hat = (X - X.mean(axis=0)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def batch_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma, dbeta)`` of `batch_norm_forward` from ``dY`` (n, d).

    Parameters
    ----------
    dY : ndarray, shape (n, d)
        Gradient of the loss with respect to ``Y``.
    cache : tuple
        The cache returned by `batch_norm_forward`.

    Returns
    -------
    dX : ndarray, shape (n, d)
    dgamma, dbeta : ndarray, shape (d,)

    Examples
    --------
    >>> _, cache = batch_norm_forward(np.array([[1.0], [3.0]]), np.ones(1), np.zeros(1), eps=0.0)
    >>> [g.tolist() for g in batch_norm_backward(np.array([[1.0], [1.0]]), cache)]
    [[[0.0], [0.0]], [0.0], [2.0]]
    """
    X_hat, gamma, std = cache
    dX_hat = dY * gamma
    # Each row's mean and variance depend on every row: the two means remove those paths.
    dX = (dX_hat - dX_hat.mean(axis=0) - X_hat * (dX_hat * X_hat).mean(axis=0)) / std
    return dX, (dY * X_hat).sum(axis=0), dY.sum(axis=0)


def layer_norm_forward(X, gamma, beta, eps=1e-5):
    """Layer normalisation of ``X`` (n, d), statistics over the last axis: ``(Y, cache)``.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    gamma, beta : ndarray, shape (d,)
        Scale and shift.
    eps : float
        Added to the variance.

    Returns
    -------
    Y : ndarray, shape (n, d)
        ``gamma (X - mean) / sqrt(var + eps) + beta``, mean and (biased) variance per row.
    cache : tuple
        What `layer_norm_backward` needs.

    Examples
    --------
    >>> Y, _ = layer_norm_forward(np.array([[1.0, 3.0]]), np.ones(2), np.zeros(2), eps=0.0)
    >>> Y.tolist()
    [[-1.0, 1.0]]
    """
    std = np.sqrt(X.var(axis=-1, keepdims=True) + eps)
    X_hat = (X - X.mean(axis=-1, keepdims=True)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def layer_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma, dbeta)`` of `layer_norm_forward` from ``dY`` (n, d).

    Parameters
    ----------
    dY : ndarray, shape (n, d)
        Gradient of the loss with respect to ``Y``.
    cache : tuple
        The cache returned by `layer_norm_forward`.

    Returns
    -------
    dX : ndarray, shape (n, d)
    dgamma, dbeta : ndarray, shape (d,)

    Examples
    --------
    >>> _, cache = layer_norm_forward(np.array([[1.0, 3.0]]), np.ones(2), np.zeros(2), eps=0.0)
    >>> [g.tolist() for g in layer_norm_backward(np.array([[1.0, 1.0]]), cache)]
    [[[0.0, 0.0]], [-1.0, 1.0], [1.0, 1.0]]
    """
    X_hat, gamma, std = cache
    dX_hat = dY * gamma
    mean = dX_hat.mean(axis=-1, keepdims=True)
    dX = (dX_hat - mean - X_hat * (dX_hat * X_hat).mean(axis=-1, keepdims=True)) / std
    return dX, (dY * X_hat).sum(axis=0), dY.sum(axis=0)


def rms_norm_forward(X, gamma, eps=1e-6):
    """RMS normalisation ``gamma X / sqrt(mean(X**2) + eps)`` of ``X`` (n, d), over the last axis.

    Parameters
    ----------
    X : ndarray, shape (n, d)
    gamma : ndarray, shape (d,)
        Scale.
    eps : float
        Added to the mean square.

    Returns
    -------
    Y : ndarray, shape (n, d)
    cache : tuple
        What `rms_norm_backward` needs.

    Examples
    --------
    >>> Y, _ = rms_norm_forward(np.array([[3.0, -4.0]]), np.ones(2), eps=0.0)
    >>> Y.round(4).tolist()
    [[0.8485, -1.1314]]
    """
    rms = np.sqrt(np.mean(X**2, axis=-1, keepdims=True) + eps)
    X_hat = X / rms
    return gamma * X_hat, (X_hat, gamma, rms)


def rms_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma)`` of `rms_norm_forward` from ``dY`` (n, d).

    Parameters
    ----------
    dY : ndarray, shape (n, d)
        Gradient of the loss with respect to ``Y``.
    cache : tuple
        The cache returned by `rms_norm_forward`.

    Returns
    -------
    dX : ndarray, shape (n, d)
    dgamma : ndarray, shape (d,)

    Examples
    --------
    >>> _, cache = rms_norm_forward(np.array([[3.0, 4.0]]), np.ones(2), eps=0.0)
    >>> [g.round(6).tolist() for g in rms_norm_backward(np.array([[4.0, -3.0]]), cache)]
    [[[1.131371, -0.848528]], [3.394113, -3.394113]]
    """
    X_hat, gamma, rms = cache
    dX_hat = dY * gamma
    # Scaling X does not change Y: the component of dX_hat along X_hat is removed.
    dX = (dX_hat - X_hat * (dX_hat * X_hat).mean(axis=-1, keepdims=True)) / rms
    return dX, (dY * X_hat).sum(axis=0)
