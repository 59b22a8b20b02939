"""An LSTM layer over a sequence, backpropagation through time by hand, and gradient clipping.

The canonical LSTM cell runs over T steps of a batch, a linear readout predicts a target at every
step, and the loss is the mean squared error. Backpropagation through time (BPTT) chains the
cell's backward step from the last step to the first; every gradient, including those of the
initial state (h0, c0), is compared with central differences. Then the gradient is clipped by its
global norm, g <- g * min(1, max_norm / ||g||), as recurrent networks are trained.
"""

from collections.abc import Callable

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell_forward(x, h_prev, c_prev, W, b):
    """One LSTM step on ``x`` (n, d_in) from ``h_prev``, ``c_prev`` (n, d_h): ``(h, c, cache)``."""
    xh = np.concatenate([x, h_prev], axis=1)
    i, f, g, o = np.split(xh @ W + b, 4, axis=1)
    i, f, g, o = sigmoid(i), sigmoid(f), np.tanh(g), sigmoid(o)
    c = f * c_prev + i * g
    tanh_c = np.tanh(c)
    return o * tanh_c, c, (xh, W, c_prev, i, f, g, o, tanh_c)


def lstm_cell_backward(dh, dc, cache):
    """Gradients ``(dx, dh_prev, dc_prev, dW, db)`` of one LSTM step from ``dh``, ``dc`` (n, d_h)."""
    xh, W, c_prev, i, f, g, o, tanh_c = cache
    # c reaches the loss directly (dc) and through h = o tanh(c).
    dc = dc + dh * o * (1.0 - tanh_c**2)
    # Gradients of the gate pre-activations, through sigmoid' = s (1 - s) and tanh' = 1 - t**2.
    di, df, dg, do = dc * g, dc * c_prev, dc * i, dh * tanh_c
    da = np.concatenate([di * i * (1 - i), df * f * (1 - f), dg * (1 - g**2), do * o * (1 - o)], 1)
    dxh = da @ W.T
    d_in = xh.shape[1] - dh.shape[1]
    return dxh[:, :d_in], dxh[:, d_in:], dc * f, xh.T @ da, da.sum(axis=0)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = 1e-6):
    """Central-difference gradient of a scalar function ``f`` at ``x`` (any shape), shape of ``x``."""
    x = np.array(x, dtype=np.float64)  # a copy: the caller's array is never perturbed
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        grad[i] = (up - down) / (2 * eps)
    return grad


def sequence_loss(p, xs, ys):
    """Mean over steps and batch of ``0.5 ||h_t V + a - y_t||^2``, for ``xs`` (T, B, d) and
    ``ys`` (T, B, k); ``p`` holds W, b, V (n, k), a (k,), h0 and c0 (B, n). Returns the loss and
    each step's (cache, h, error)."""
    h, cell = p["h0"], p["c0"]
    steps, total = [], 0.0
    for x, y in zip(xs, ys, strict=True):
        h, cell, cache = lstm_cell_forward(x, h, cell, p["W"], p["b"])
        err = h @ p["V"] + p["a"] - y
        total += 0.5 * np.sum(err**2)
        steps.append((cache, h, err))
    return total / (len(xs) * len(xs[0])), steps


def bptt(p, steps):
    """Gradients of `sequence_loss` for every entry of ``p``: the cell's backward step chained
    from the last step to the first, with the gradient reaching h_t from the readout and from
    step t + 1, and c_t from step t + 1 through the forget gate."""
    scale = 1.0 / (len(steps) * len(steps[0][1]))
    grads = {k: np.zeros_like(v) for k, v in p.items()}
    dh_next = np.zeros_like(p["h0"])
    dc_next = np.zeros_like(p["c0"])
    for cache, h, err in reversed(steps):
        d_err = err * scale
        grads["V"] += h.T @ d_err
        grads["a"] += d_err.sum(axis=0)
        dh = d_err @ p["V"].T + dh_next
        _, dh_next, dc_next, dW, db = lstm_cell_backward(dh, dc_next, cache)
        grads["W"] += dW
        grads["b"] += db
    grads["h0"], grads["c0"] = dh_next, dc_next
    return grads


def clip_by_norm(grads, max_norm):
    """Every gradient times ``min(1, max_norm / ||g||)``, ``||g||`` the norm of all of them."""
    norm = np.sqrt(sum(float(np.sum(g**2)) for g in grads.values()))
    return {k: g * min(1.0, max_norm / norm) for k, g in grads.items()}, norm


def main():
    rng = np.random.default_rng(20)
    d, n, k, n_steps, batch = 3, 5, 2, 12, 4
    b = np.zeros(4 * n)
    b[n : 2 * n] = 1.0  # forget-gate bias 1 (gate order i, f, g, o)
    p = {
        "W": rng.normal(0.0, 1.0 / np.sqrt(d + n), (d + n, 4 * n)),
        "b": b,
        "V": rng.normal(0.0, 1.0 / np.sqrt(n), (n, k)),
        "a": np.zeros(k),  # readout bias
        "h0": rng.normal(0.0, 0.5, (batch, n)),  # non-zero, so that its gradient is tested
        "c0": rng.normal(0.0, 1.0, (batch, n)),
    }
    xs, ys = rng.normal(size=(n_steps, batch, d)), rng.normal(size=(n_steps, batch, k))
    loss, steps = sequence_loss(p, xs, ys)
    grads = bptt(p, steps)
    print(f"LSTM d={d} -> n={n}, readout k={k}; T={n_steps} steps, batch {batch}; loss {loss:.4f}")
    print("BPTT against central differences:")
    for name, value in p.items():
        numeric = numerical_gradient(
            lambda v, name=name: sequence_loss({**p, name: v}, xs, ys)[0], value
        )
        error = np.linalg.norm(grads[name] - numeric) / np.linalg.norm(numeric)
        print(f"  {name:2s} {str(value.shape):8s} relative error below 1e-7: {error < 1e-7}")
    n_values = sum(v.size for v in p.values())
    print(f"BPTT: 1 forward + 1 backward sweep; central differences: {2 * n_values} forward sweeps")

    clipped, norm = clip_by_norm({k: 100.0 * g for k, g in grads.items()}, max_norm=1.0)
    new_norm = np.sqrt(sum(float(np.sum(g**2)) for g in clipped.values()))
    cosine = sum(float(np.sum(clipped[k] * grads[k])) for k in grads) / (new_norm * norm / 100.0)
    print(
        f"gradient scaled x 100: norm {norm:.4f}; clipped at max_norm 1: norm {new_norm:.4f}, "
        f"same direction: {cosine > 1 - 1e-12}"
    )


if __name__ == "__main__":
    main()
