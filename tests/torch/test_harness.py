"""The cross-check can fail: a gradient off by a relative 1e-6 fails, naming the function, and
the session summary reports what was compared."""

import re
import subprocess
import sys
from functools import partial
from pathlib import Path

import numpy as np
import pytest

from snippets.nn import (
    activations,
    attention,
    convolution,
    layers,
    losses,
    normalisation,
    optimisers,
    recurrent,
    regularisation,
)
from tests.torch import test_activations as t_act
from tests.torch import test_attention as t_att
from tests.torch import test_convolution as t_conv
from tests.torch import test_layers as t_layers
from tests.torch import test_losses as t_losses
from tests.torch import test_normalisation as t_norm
from tests.torch import test_optimisers as t_opt
from tests.torch import test_recurrent as t_recurrent
from tests.torch import test_regularisation as t_reg
from tests.torch.crosscheck import Crosscheck, relative_error

ROOT = Path(__file__).resolve().parents[2]


def test_relative_error_is_relative_to_the_reference():
    b = np.array([1.0, -2.0, 1e-9])
    assert relative_error(b, b) == 0.0
    assert relative_error(b * (1 + 1e-6), b) == pytest.approx(1e-6)
    # Doubling the tiny entry is an error of 1e-9 against the largest entry, 2: 0.5e-9.
    assert relative_error(b + [0.0, 0.0, 1e-9], b) == pytest.approx(0.5e-9)
    assert np.isnan(relative_error([np.nan], [1.0]))
    with pytest.raises(AssertionError, match="shape"):
        relative_error(b, b[:2])


_rng = np.random.default_rng  # for the checks that take the `rng` fixture; each gets its own

#: (module, gradient function, a cross-check that calls it, given a Crosscheck)
CHECKS = [
    (
        activations,
        "sigmoid_derivative",
        partial(t_act.test_derivative, name="sigmoid_derivative", inputs="ordinary"),
    ),
    (activations, "softmax_backward", partial(t_act.test_softmax_backward, rng=_rng(1))),
    (losses, "softmax_cross_entropy_grad", t_losses.test_softmax_cross_entropy),
    (losses, "huber_grad", partial(t_losses.test_huber, delta=1.0)),
    (layers, "mlp_backward", partial(t_layers.test_mlp, rng=_rng(2))),
    (recurrent, "lstm_cell_backward", partial(t_recurrent.test_lstm_cell, scale=0.5)),
    (normalisation, "batch_norm_backward", partial(t_norm.test_batch_norm, inputs="ordinary")),
    (convolution, "conv2d_backward", partial(t_conv.test_conv2d, stride=2, padding=1)),
    (
        attention,
        "scaled_dot_product_attention_backward",
        partial(t_att.test_scaled_dot_product_attention, masked=True, scale=1.0),
    ),
    (optimisers, "adam_step", partial(t_opt.test_adam, hyper={})),
    (regularisation, "dropout_backward", partial(t_reg.test_dropout, p=0.5)),
]


@pytest.mark.parametrize("module, name, check", CHECKS, ids=[c[1] for c in CHECKS])
def test_a_gradient_off_by_1e_6_fails_naming_the_function(monkeypatch, module, name, check):
    check(Crosscheck())  # passes as it is (a fresh Crosscheck: not counted in the summary)
    original = getattr(module, name)

    def perturbed(*args, **kwargs):
        out = original(*args, **kwargs)
        return tuple(o * (1 + 1e-6) for o in out) if isinstance(out, tuple) else out * (1 + 1e-6)

    monkeypatch.setattr(module, name, perturbed)
    with pytest.raises(AssertionError, match=rf"^{name}\b.*relative error \d\.\d+e-0[67] "):
        check(Crosscheck())


def test_the_session_summary_counts_comparisons_and_names_the_worst():
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["--confcutdir", "tests/torch", "tests/torch/test_gradcheck.py"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    summary = r"torch cross-check \(PyTorch .*, float64\): 1 comparisons, 1 functions, worst "
    assert re.search(summary + r"relative error \S+ \(numerical_gradient\)", done.stdout), (
        done.stdout
    )
