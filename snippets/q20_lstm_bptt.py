"""An LSTM layer with its four gates, and backpropagation through time checked numerically.

The LSTM reads a batch of sequences, a linear readout predicts a target at every step, and the
loss is the mean squared error over steps. The hand-written backward pass (backpropagation
through time, BPTT) is compared with central finite differences for every parameter and for the
initial state (h0, c0).
"""

import numpy as np


def sigmoid(z):
    """Logistic function 1 / (1 + exp(-z)), element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def init_params(n_in, n_hidden, n_out, rng, forget_bias=1.0):
    """Parameters of an LSTM layer and a linear readout.

    Parameters
    ----------
    n_in, n_hidden, n_out : int
        Sizes d of x_t, n of h_t and c_t, k of the prediction.
    rng : numpy.random.Generator
    forget_bias : float
        Initial bias of the forget gate; a positive value starts the cell in "remember" mode.

    Returns
    -------
    dict of str to ndarray
        ``W`` (4n, d + n) acting on [x_t, h_{t-1}], gate blocks in the order forget, input,
        candidate, output; ``b`` (4n,); readout ``V`` (k, n) and ``c`` (k,).
    """
    n = n_hidden
    w = rng.normal(0.0, 1.0 / np.sqrt(n_in + n), size=(4 * n, n_in + n))
    b = np.zeros(4 * n)
    b[:n] = forget_bias
    v = rng.normal(0.0, 1.0 / np.sqrt(n), size=(n_out, n))
    return {"W": w, "b": b, "V": v, "c": np.zeros(n_out)}


def lstm_step(params, x, h_prev, c_prev):
    """One LSTM step for a batch.

    Parameters
    ----------
    params : dict of str to ndarray
        As returned by `init_params`.
    x : ndarray, shape (B, d)
    h_prev, c_prev : ndarray, shape (B, n)

    Returns
    -------
    h, c : ndarray, shape (B, n)
        New hidden state and cell state.
    step : tuple
        Values kept for the backward pass.
    """
    n = h_prev.shape[1]
    xh = np.concatenate([x, h_prev], axis=1)  # (B, d + n)
    z = xh @ params["W"].T + params["b"]  # (B, 4n)
    f = sigmoid(z[:, :n])  # forget gate: how much of c_prev to keep
    i = sigmoid(z[:, n : 2 * n])  # input gate: how much of the candidate to write
    g = np.tanh(z[:, 2 * n : 3 * n])  # candidate values
    o = sigmoid(z[:, 3 * n :])  # output gate: how much of the cell to expose
    c = f * c_prev + i * g  # the additive cell update
    tc = np.tanh(c)
    h = o * tc
    return h, c, (xh, f, i, g, o, c_prev, tc)


def lstm_loss(params, xs, ys):
    """Run the LSTM over the sequences; mean squared error of the readout over all steps.

    Parameters
    ----------
    params : dict of str to ndarray
        As returned by `init_params`, plus the initial state ``h0`` and ``c0``, shape (B, n).
    xs : ndarray, shape (T, B, d)
    ys : ndarray, shape (T, B, k)

    Returns
    -------
    loss : float
        ``sum over t, b of 0.5 * ||V h_t + c - y_t||^2``, divided by T * B.
    cache : list
        Per step: the LSTM step values, h_t and the prediction error.
    """
    h, c = params["h0"], params["c0"]
    steps, total = [], 0.0
    n_steps, batch = xs.shape[0], xs.shape[1]
    for t in range(n_steps):
        h, c, step = lstm_step(params, xs[t], h, c)
        err = h @ params["V"].T + params["c"] - ys[t]  # (B, k)
        total += 0.5 * np.sum(err**2)
        steps.append((step, h, err))
    return total / (n_steps * batch), steps


def lstm_backward(params, steps):
    """Backpropagation through time for `lstm_loss`.

    Parameters
    ----------
    params : dict of str to ndarray
        As for `lstm_loss`.
    steps : list
        The cache returned by `lstm_loss`.

    Returns
    -------
    grads : dict of str to ndarray
        Same keys and shapes as ``params``.
    """
    n_steps = len(steps)
    batch, n = steps[0][1].shape
    scale = 1.0 / (n_steps * batch)
    grads = {k: np.zeros_like(params[k]) for k in ("W", "b", "V", "c")}
    dh_next = np.zeros((batch, n))
    dc_next = np.zeros((batch, n))
    for t in range(n_steps - 1, -1, -1):
        (xh, f, i, g, o, c_prev, tc), h, err = steps[t]
        d_err = err * scale  # dL/d(prediction), (B, k)
        grads["V"] += d_err.T @ h
        grads["c"] += d_err.sum(axis=0)
        dh = d_err @ params["V"] + dh_next  # from the readout now and from step t + 1
        do = dh * tc
        dc = dc_next + dh * o * (1.0 - tc**2)  # the cell path: gradient arrives additively
        dz = np.concatenate(
            [
                dc * c_prev * f * (1.0 - f),  # forget gate
                dc * g * i * (1.0 - i),  # input gate
                dc * i * (1.0 - g**2),  # candidate
                do * o * (1.0 - o),  # output gate
            ],
            axis=1,
        )
        grads["W"] += dz.T @ xh
        grads["b"] += dz.sum(axis=0)
        dxh = dz @ params["W"]
        dh_next = dxh[:, -n:]
        dc_next = dc * f  # through c_t = f * c_{t-1} + ...: one multiplication per step
    grads["h0"], grads["c0"] = dh_next, dc_next
    return grads


def relative_error(a, b):
    """``||a - b|| / (||a|| + ||b||)``."""
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


def central_differences(loss_of, x, eps=1e-5):
    """Central-difference gradient of ``loss_of`` (a function of one array) at ``x``."""
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        old = x[index]
        x[index] = old + eps
        up = loss_of(x)
        x[index] = old - eps
        down = loss_of(x)
        x[index] = old
        grad[index] = (up - down) / (2 * eps)
    return grad


def main():
    rng = np.random.default_rng(20)
    d, n, k, n_steps, batch = 3, 5, 2, 12, 4
    params = init_params(d, n, k, rng)
    n_weights = sum(v.size for v in params.values())
    params["h0"] = rng.normal(0.0, 0.5, size=(batch, n))  # a non-zero initial state, so that
    params["c0"] = rng.normal(0.0, 1.0, size=(batch, n))  # its gradient is checked too
    xs = rng.normal(size=(n_steps, batch, d))
    ys = rng.normal(size=(n_steps, batch, k))

    loss, steps = lstm_loss(params, xs, ys)
    grads = lstm_backward(params, steps)
    print(f"LSTM d={d} -> n={n}, readout k={k}; T={n_steps} steps, batch {batch}")
    n_state = params["h0"].size + params["c0"].size
    print(f"{n_weights} weights + {n_state} initial-state values; loss {loss:.4f}")
    print("BPTT vs central differences, relative error:")
    for name, value in params.items():

        def loss_of(v, name=name):
            return lstm_loss({**params, name: v}, xs, ys)[0]

        error = relative_error(grads[name], central_differences(loss_of, value.copy()))
        print(f"  {name:2s} {str(value.shape):8s} below 1e-7: {error < 1e-7}")
    n_all = n_weights + n_state
    print(f"cost of this gradient: BPTT = 1 forward + 1 backward sweep over the {n_steps} steps;")
    print(f"central differences = 2 x {n_all} = {2 * n_all} forward sweeps")


if __name__ == "__main__":
    main()
