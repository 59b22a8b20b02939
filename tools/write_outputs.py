"""Write `snippets/outputs/<module>.txt` from real runs of the programs in `snippets/`.

Usage: ``python -m tools.write_outputs [qNN_name ...]`` (default: every program module).
Each module runs exactly as a page publishes it (whole file, fresh isolated interpreter, empty
folder), twice: an output is written only if both runs print the same bytes, so what the page
shows does not depend on the run (an unseeded random number, a timing).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools.paths import OUTPUTS, ROOT, SNIPPETS, program_modules
from tools.programs import run_program, unified_diff


def write_output(module: Path) -> str:
    """Run one module twice and write its stdout; raise with its traceback when it fails, or with
    a diff when the two runs print different output."""
    runs = [run_program(module.read_text(encoding="utf-8"), name=module.name) for _ in range(2)]
    for run in runs:
        if run.timed_out or run.returncode != 0:
            raise RuntimeError(f"{_name(module)} failed:\n{run.stderr}")
    run = runs[0]
    if runs[1].stdout != run.stdout:
        diff = unified_diff(run.stdout, runs[1].stdout, "run 1", "run 2")
        raise RuntimeError(
            f"{_name(module)}: output changes between runs (seed every random generator; "
            f"print no timings); nothing written:\n{diff}"
        )
    target = OUTPUTS / f"{module.stem}.txt"
    # pymdownx.snippets turns a file's final newline into an extra empty line of the block, so
    # the file holds stdout without it: the page then shows exactly what the program printed.
    target.write_text(run.stdout.removesuffix("\n"), encoding="utf-8")
    return f"wrote {target.relative_to(ROOT)} ({len(run.stdout.splitlines())} lines)"


def _name(module: Path) -> str:
    return str(module.relative_to(ROOT)) if module.is_relative_to(ROOT) else module.name


def main(names: list[str]) -> int:
    OUTPUTS.mkdir(exist_ok=True)
    modules = [SNIPPETS / f"{n.removesuffix('.py')}.py" for n in names] or program_modules()
    failures = 0
    with ThreadPoolExecutor() as pool:
        for result in pool.map(_safe_write, modules):
            failures += result.startswith("FAILED")
            print(result)
    return 1 if failures else 0


def _safe_write(module: Path) -> str:
    try:
        return write_output(module)
    except Exception as error:  # report every failing module, not only the first
        return f"FAILED {module.name}: {error}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
