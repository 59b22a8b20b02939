"""Build the site as the tests do: strictly, in a fresh process that cannot import a test package.

Every build of the suite runs under `BLOCKED`: the interpreter that builds is given an import hook
that refuses the test-only packages, so a build that needs one (the maths extension importing
pytest, say) fails every test that reads the site, and `tests/test_build.py` says why.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from tools.paths import MKDOCS_YML

#: Top-level packages of the `test` extra (and their import names): none may be imported by a build.
BLOCKED = (
    "pytest",
    "_pytest",
    "py",
    "pytest_codeblocks",
    "xdist",
    "pytest_timeout",
    "playwright",
    "axe_playwright_python",
    "ruff",
    "check_jsonschema",
    "zizmor",
    "piptools",
)

#: Runs a command-line program's ``cli`` with an import hook that refuses `BLOCKED` packages.
_GUARDED = """
import importlib.abc, sys
BLOCKED = set(sys.argv[1].split(","))
class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"the build imported {name}, a test-only package")
sys.meta_path.insert(0, Blocker())
program = sys.argv[2]
sys.argv = [program, *sys.argv[3:]]
module = __import__(f"{program}.__main__", fromlist=["cli"])
module.cli()
"""

#: Same pages on every build (sitemap dates), so builds can be compared byte for byte.
_ENV = {"DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}


@dataclasses.dataclass(frozen=True)
class Build:
    """The result of a strict build."""

    site: Path
    returncode: int
    log: str


def guarded_command(program: str, *args: str, blocked: tuple[str, ...] = BLOCKED) -> list[str]:
    """``python -c … program args``: ``program``'s command line, unable to import ``blocked``."""
    return [sys.executable, "-c", _GUARDED, ",".join(blocked), program, *args]


def build_site(
    destination: Path, config_file: Path = MKDOCS_YML, program: str = "mkdocs", strict: bool = True
) -> Build:
    """Build with ``program`` (``mkdocs`` or ``properdocs``) into ``destination``, log captured."""
    done = subprocess.run(
        guarded_command(
            program,
            "build",
            *(["--strict"] if strict else []),
            "-f",
            str(config_file),
            "-d",
            str(destination),
        ),
        cwd=config_file.parent,
        env={**os.environ, **_ENV},
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(destination, done.returncode, done.stdout + done.stderr)
