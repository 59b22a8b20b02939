"""Extract the Python blocks of a page as MkDocs publishes them, and run them.

This module is the one place that knows how a published code block is found and executed; the
tests (`tests/test_published_blocks.py`, `tests/test_guard.py`) and `tools/write_outputs.py`
call it.

* Includes (``--8<--``) are resolved by `pymdownx.snippets` itself, configured from `mkdocs.yml`,
  so the code extracted here is the code the built site shows.
* Blocks are extracted by `pytest_codeblocks.extract_from_buffer`, the extractor of
  pytest-codeblocks; only fences whose info string is exactly ``python`` are collected.
* Each block runs as ``__main__`` in a fresh interpreter (the runtime environment, which holds only
  NumPy and Matplotlib), in an empty temporary directory, with a timeout.
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import markdown
import yaml
from pymdownx.snippets import SnippetMissingError
from pytest_codeblocks import extract_from_buffer

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TIMEOUT_SECONDS = 60

#: Fence languages that a reader would take for Python. Any of these, unless its fence is exactly
#: ``python``, is a block pytest-codeblocks silently skips.
PYTHON_LIKE = {"python", "py", "python3", "py3", "pycon", "ipython", "ipython3", "pyi"}

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^\n]*)$")


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
        try:
            page = self.page.relative_to(ROOT)
        except ValueError:
            page = self.page
        return f"{page}:{self.line}"


@dataclasses.dataclass(frozen=True)
class Run:
    """What a program did."""

    returncode: int | None  #: None when it was stopped at the timeout
    stdout: str
    stderr: str

    @property
    def timed_out(self) -> bool:
        return self.returncode is None


class _Loader(yaml.SafeLoader):
    """A YAML loader that accepts MkDocs' ``!!python/name:`` and ``!ENV`` tags as plain values."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


@cache
def mkdocs_config(config_file: Path = ROOT / "mkdocs.yml") -> dict:
    """The parsed `mkdocs.yml` (tags such as ``!!python/name:`` read as ``None``)."""
    return yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)


def snippets_config(config_file: Path = ROOT / "mkdocs.yml") -> dict:
    """The options of `pymdownx.snippets` exactly as `mkdocs.yml` sets them.

    Relative ``base_path`` entries are made absolute against the config file's folder, as MkDocs
    runs from there.
    """
    for entry in mkdocs_config(config_file)["markdown_extensions"]:
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            options = dict(entry["pymdownx.snippets"] or {})
            break
    else:
        raise LookupError(f"{config_file}: pymdownx.snippets is not configured")
    base = options.get("base_path", ["."])
    base = [base] if isinstance(base, str) else base
    options["base_path"] = [str((config_file.parent / b).resolve()) for b in base]
    return options


def resolve_includes(text: str, config_file: Path = ROOT / "mkdocs.yml") -> str:
    """Expand the ``--8<--`` includes of a page with `pymdownx.snippets`, as the build does.

    Raises
    ------
    pymdownx.snippets.SnippetMissingError
        When an included file or section does not exist (``check_paths: true``).
    """
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": snippets_config(config_file)},
    )
    lines = md.preprocessors["snippet"].run(text.split("\n"))
    return "\n".join(lines)


def _failing_include(page: Path, raw: str, config_file: Path) -> str:
    """``page:line`` of the first ``--8<--`` line whose file or section cannot be included."""
    for number, line in enumerate(raw.split("\n"), start=1):
        if "--8<--" in line:
            try:
                resolve_includes(line.strip(), config_file)
            except SnippetMissingError:
                return Block(page, number, "", None).where
    return Block(page, 1, "", None).where


