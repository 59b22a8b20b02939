"""snippets/nn/normalisation.py against torch: standardisation, batch norm (training mode),
layer norm and RMS norm, forward and every gradient, also with large offsets."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets.nn import normalisation as N
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(104)
GAMMA, BETA = RNG.normal(size=4), RNG.normal(size=4)
G = RNG.normal(size=(6, 4))
INPUTS = {
    "ordinary": RNG.normal(3.0, 2.0, (6, 4)),
    "offset": 1000.0 + RNG.normal(size=(6, 4)),
    "large": RNG.normal(0.0, 1000.0, (6, 4)),
}


@pytest.mark.parametrize("inputs", INPUTS)
def test_standardise(compare, inputs):
    X = INPUTS[inputs]
    std_t, mean_t = torch.std_mean(tensor(X), dim=0, correction=0)
    mean, std = N.standardise_fit(X)
    compare("standardise_fit", mean, mean_t, "mean")
    compare("standardise_fit", std, std_t, "std")
    compare("standardise_apply", N.standardise_apply(X, mean, std), (tensor(X) - mean_t) / std_t)


def _check(compare, name, X, params, forward, backward, reference):
    """Compare ``{name}_forward`` and ``{name}_backward`` (called late: tests may patch them)."""
    Y, cache = forward(X, *params)
    Xt, *pt = (tensor(a, requires_grad=True) for a in (X, *params))
    Y_t = reference(Xt, *pt)
    compare(f"{name}_forward", Y, Y_t)
    what = ["dX", "dgamma", "dbeta"][: 1 + len(params)]
    for w, ours, theirs in zip(what, backward(G, cache), grads(Y_t, [Xt, *pt], G), strict=True):
        compare(f"{name}_backward", ours, theirs, w)


@pytest.mark.parametrize("inputs", INPUTS)
def test_batch_norm(compare, inputs):
    _check(
        compare,
        "batch_norm",
        INPUTS[inputs],
        (GAMMA, BETA),
        forward=lambda X, g, b: N.batch_norm_forward(X, g, b, eps=1e-3),
        backward=lambda dY, cache: N.batch_norm_backward(dY, cache),
        reference=lambda x, g, b: F.batch_norm(x, None, None, g, b, training=True, eps=1e-3),
    )


@pytest.mark.parametrize("inputs", INPUTS)
def test_layer_norm(compare, inputs):
    _check(
        compare,
        "layer_norm",
        INPUTS[inputs],
        (GAMMA, BETA),
        forward=lambda X, g, b: N.layer_norm_forward(X, g, b),
        backward=lambda dY, cache: N.layer_norm_backward(dY, cache),
        reference=lambda x, g, b: F.layer_norm(x, (4,), g, b, eps=1e-5),
    )


@pytest.mark.parametrize("inputs", INPUTS)
def test_rms_norm(compare, inputs):
    _check(
        compare,
        "rms_norm",
        INPUTS[inputs],
        (GAMMA,),
        forward=lambda X, g: N.rms_norm_forward(X, g, eps=1e-4),
        backward=lambda dY, cache: N.rms_norm_backward(dY, cache),
        reference=lambda x, g: F.rms_norm(x, (4,), g, eps=1e-4),
    )
