"""PyTorch autograd (float64) cross-check of the page-specific gradient of snippets/q09_log_softmax_underflow.py."""

import numpy as np
import pytest

from snippets import q09_log_softmax_underflow as m

torch = pytest.importorskip("torch")


def _autograd_of_log_of_softmax(z, label):
    zt = torch.tensor(z, dtype=torch.float64, requires_grad=True)
    (-torch.log(torch.softmax(zt, dim=0))[label]).backward()
    return zt.grad.numpy()


@pytest.mark.parametrize("z", [[2.0, -1.0, 0.5], [30.0, 0.0, -4.0], [0.1, 0.2, 0.3, -9.0]])
@pytest.mark.parametrize("label", [0, 2])
def test_log_of_softmax_grad_matches_autograd(z, label):
    z = np.array(z)
    expected = _autograd_of_log_of_softmax(z, label)
    error = np.max(np.abs(m.log_of_softmax_grad(z, label) - expected)) / np.max(np.abs(expected))
    assert error <= 1e-8


def test_autograd_through_log_of_softmax_is_nan_after_underflow_too():
    with np.errstate(divide="ignore", invalid="ignore"):
        ours = m.log_of_softmax_grad(np.array([746.0, 0.0]), 1)
    theirs = _autograd_of_log_of_softmax(np.array([746.0, 0.0]), 1)
    assert np.all(np.isnan(ours)) and np.all(np.isnan(theirs))


def test_log_softmax_matches_torch_for_huge_gaps():
    z = np.array([1000.0, 0.0, -5.0])
    expected = torch.log_softmax(torch.tensor(z, dtype=torch.float64), dim=0).numpy()
    np.testing.assert_allclose(m.log_softmax(z), expected, rtol=1e-12)
