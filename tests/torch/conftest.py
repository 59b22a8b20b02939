"""Cross-check of `snippets/` against PyTorch autograd (test layer 6, README): `make test-torch`.

Runs in .venv-torch (NumPy, torch, pytest; no docs stack): `make test-torch` passes
`--confcutdir tests/torch`, so that tests/conftest.py is not loaded. Every comparison goes through
the `compare` fixture, which records it; the session ends with their number and the worst error.
"""

from __future__ import annotations

import pytest
import torch

from tests.support.seeding import rng  # noqa: F401  (a fixture, registered by import)
from tests.torch.crosscheck import TOLERANCE, Crosscheck

torch.set_num_threads(1)  # the suite is small; other processes share the cores


@pytest.fixture
def compare(record_property) -> Crosscheck:
    """``compare(name, ours, theirs, what="")``: assert relative error <= 1e-8, naming ``name``."""
    return Crosscheck(lambda name, error: record_property("crosscheck", (name, error)))


def pytest_terminal_summary(terminalreporter):
    """Count every recorded comparison (also from xdist workers) and name the worst."""
    results = [
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for key, value in getattr(report, "user_properties", [])
        if key == "crosscheck"
    ]
    if not results:
        return
    name, worst = max(results, key=lambda r: r[1])
    functions = len({r[0] for r in results})
    terminalreporter.write_line(
        f"torch cross-check (PyTorch {torch.__version__}, float64): {len(results)} comparisons, "
        f"{functions} functions, worst relative error {worst:.2e} ({name}), "
        f"tolerance {TOLERANCE:.0e}"
    )
