"""snippets/q20_*.py against torch: BPTT of the LSTM sequence loss, and the step Jacobians."""

import numpy as np
import torch

from snippets import q20_gradient_flow as flow
from snippets import q20_lstm_bptt as m
from tests.torch.crosscheck import tensor


def test_bptt_matches_autograd_through_the_sequence(compare):
    rng = np.random.default_rng(3)
    d, n, k, steps, batch = 3, 4, 2, 6, 3
    p = {
        "W": rng.normal(0.0, 0.5, (d + n, 4 * n)),
        "b": rng.normal(0.0, 0.5, 4 * n),
        "V": rng.normal(0.0, 0.5, (n, k)),
        "a": rng.normal(0.0, 0.5, k),
        "h0": rng.normal(0.0, 0.5, (batch, n)),
        "c0": rng.normal(0.0, 0.5, (batch, n)),
    }
    xs, ys = rng.normal(size=(steps, batch, d)), rng.normal(size=(steps, batch, k))
    ours = m.bptt(p, m.sequence_loss(p, xs, ys)[1])
    t = {name: tensor(v, requires_grad=True) for name, v in p.items()}
    h, c, total = t["h0"], t["c0"], 0.0
    for x, y in zip(xs, ys, strict=True):
        i, f, g, o = torch.split(torch.cat([tensor(x), h], 1) @ t["W"] + t["b"], n, 1)
        c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
        h = torch.sigmoid(o) * torch.tanh(c)
        total = total + 0.5 * torch.sum((h @ t["V"] + t["a"] - tensor(y)) ** 2)
    (total / (steps * batch)).backward()
    for name in p:
        compare("bptt", ours[name], t[name].grad, name)


def test_step_jacobians_match_autograd(compare):
    rng = np.random.default_rng(4)
    rnn = flow.rnn_params(3, 5, rng, gain=1.5)
    x, h = rng.normal(size=3), rng.normal(size=5)
    jac = torch.autograd.functional.jacobian(
        lambda v: torch.tanh(
            tensor(rnn["Wx"]) @ tensor(x) + tensor(rnn["Wh"]) @ v + tensor(rnn["b"])
        ),
        tensor(h),
    )
    compare("rnn_step_jacobian", flow.rnn_step_jacobian(rnn, x, h)[1], jac)
    lstm = flow.lstm_params(3, 4, rng, forget_bias=1.0)
    state = rng.normal(size=8)

    def step(s):
        z = tensor(lstm["W"]) @ torch.cat([tensor(x), s[:4]]) + tensor(lstm["b"])
        i, f, g, o = (
            torch.sigmoid(z[:4]),
            torch.sigmoid(z[4:8]),
            torch.tanh(z[8:12]),
            torch.sigmoid(z[12:]),
        )
        c = f * s[4:] + i * g
        return torch.cat([o * torch.tanh(c), c])

    ours = flow.lstm_step_jacobian(lstm, x, state[:4], state[4:])[2]
    compare("lstm_step_jacobian", ours, torch.autograd.functional.jacobian(step, tensor(state)))