def python_like_fences(text: str) -> list[tuple[int, str, str]]:
    """Every fence a reader would take for Python, with its line, marker and info string.

    Returns
    -------
    list of (line, fence, info)
        ``line`` is 1-based; ``fence`` the opening characters (```` ``` ```` or ``~~~``);
        ``info`` the rest of the opening line, stripped.
    """
    found = []
    closing = None
    for number, line in enumerate(text.split("\n"), start=1):
        m = _FENCE.match(line)
        if closing is not None:
            if m and m["fence"].startswith(closing) and not m["info"].strip():
                closing = None
            continue
        if not m:
            continue
        closing = m["fence"]
        info = m["info"].strip()
        language = re.split(r"[\s{}.]+", info.lstrip("{. "), maxsplit=1)[0].lower()
        if language in PYTHON_LIKE:
            found.append((number, m["fence"], info))
    return found


def is_executed_fence(fence: str, info: str) -> bool:
    """True when pytest-codeblocks collects a fence: backticks and exactly ``python``."""
    return fence.startswith("`") and info == "python"


def extract_blocks(page: Path, config_file: Path = ROOT / "mkdocs.yml") -> list[Block]:
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
    fence_lines = [
        n for n, fence, info in python_like_fences(raw) if is_executed_fence(fence, info)
    ]
    if len(fence_lines) != len(blocks):
        raise RuntimeError(
            f"{page}: {len(fence_lines)} ```python fences but {len(blocks)} blocks after includes"
        )
    return [
        Block(page, line, b.code, b.expected_output)
        for line, b in zip(fence_lines, blocks, strict=True)
    ]


_PASSED_THROUGH = {"OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "SYSTEMROOT", "TMPDIR"}


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
        # Machine settings that keep OpenBLAS correct on some processors pass through unchanged.
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


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def _diff(before: str, after: str, before_name: str, after_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            before_name,
            after_name,
        )
    )


def check_block(block: Block, timeout: float | None = None, runs: int = 2) -> str | None:
    """Run a block ``runs`` times and compare with the page; a failure message, or None.

    The message starts with the page and line, and shows the traceback or a diff. Running more
    than once catches output that drifts between runs (an unseeded random number, a timing).
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
            diff = _diff(outputs[0], output, "run 1", f"run {attempt}")
            return (
                f"{block.where}: output changes between runs (seed every random generator; "
                f"print no timings):\n{diff}"
            )
    if block.expected_output is None:
        return f"{block.where}: block has no output block under it (<!--pytest-codeblocks:expected-output-->)"
    if outputs[0] != block.expected_output:
        diff = _diff(block.expected_output, outputs[0], "shown on the page", "printed by the block")
        return (
            f"{block.where}: output differs from the one shown (run `make outputs` if the "
            f"program changed on purpose):\n{diff}"
        )
    return None


def question_pages(docs: Path = DOCS) -> list[Path]:
    """Every Markdown page under `docs/`, sorted."""
    return sorted(docs.rglob("*.md"))


#: ``<!-- not-executed: reason -->`` on the line before a fence exempts it from execution.
_EXEMPTION = re.compile(r"^\s*<!--\s*not-executed:\s*(?P<reason>\S.*?)\s*-->\s*$")


def skipped_fences(page: Path) -> list[str]:
    """Python-looking fences that pytest-codeblocks would silently skip, as failure messages.

    A fence is skipped unless its info string is exactly ``python`` with backticks (``py``,
    ``pycon``, attributes such as ``title=``, ``~~~``, a space before the language all are).
    Exempt one by writing ``<!-- not-executed: why -->`` on the line before it.
    """
    lines = page.read_text(encoding="utf-8").split("\n")
    messages = []
    for number, fence, info in python_like_fences("\n".join(lines)):
        if is_executed_fence(fence, info):
            continue
        previous = next((line for line in reversed(lines[: number - 1]) if line.strip()), "")
        if _EXEMPTION.match(previous):
            continue
        where = Block(page, number, "", None).where
        messages.append(
            f"{where}: fence {fence}{info!s} is not collected by pytest-codeblocks, so it would be "
            f"published without being executed; write exactly ```python (no attributes), or put "
            f"<!-- not-executed: reason --> on the line before it"
        )
    return messages
