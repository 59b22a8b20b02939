"""What each norm ignores, and the gradients of pre-LN and post-LN residual stacks.

1. Which transformations of the input leave each norm's output unchanged (eps = 0): scaling or
   shifting each example (row), or each feature (column).
2. Stacks of L residual blocks with linear branches ``x W`` (a simplification of Xiong et al.,
   2020): post-LN ``LN(x + x W)``, pre-LN ``x + LN(x) W`` with a final LN. The loss is
   ``sum(output * R)`` for a fixed random R; the printed numbers are the norms of its gradient
   with respect to the first, middle and last ``W``.
"""

import numpy as np


def batch_norm_forward(X, gamma, beta, eps=1e-5):
    """Batch normalisation of ``X`` (n, d), training mode (batch statistics): ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=0) + eps)  # np.var subtracts the mean first: no cancellation
    X_hat = (X - X.mean(axis=0)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def layer_norm_forward(X, gamma, beta, eps=1e-5):
    """Layer normalisation of ``X`` (n, d), statistics over the last axis: ``(Y, cache)``."""
    std = np.sqrt(X.var(axis=-1, keepdims=True) + eps)
    X_hat = (X - X.mean(axis=-1, keepdims=True)) / std
    return gamma * X_hat + beta, (X_hat, gamma, std)


def layer_norm_backward(dY, cache):
    """Gradients ``(dX, dgamma, dbeta)`` of `layer_norm_forward` from ``dY`` (n, d)."""
    X_hat, gamma, std = cache
    dX_hat = dY * gamma
    mean = dX_hat.mean(axis=-1, keepdims=True)
    dX = (dX_hat - mean - X_hat * (dX_hat * X_hat).mean(axis=-1, keepdims=True)) / std
    return dX, (dY * X_hat).sum(axis=0), dY.sum(axis=0)


def rms_norm_forward(X, gamma, eps=1e-6):
    """RMS normalisation ``gamma X / sqrt(mean(X**2) + eps)`` of ``X`` (n, d), over the last axis."""
    rms = np.sqrt(np.mean(X**2, axis=-1, keepdims=True) + eps)
    X_hat = X / rms
    return gamma * X_hat, (X_hat, gamma, rms)


def stack_forward(X, Ws, pre_ln):
    """Output (n, d) of a residual stack on ``X`` (n, d) and the tape `stack_weight_gradients` needs."""
    tape = []
    for W in Ws:
        if pre_ln:
            u, cache = layer_norm_forward(X, 1.0, 0.0)
            X = X + u @ W
        else:
            u = X
            X, cache = layer_norm_forward(X + X @ W, 1.0, 0.0)
        tape.append((u, cache))
    if pre_ln:
        X, final = layer_norm_forward(X, 1.0, 0.0)
        tape.append(final)
    return X, tape


def stack_weight_gradients(Ws, tape, dY, pre_ln):
    """Gradients (list of (d, d)) of ``sum(output * dY)`` with respect to each ``W`` of the stack."""
    grads = []
    if pre_ln:
        dY = layer_norm_backward(dY, tape[-1])[0]
    for W, (u, cache) in zip(Ws[::-1], tape[: len(Ws)][::-1], strict=True):
        if pre_ln:
            grads.append(u.T @ dY)  # the branch's input is LN(x); the identity path passes dY on
            dY = dY + layer_norm_backward(dY @ W.T, cache)[0]
        else:
            dS = layer_norm_backward(dY, cache)[0]  # every gradient passes through the LN
            grads.append(u.T @ dS)
            dY = dS + dS @ W.T
    return grads[::-1]


def main():
    rng = np.random.default_rng(27)
    X = rng.normal(2.0, 3.0, size=(8, 5))
    norms = {
        "batch norm": lambda Z: batch_norm_forward(Z, 1.0, 0.0, eps=0.0)[0],
        "layer norm": lambda Z: layer_norm_forward(Z, 1.0, 0.0, eps=0.0)[0],
        "RMSNorm": lambda Z: rms_norm_forward(Z, 1.0, eps=0.0)[0],
    }
    changes = {
        "scale each row": lambda Z: Z * rng.uniform(0.5, 3.0, size=(len(Z), 1)),
        "shift each row": lambda Z: Z + rng.normal(size=(len(Z), 1)),
        "scale each column": lambda Z: Z * rng.uniform(0.5, 3.0, size=Z.shape[1]),
        "shift each column": lambda Z: Z + rng.normal(size=Z.shape[1]),
    }
    print("1) Output unchanged when the input is transformed (eps = 0)?")
    print(f"   {'':<19}" + "".join(f"{name:>12}" for name in norms))
    for change, transform in changes.items():
        Z = transform(X)
        same = [np.allclose(f(Z), f(X), rtol=0, atol=1e-9) for f in norms.values()]
        print(f"   {change:<19}" + "".join(f"{str(s):>12}" for s in same))

    print("2) Gradient norms of the first, middle and last block's W (n = 16, d = 64)")
    n, d = 16, 64
    X, R = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    for L in (6, 24, 96):
        Ws = [rng.normal(0.0, 1.0 / np.sqrt(d), size=(d, d)) for _ in range(L)]
        for pre_ln in (False, True):
            _, tape = stack_forward(X, Ws, pre_ln)
            g = [np.linalg.norm(G) for G in stack_weight_gradients(Ws, tape, R, pre_ln)]
            name = "pre-LN " if pre_ln else "post-LN"
            print(f"   L = {L:2d}, {name}: {g[0]:6.1f} {g[L // 2]:6.1f} {g[-1]:6.1f}")


if __name__ == "__main__":
    main()
