"""snippets/nn/optimisers.py against torch.optim: eight steps on a least-squares loss, weights and
optimiser state compared after every step, default and non-default hyperparameters."""

import numpy as np
import pytest
import torch

from snippets.nn import optimisers
from tests.torch.crosscheck import tensor

RNG = np.random.default_rng(107)
A, C = RNG.normal(size=(6, 4)), RNG.normal(size=6)
W0 = RNG.normal(size=4)
STEPS = 8


def _torch_run(optimiser, state_keys, **hyper):
    """Weights and state after each step of ``torch.optim.<optimiser>`` on 0.5 ||A w - c||**2."""
    w = tensor(W0, requires_grad=True)
    opt = getattr(torch.optim, optimiser)([w], **hyper)
    history = []
    for _ in range(STEPS):
        opt.zero_grad()
        (0.5 * torch.sum((tensor(A) @ w - tensor(C)) ** 2)).backward()
        opt.step()
        history.append([w.detach().clone()] + [opt.state[w][k].clone() for k in state_keys])
    return history


def _numpy_run(step, n_state):
    """The same run with one of our step functions: ``step(w, g, state, t) -> (w, *state)``."""
    w, state, history = W0.copy(), [np.zeros(4)] * n_state, []
    for t in range(1, STEPS + 1):
        w, *state = step(w, A.T @ (A @ w - C), state, t)
        history.append([w, *state])
    return history


def _compare_runs(compare, name, ours, theirs, what):
    for t, (mine, ref) in enumerate(zip(ours, theirs, strict=True), start=1):
        for label, a, b in zip(what, mine, ref, strict=True):
            compare(name, a, b, f"{label} after step {t}")


@pytest.mark.parametrize(
    "lr, momentum", [(0.05, 0.9), (0.02, 0.5)], ids=["momentum 0.9", "momentum 0.5"]
)
def test_sgd_momentum(compare, lr, momentum):
    def step(w, g, s, t):
        return optimisers.sgd_momentum_step(w, g, s[0], lr, momentum)

    theirs = _torch_run("SGD", ["momentum_buffer"], lr=lr, momentum=momentum)
    _compare_runs(compare, "sgd_momentum_step", _numpy_run(step, 1), theirs, ["w", "v"])


@pytest.mark.parametrize("rho, eps", [(0.99, 1e-8), (0.9, 1e-3)], ids=["default", "custom"])
def test_rmsprop(compare, rho, eps):
    def step(w, g, s, t):
        return optimisers.rmsprop_step(w, g, s[0], 0.01, rho, eps)

    theirs = _torch_run("RMSprop", ["square_avg"], lr=0.01, alpha=rho, eps=eps)
    _compare_runs(compare, "rmsprop_step", _numpy_run(step, 1), theirs, ["w", "s"])


@pytest.mark.parametrize(
    "hyper", [{}, {"lr": 0.05, "beta1": 0.8, "beta2": 0.95, "eps": 1e-4}], ids=["default", "custom"]
)
def test_adam(compare, hyper):
    def step(w, g, s, t):
        return optimisers.adam_step(w, g, s[0], s[1], t, **hyper)

    theirs = _torch_run("Adam", ["exp_avg", "exp_avg_sq"], **_torch_hyper(hyper))
    _compare_runs(compare, "adam_step", _numpy_run(step, 2), theirs, ["w", "m", "v"])


@pytest.mark.parametrize(
    "hyper",
    [{}, {"lr": 0.05, "beta1": 0.8, "beta2": 0.95, "eps": 1e-4, "weight_decay": 0.3}],
    ids=["default", "custom"],
)
def test_adamw(compare, hyper):
    def step(w, g, s, t):
        return optimisers.adamw_step(w, g, s[0], s[1], t, **hyper)

    theirs = _torch_run("AdamW", ["exp_avg", "exp_avg_sq"], **_torch_hyper(hyper))
    _compare_runs(compare, "adamw_step", _numpy_run(step, 2), theirs, ["w", "m", "v"])


def _torch_hyper(hyper):
    """Our keyword names -> torch.optim's (betas is one tuple there). An empty dict compares
    our defaults with torch's."""
    out = {k: v for k, v in hyper.items() if k not in ("beta1", "beta2")}
    if "beta1" in hyper:
        out["betas"] = (hyper["beta1"], hyper["beta2"])
    return out
