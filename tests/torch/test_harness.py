"""The cross-check can fail: a gradient off by a relative 1e-6 fails, naming the function, and
the session summary reports what was compared."""

import re
import subprocess
import sys
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
from tests.torch import (
    test_activations,
    test_attention,
    test_convolution,
    test_layers,
    test_losses,
    test_normalisation,
    test_optimisers,
    test_recurrent,
    test_regularisation,
)
from tests.torch.crosscheck import Crosscheck, relative_error

ROOT = Path(__file__).resolve().parents[2]


def test_relative_error_is_relative_to_the_reference():
    b = np.array([1.0, -2.0, 1e-9])
    assert relative_error(b, b) == 0.0
    assert relative_error(b * (1 + 1e-6), b) == pytest.approx(1e-6)
    assert relative_error(b + [0.0, 0.0, 1e-9], b) == pytest.approx(
        0.5e-9
    )  # tiny entry, small error
    assert np.isnan(relative_error([np.nan], [1.0]))
    with pytest.raises(AssertionError, match="shape"):
        relative_error(b, b[:2])


#: (module, gradient function, a cross-check that calls it)
CHECKS = [
    (activations, "sigmoid_derivative", lambda c: test_activations.test_derivative(c, "sigmoid_derivative", "ordinary")),
    (activations, "softmax_backward", test_activations.test_softmax_backward),
    (losses, "softmax_cross_entropy_grad", test_losses.test_softmax_cross_entropy),
    (losses, "huber_grad", lambda c: test_losses.test_huber(c, 1.0)),
    (layers, "mlp_backward", test_layers.test_mlp),
    (recurrent, "lstm_cell_backward", lambda c: test_recurrent.test_lstm_cell(c, 0.5)),
    (normalisation, "batch_norm_backward", lambda c: test_normalisation.test_batch_norm(c, "ordinary")),
    (convolution, "conv2d_backward", lambda c: test_convolution.test_conv2d(c, 2, 1)),
    (attention, "scaled_dot_product_attention_backward", lambda c: test_attention.test_scaled_dot_product_attention(c, True, 1.0)),
    (optimisers, "adam_step", lambda c: test_optimisers.test_adam(c, {})),
    (regularisation, "dropout_backward", lambda c: test_regularisation.test_dropout(c, 0.5)),
]  # fmt: skip


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
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--confcutdir",
         "tests/torch", "tests/torch/test_gradcheck.py"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    summary = r"torch cross-check \(PyTorch .*, float64\): 1 comparisons, 1 functions, worst "
    assert re.search(summary + r"relative error \S+ \(numerical_gradient\)", done.stdout), (
        done.stdout
    )
