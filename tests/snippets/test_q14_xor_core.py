"""Unit tests of snippets/q14_xor_core.py, the core program."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from snippets import q14_xor_core as m
from snippets.nn.gradcheck import check_gradient

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("seed", range(3))
def test_mlp_backward_matches_central_differences(seed):
    rng = np.random.default_rng(seed)
    X, G = rng.normal(size=(5, 2)), rng.normal(size=(5, 1))  # loss = sum(G * out)
    params = [
        rng.normal(size=(2, 3)),
        rng.normal(size=3),
        rng.normal(size=(3, 1)),
        rng.normal(size=1),
    ]
    grads = m.mlp_backward(G, m.mlp_forward(X, *params)[1])
    for i, (param, grad) in enumerate(zip(params, grads, strict=True)):
        assert grad.shape == param.shape

        def loss(value, i=i):
            changed = params[:i] + [value] + params[i + 1 :]
            return float(np.sum(G * m.mlp_forward(X, *changed)[0]))

        check_gradient(loss, grad, param)


def test_program_shows_the_perceptron_cycling_and_the_network_solving_xor():
    out = subprocess.run(
        [sys.executable, str(ROOT / "snippets" / "q14_xor_core.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "epoch 100: 4" in out  # the perceptron rule still makes every mistake
    assert "step 3000: loss 0.0011" in out
    assert "[0.001 0.999 0.999 0.001]" in out
