"""Forward propagation through a small MLP, in matrix form, with every shape printed.

The network is 4 -> 5 -> 3: a ReLU hidden layer, a linear output layer, softmax and the mean
cross-entropy loss. The program checks that the batched (matrix) forward pass gives the numbers
of the per-example one (up to rounding, since the summation order differs), lists what the
forward pass caches for the backward pass, and shows that this cache, unlike the parameters,
grows with the batch size.
"""

import numpy as np


def init_params(sizes, rng):
    """``W{l}`` of shape (n_l, n_{l-1}) with He scaling, biases ``b{l}`` of shape (n_l,).

    Parameters
    ----------
    sizes : list of int
        Layer widths, input first, e.g. ``[4, 5, 3]``.
    rng : numpy.random.Generator

    Returns
    -------
    dict of str to ndarray
    """
    params = {}
    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True), start=1):
        params[f"W{layer}"] = rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_out, n_in))
        params[f"b{layer}"] = rng.normal(0.0, 0.1, size=n_out)
    return params


def log_softmax(z):
    """Row-wise log of the softmax of ``z`` (shape (B, K) or (K,)), computed stably.

    Subtracting the row maximum changes no probability but keeps ``exp`` from overflowing, and
    taking the log before exponentiating keeps a tiny probability from becoming log(0).

    Examples
    --------
    >>> np.exp(log_softmax(np.array([0.0, np.log(3.0)]))).round(2).tolist()
    [0.25, 0.75]
    """
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def forward(params, x, y, trace=False):
    """Batched forward pass: every layer's pre-activation and activation, then the loss.

    Parameters
    ----------
    params : dict of str to ndarray
        ``W{l}`` of shape (n_l, n_{l-1}) and ``b{l}`` of shape (n_l,), l = 1..L.
    x : ndarray, shape (B, n_0)
        One example per row.
    y : ndarray of int, shape (B,)
        Class labels.
    trace : bool
        Print the shape of every step.

    Returns
    -------
    loss : float
        Mean cross-entropy over the batch.
    cache : dict of str to ndarray
        ``A0`` (= x), then ``Z{l}`` and ``A{l}`` of shape (B, n_l) for every layer; ``A{L}`` is
        the softmax output. This is what backpropagation reads.
    """
    n_layers = len(params) // 2
    cache = {"A0": x}
    a = x
    for layer in range(1, n_layers + 1):
        w, b = params[f"W{layer}"], params[f"b{layer}"]
        z = a @ w.T + b  # (B, n_{l-1}) @ (n_{l-1}, n_l) + (n_l,)  ->  (B, n_l)
        a = np.maximum(z, 0.0) if layer < n_layers else np.exp(log_softmax(z))
        cache[f"Z{layer}"], cache[f"A{layer}"] = z, a
        if trace:
            act = "relu" if layer < n_layers else "softmax"
            print(
                f"  layer {layer}: A{layer - 1} {cache[f'A{layer - 1}'].shape} @ "
                f"W{layer}.T {w.T.shape} + b{layer} {b.shape} -> Z{layer} {z.shape}"
                f" -> {act} -> A{layer} {a.shape}"
            )
    loss = -np.mean(log_softmax(z)[np.arange(len(y)), y])  # from the logits, not log(a)
    return float(loss), cache


def forward_one(params, x, y):
    """Forward pass for ONE example, column-vector style: ``z = W a + b``.

    Parameters
    ----------
    params : dict of str to ndarray
        As in `forward`.
    x : ndarray, shape (n_0,)
    y : int

    Returns
    -------
    probs : ndarray, shape (n_L,)
    loss : float
    """
    n_layers = len(params) // 2
    a = x
    for layer in range(1, n_layers + 1):
        z = params[f"W{layer}"] @ a + params[f"b{layer}"]
        a = np.maximum(z, 0.0) if layer < n_layers else np.exp(log_softmax(z))
    return a, float(-log_softmax(z)[y])


def main():
    rng = np.random.default_rng(16)
    sizes, batch = [4, 5, 3], 6
    params = init_params(sizes, rng)
    x = rng.normal(size=(batch, sizes[0]))
    y = rng.integers(0, sizes[-1], size=batch)

    print(f"batched forward pass, batch B = {batch}:")
    loss, cache = forward(params, x, y, trace=True)
    print(f"  loss (mean cross-entropy) = {loss:.4f}")

    singles = [forward_one(params, x[i], y[i]) for i in range(batch)]
    probs = np.stack([p for p, _ in singles])
    loss_loop = np.mean([loss_i for _, loss_i in singles])
    same = np.allclose(probs, cache[f"A{len(sizes) - 1}"], rtol=0, atol=1e-12)
    print(f"per-example loop gives the same probabilities (to 1e-12): {same}")
    print(f"and the same loss: {loss_loop:.4f}")

    n_params = sum(p.size for p in params.values())
    print("cached for the backward pass:", ", ".join(f"{k} {v.shape}" for k, v in cache.items()))
    for b in (1, 64, 4096):
        _, c = forward(params, rng.normal(size=(b, sizes[0])), rng.integers(0, 3, size=b))
        print(
            f"  batch {b:>4}: {sum(v.size for v in c.values()):>7,d} cached floats"
            f" (parameters: {n_params})"
        )


if __name__ == "__main__":
    main()
