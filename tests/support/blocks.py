"""Extract the Python blocks of a page as MkDocs publishes them, and check them.

The one place that knows how a published code block is found and checked; the tests
(`tests/test_published_blocks.py`, `tests/test_guard.py`, `tests/test_harness.py`) and `make bench`
call it.

* Includes (``--8<--``) are resolved by `pymdownx.snippets` itself, configured from `mkdocs.yml`
  (`tools/site_config.py`), so the code extracted here is the code the built site shows.
* Blocks are extracted by `pytest_codeblocks.extract_from_buffer`, the extractor of
  pytest-codeblocks; only fences whose info string is exactly ``python`` are collected.
* Each block runs as ``__main__`` in a fresh interpreter (`tools/programs.py`) and its output is
  compared byte for byte with the one the page shows, which `tools/write_outputs.py` wrote only
  after two runs agreed: every test session is a further run compared with those two.
"""

from __future__ import annotations

import dataclasses
import io
import os
import re
from pathlib import Path

from pymdownx.snippets import SnippetMissingError
from pytest_codeblocks import extract_from_buffer

from tools.markdown_reader import Fence, read
from tools.paths import MKDOCS_YML, ROOT
from tools.programs import TIMEOUT_SECONDS, run_program, unified_diff
from tools.site_config import resolve_includes

#: Fence languages that a reader would take for Python. Any of these, unless its fence is exactly
#: ``python``, is a block pytest-codeblocks silently skips.
PYTHON_LIKE = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3", "pyi"}


@dataclasses.dataclass(frozen=True)
class Block:
    """One Python block of a page, as published."""

    page: Path  #: the Markdown file
    line: int  #: 1-based line of the opening fence in the Markdown file
    code: str  #: the program, includes resolved
    expected_output: str | None  #: the output shown under it, if any

    @property
    def where(self) -> str:
        """``docs/questions/02-perceptron.md:57``, relative to the repository."""
        return where(self.page, self.line)


def where(page: Path, line: int) -> str:
    try:
        page = page.relative_to(ROOT)
    except ValueError:
        pass
    return f"{page}:{line}"


def _failing_include(page: Path, raw: str, config_file: Path) -> str:
    """``page:line`` of the first ``--8<--`` line whose file or section cannot be included."""
    for number, line in enumerate(raw.split("\n"), start=1):
        if "--8<--" in line:
            try:
                resolve_includes(line.strip(), config_file)
            except SnippetMissingError:
                return where(page, number)
    return where(page, 1)


def python_like_fences(text: str) -> list[Fence]:
    """Every fence a reader would take for Python (``python``, ``py``, ``pycon``…)."""
    return [f for f in read(text).fences if f.language in PYTHON_LIKE]


def is_executed_fence(fence: Fence) -> bool:
    """True when pytest-codeblocks collects a fence: backticks and exactly ``python``."""
    return fence.marker.startswith("`") and fence.info == "python"


def extract_blocks(page: Path, config_file: Path = MKDOCS_YML) -> list[Block]:
    """The Python blocks pytest-codeblocks collects from a page, includes resolved.

    Lines are those of the Markdown file as written: the k-th collected block is the k-th
    fence whose info string is exactly ``python`` (included files are programs and plain text,
    which hold no fences).
    """
    raw = page.read_text(encoding="utf-8")
    try:
        resolved = resolve_includes(raw, config_file)
    except SnippetMissingError as error:
        raise SnippetMissingError(f"{_failing_include(page, raw, config_file)}: {error}") from error
    blocks = [b for b in extract_from_buffer(io.StringIO(resolved)) if b.syntax == "python"]
    fence_lines = [f.line for f in python_like_fences(raw) if is_executed_fence(f)]
    if len(fence_lines) != len(blocks):
        raise RuntimeError(
            f"{page}: {len(fence_lines)} ```python fences but {len(blocks)} blocks after includes"
        )
    return [
        Block(page, line, b.code, b.expected_output)
        for line, b in zip(fence_lines, blocks, strict=True)
    ]


def check_block(block: Block, timeout: float | None = None, runs: int = 1) -> str | None:
    """Run a block ``runs`` times and compare with the page; a failure message, or None.

    The message starts with the page and line, and shows the traceback or a diff. Output that
    drifts between runs (an unseeded random number, a timing) differs from the page's, which
    two agreeing runs wrote; ``runs=2`` also names the drift as such.
    """
    if timeout is None:
        timeout = float(os.environ.get("BLOCK_TIMEOUT", TIMEOUT_SECONDS))
    outputs = []
    for _ in range(runs):
        run = run_program(block.code, timeout=timeout)
        if run.timed_out:
            return f"{block.where}: block did not finish within {timeout:g} s (stopped)"
        if run.returncode != 0:
            return f"{block.where}: block raised (exit {run.returncode}):\n{run.stderr}"
        outputs.append(run.stdout)
    for attempt, output in enumerate(outputs[1:], start=2):
        if output != outputs[0]:
            diff = unified_diff(outputs[0], output, "run 1", f"run {attempt}")
            return (
                f"{block.where}: output changes between runs (seed every random generator; "
                f"print no timings):\n{diff}"
            )
    if block.expected_output is None:
        return f"{block.where}: block has no output block under it (<!--pytest-codeblocks:expected-output-->)"
    if outputs[0] != block.expected_output:
        diff = unified_diff(
            block.expected_output, outputs[0], "shown on the page", "printed by the block"
        )
        return (
            f"{block.where}: output differs from the one shown (run `make outputs` if the "
            f"program changed on purpose):\n{diff}"
        )
    return None


#: ``<!-- not-executed: reason -->`` on the line before a fence exempts it from execution.
_EXEMPTION = re.compile(r"^\s*<!--\s*not-executed:\s*(?P<reason>\S.*?)\s*-->\s*$")


def skipped_fences(page: Path) -> list[str]:
    """Python-looking fences that pytest-codeblocks would silently skip, as failure messages.

    A fence is skipped unless its info string is exactly ``python`` with backticks (``py``,
    ``pycon``, attributes such as ``title=``, ``~~~``, a space before the language all are).
    Exempt one by writing ``<!-- not-executed: why -->`` on the line before it.
    """
    text = page.read_text(encoding="utf-8")
    lines = text.split("\n")
    messages = []
    for fence in python_like_fences(text):
        if is_executed_fence(fence):
            continue
        previous = next((line for line in reversed(lines[: fence.line - 1]) if line.strip()), "")
        if _EXEMPTION.match(previous):
            continue
        messages.append(
            f"{where(page, fence.line)}: fence {fence.marker}{fence.info} is not collected by "
            f"pytest-codeblocks, so it would be published without being executed; write exactly "
            f"```python (no attributes), or put <!-- not-executed: reason --> on the line before it"
        )
    return messages
