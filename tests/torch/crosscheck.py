"""The comparison every cross-check uses: NumPy result against a PyTorch reference, float64.

``relative_error(ours, theirs) = max|ours - theirs| / max(max|theirs|, tiny)``: the largest
difference relative to the reference's largest entry (an entry near 0 in an array of entries near
1 is not held to 1e-8 of itself, which float64 rounding of either side cannot promise).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import torch

TOLERANCE = 1e-8
TINY = np.finfo(np.float64).tiny


def tensor(x, requires_grad: bool = False) -> torch.Tensor:
    """A float64 tensor holding a copy of ``x`` (so PyTorch can never write into our arrays)."""
    return torch.tensor(np.array(x, dtype=np.float64), requires_grad=requires_grad)


def as_numpy(x) -> np.ndarray:
    if isinstance(x, torch.Tensor):
        return x.detach().cpu().numpy().astype(np.float64)
    return np.asarray(x, dtype=np.float64)


def relative_error(ours, theirs) -> float:
    """``max|ours - theirs| / max(max|theirs|, tiny)`` over all entries; nan if either has nan."""
    a, b = as_numpy(ours), as_numpy(theirs)
    if a.shape != b.shape:
        raise AssertionError(f"shape {a.shape} (NumPy) != {b.shape} (torch)")
    return float(np.max(np.abs(a - b), initial=0.0) / max(np.max(np.abs(b), initial=0.0), TINY))


def grads(output: torch.Tensor, inputs: list[torch.Tensor], upstream=None, keep=False):
    """Autograd gradients of ``sum(output * upstream)`` (or of a scalar ``output``) for ``inputs``;
    ``keep=True`` keeps the graph for another call."""
    if upstream is not None:
        output = torch.sum(output * tensor(upstream))
    return list(torch.autograd.grad(output, inputs, retain_graph=keep))


class Crosscheck:
    """Compare a NumPy result with PyTorch's; record each comparison; fail naming the function."""

    def __init__(self, record: Callable[[str, float], None] | None = None):
        self.record = record

    def __call__(self, name: str, ours, theirs, what: str = "") -> float:
        error = relative_error(ours, theirs)
        if self.record is not None:
            self.record(name, error)
        label = f"{name} ({what})" if what else name
        assert error <= TOLERANCE, (
            f"{label}: relative error {error:.3e} against torch exceeds {TOLERANCE:.0e}; "
            f"max |ours - torch| = {np.max(np.abs(as_numpy(ours) - as_numpy(theirs))):.3e}"
        )
        return error
