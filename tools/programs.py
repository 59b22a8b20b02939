"""Run a program as a reader would: alone, as ``__main__``, in a fresh isolated interpreter.

Used by `tools/write_outputs.py` to write the outputs the pages show, and by the tests to check
them, so that both run programs the same way.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.paths import ROOT

TIMEOUT_SECONDS = 60
#: Machine settings that keep OpenBLAS correct on some processors pass through unchanged.
_PASSED_THROUGH = {"OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "SYSTEMROOT", "TMPDIR"}


@dataclasses.dataclass(frozen=True)
class Run:
    """What a program did."""

    returncode: int | None  #: None when it was stopped at the timeout
    stdout: str
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


class RuntimePythonError(RuntimeError):
    """``$RUNTIME_PYTHON`` names no usable interpreter."""


def runtime_python() -> str:
    """The interpreter that runs published programs, as an absolute path.

    ``$RUNTIME_PYTHON`` if set (the NumPy matrix uses it), else `.venv-runtime` (NumPy and
    Matplotlib only), else this interpreter. ``$RUNTIME_PYTHON`` may be a path relative to the
    folder the tests were started from (as the Makefile passes it) or a command on ``PATH``;
    programs run from an empty temporary folder, so it is made absolute here.

    Raises
    ------
    RuntimePythonError
        When ``$RUNTIME_PYTHON`` is not an executable file, with one line naming it.
    """
    value = os.environ.get("RUNTIME_PYTHON")
    if not value:
        candidate = ROOT / ".venv-runtime" / "bin" / "python"
        return str(candidate) if candidate.exists() else sys.executable
    found = Path(value).absolute() if os.sep in value else shutil.which(value)
    if not found or not os.access(found, os.X_OK) or Path(found).is_dir():
        raise RuntimePythonError(
            f"RUNTIME_PYTHON={value}: no Python interpreter there (looked for "
            f"{Path(value).absolute() if os.sep in value else 'it on PATH'})"
        )
    return str(found)


def run_program(code: str, timeout: float = TIMEOUT_SECONDS, name: str = "block.py") -> Run:
    """Run ``code`` as ``__main__`` in a fresh interpreter, in an empty temporary directory.

    The interpreter is isolated (``-I``): neither this repository nor the user's site-packages is
    importable, so a program passes only if it stands on its own.
    """
    with tempfile.TemporaryDirectory(prefix="block-") as tmp:
        path = Path(tmp) / name
        path.write_text(code, encoding="utf-8")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "MPLBACKEND": "Agg",
            "PYTHONHASHSEED": "0",
            "LC_ALL": "C.UTF-8",
            # One BLAS thread: parallel blocks do not oversubscribe the cores (idle BLAS threads
            # spin), and sums are reduced in one fixed order.
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        env.update({k: v for k, v in os.environ.items() if k in _PASSED_THROUGH})
        try:
            done = subprocess.run(
                [runtime_python(), "-I", str(path)],
                cwd=tmp,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as stopped:
            return Run(None, _text(stopped.stdout), _text(stopped.stderr))
    return Run(done.returncode, done.stdout, done.stderr)


def unified_diff(before: str, after: str, before_name: str, after_name: str) -> str:
    """A unified diff of two outputs, line by line."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            before_name,
            after_name,
        )
    )


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")
