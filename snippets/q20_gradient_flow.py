"""How much gradient survives T steps back in time: a plain RNN against an LSTM.

Backpropagation through time multiplies the gradient by one state-to-state Jacobian per step.
The program multiplies those Jacobians exactly, on the same random input sequence, and prints
the spectral norm of the product: dh_T/dh_0 for a tanh RNN and dc_T/dc_0 (all paths, including
those through h and the gates) for an LSTM. The RNN's product vanishes or explodes
exponentially; the LSTM's moves from one regime to the other with its forget-gate bias. Two
extra tables separate the causes: the LSTM's direct cell path alone (the product of the forget
gates, which is not what sets the full norm here), and the gain-1 RNN with its input set to 0
(no tanh saturation), whose product then grows instead of vanishing.
"""

import numpy as np


def sigmoid(z):
    """Logistic sigmoid ``1 / (1 + exp(-z))`` of ``z`` (any shape), without overflow for large |z|."""
    # Only exp(-|z|) is evaluated: it cannot overflow, where exp(-z) would for z = -1000.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def rnn_params(n_in, n_hidden, rng, gain=1.0):
    """Weights of a tanh RNN: ``Wx`` (n, d) with variance 1/d, ``Wh`` (n, n) with gain^2/n."""
    return {
        "Wx": rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_hidden, n_in)),
        "Wh": rng.normal(0.0, gain / np.sqrt(n_hidden), size=(n_hidden, n_hidden)),
        "b": np.zeros(n_hidden),
    }


def rnn_step_jacobian(params, x, h_prev):
    """One RNN step ``h = tanh(Wx x + Wh h_prev + b)``, x (d,), h (n,), and dh/dh_prev (n, n)."""
    h = np.tanh(params["Wx"] @ x + params["Wh"] @ h_prev + params["b"])
    return h, (1.0 - h**2)[:, None] * params["Wh"]


def lstm_params(n_in, n_hidden, rng, forget_bias=0.0):
    """LSTM weights ``W`` (4n, d + n) on [x, h_prev], gates in the order i, f, g, o, and bias
    ``b`` (4n,) that is zero except ``forget_bias`` on the forget gate."""
    n = n_hidden
    b = np.zeros(4 * n)
    b[n : 2 * n] = forget_bias
    return {"W": rng.normal(0.0, 1.0 / np.sqrt(n_in + n), size=(4 * n, n_in + n)), "b": b}


def lstm_step_jacobian(params, x, h_prev, c_prev):
    """One LSTM step from h_prev, c_prev (n,) on x (d,), and the Jacobian (2n, 2n) of (h, c)
    with respect to (h_prev, c_prev): blocks [[dh/dh, dh/dc], [dc/dh, dc/dc = diag(f)]]."""
    n = h_prev.shape[0]
    wh = params["W"][:, x.shape[0] :]  # the recurrent part, (4n, n)
    z = params["W"] @ np.concatenate([x, h_prev]) + params["b"]
    i, f = sigmoid(z[:n]), sigmoid(z[n : 2 * n])
    g, o = np.tanh(z[2 * n : 3 * n]), sigmoid(z[3 * n :])
    c = f * c_prev + i * g
    tc = np.tanh(c)
    h = o * tc
    dc_dh = (
        (g * i * (1 - i))[:, None] * wh[:n]
        + (c_prev * f * (1 - f))[:, None] * wh[n : 2 * n]
        + (i * (1 - g**2))[:, None] * wh[2 * n : 3 * n]
    )
    dc_dc = np.diag(f)
    dh_dh = (tc * o * (1 - o))[:, None] * wh[3 * n :] + (o * (1 - tc**2))[:, None] * dc_dh
    dh_dc = (o * (1 - tc**2))[:, None] * dc_dc
    return h, c, np.block([[dh_dh, dh_dc], [dc_dh, dc_dc]])


def jacobian_norms(model, xs, params, direct_path=False):
    """``||dh_t/dh_0||`` (model "rnn") or ``||dc_t/dc_0||`` ("lstm") for t = 1..T, xs (T, d);
    with ``direct_path``, the LSTM's direct cell path only: max_j prod_t f_tj."""
    n = params["Wh"].shape[0] if model == "rnn" else params["W"].shape[0] // 4
    h, c = np.zeros(n), np.zeros(n)
    total = np.eye(n if model == "rnn" else 2 * n)
    forget_product = np.ones(n)
    norms = []
    for x in xs:
        if model == "rnn":
            h, jac = rnn_step_jacobian(params, x, h)
        else:
            h, c, jac = lstm_step_jacobian(params, x, h, c)
            forget_product = forget_product * np.diagonal(jac[n:, n:])  # times f_t
        total = jac @ total  # chain rule: d state_t / d state_0 = J_t ... J_1
        if direct_path and model == "lstm":
            norms.append(forget_product.max())
        else:
            norms.append(np.linalg.norm(total if model == "rnn" else total[n:, n:], 2))
    return np.array(norms)


def all_norms(n_steps=100, n_in=8, n_hidden=32, seed=0, direct_path=False, input_scale=1.0):
    """The norms for the five models compared on the page, on one shared input sequence.

    ``direct_path`` keeps only the LSTMs' direct cell path; ``input_scale`` multiplies the inputs
    (0 removes them). The weights are the same in every call.
    """
    xs = input_scale * np.random.default_rng(seed).normal(size=(n_steps, n_in))
    models = {
        "RNN, gain 1": ("rnn", {"gain": 1.0}),
        "RNN, gain 2.5": ("rnn", {"gain": 2.5}),
        "LSTM, forget bias 0": ("lstm", {"forget_bias": 0.0}),
        "LSTM, forget bias 1": ("lstm", {"forget_bias": 1.0}),
        "LSTM, forget bias 3": ("lstm", {"forget_bias": 3.0}),
    }
    out = {}
    for name, (model, kwargs) in models.items():
        rng = np.random.default_rng(seed + 1)
        make = rnn_params if model == "rnn" else lstm_params
        out[name] = jacobian_norms(
            model, xs, make(n_in, n_hidden, rng, **kwargs), direct_path=direct_path
        )
    return out


def main():
    steps = (1, 10, 25, 50, 75, 100)

    def show(name, values):
        print(f"{name:22s}" + "".join(f"{values[t - 1]:>10.1e}" for t in steps))

    print("spectral norm of d(state_T)/d(state_0): RNN dh_T/dh_0, LSTM dc_T/dc_0 (n = 32)")
    print(f"{'model':22s}" + "".join(f"{'T=' + str(t):>10s}" for t in steps))
    for name, values in all_norms().items():
        show(name, values)
    print("LSTM, direct cell path only: max_j of prod_t f_tj")
    for name, values in all_norms(direct_path=True).items():
        if name.startswith("LSTM"):
            show(name, values)
    print("the same gain-1 RNN with every input set to 0 (h stays 0, tanh' = 1: product Wh**T)")
    show("RNN, gain 1, x = 0", all_norms(input_scale=0.0)["RNN, gain 1"])
    for gain in (1.0, 2.5):
        wh = rnn_params(8, 32, np.random.default_rng(1), gain=gain)["Wh"]
        radius = np.abs(np.linalg.eigvals(wh)).max()
        print(
            f"RNN, gain {gain:g}: largest singular value of Wh {np.linalg.norm(wh, 2):.2f}, "
            f"spectral radius {radius:.2f}"
        )


if __name__ == "__main__":
    main()
