"""snippets/nn/activations.py against torch: every activation and softmax, forward and gradient,
on ordinary and extreme inputs (kinks included: PyTorch's convention at z = 0)."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from snippets.nn import activations as act
from tests.torch.crosscheck import grads, tensor

RNG = np.random.default_rng(100)
INPUTS = {
    "ordinary": RNG.normal(0.0, 3.0, (4, 5)),
    "extreme": np.array([-1000.0, -50.0, -20.0, -1.0, 0.0, 1.0, 20.0, 50.0, 1000.0]),
}
UPSTREAM = {k: RNG.normal(size=v.shape) for k, v in INPUTS.items()}

#: name of the NumPy function -> (its call, the torch function it must equal)
ACTIVATIONS = {
    "sigmoid": (lambda z: act.sigmoid(z), torch.sigmoid),
    "tanh": (np.tanh, torch.tanh),  # only its derivative is ours
    "relu": (lambda z: act.relu(z), torch.relu),
    "leaky_relu": (lambda z: act.leaky_relu(z, 0.05), lambda z: F.leaky_relu(z, 0.05)),
    "gelu_tanh": (lambda z: act.gelu_tanh(z), lambda z: F.gelu(z, approximate="tanh")),
    "swish": (lambda z: act.swish(z), F.silu),
    "swish_beta": (lambda z: act.swish(z, 1.7), lambda z: z * torch.sigmoid(1.7 * z)),
    "softplus": (lambda z: act.softplus(z), F.softplus),
}
DERIVATIVES = {
    "sigmoid_derivative": ("sigmoid", lambda z: act.sigmoid_derivative(z)),
    "tanh_derivative": ("tanh", lambda z: act.tanh_derivative(z)),
    "relu_derivative": ("relu", lambda z: act.relu_derivative(z)),
    "leaky_relu_derivative": ("leaky_relu", lambda z: act.leaky_relu_derivative(z, 0.05)),
    "gelu_tanh_derivative": ("gelu_tanh", lambda z: act.gelu_tanh_derivative(z)),
    "swish_derivative": ("swish", lambda z: act.swish_derivative(z)),
    "swish_derivative beta=1.7": ("swish_beta", lambda z: act.swish_derivative(z, 1.7)),
}


@pytest.mark.parametrize("inputs", INPUTS)
@pytest.mark.parametrize("name", [n for n in ACTIVATIONS if n != "tanh"])
def test_activation(compare, name, inputs):
    ours, theirs = ACTIVATIONS[name]
    z = INPUTS[inputs]
    compare(name.removesuffix("_beta"), ours(z), theirs(tensor(z)))


@pytest.mark.parametrize("inputs", INPUTS)
@pytest.mark.parametrize("name", DERIVATIVES)
def test_derivative(compare, name, inputs):
    forward, ours = DERIVATIVES[name]
    z = INPUTS[inputs]
    zt = tensor(z, requires_grad=True)
    (theirs,) = grads(ACTIVATIONS[forward][1](zt).sum(), [zt])
    compare(name.split()[0], ours(z), theirs)


@pytest.mark.parametrize("axis", [-1, 0])
def test_softmax_family(compare, axis):
    z = np.concatenate([INPUTS["ordinary"], [[1000.0, 999.0, -1000.0, 0.0, 1.0]]])
    zt = tensor(z)
    compare("softmax", act.softmax(z, axis=axis), torch.softmax(zt, dim=axis))
    compare("log_softmax", act.log_softmax(z, axis=axis), torch.log_softmax(zt, dim=axis))
    compare("logsumexp", act.logsumexp(z, axis=axis), torch.logsumexp(zt, dim=axis))


def test_softmax_backward(compare, rng):
    z = np.concatenate([INPUTS["ordinary"], [[1000.0, 999.0, -1000.0, 0.0, 1.0]]])
    g = rng.normal(size=z.shape)
    zt = tensor(z, requires_grad=True)
    (theirs,) = grads(torch.softmax(zt, dim=-1), [zt], upstream=g)
    compare("softmax_backward", act.softmax_backward(act.softmax(z), g), theirs)
