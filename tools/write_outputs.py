"""Write `snippets/outputs/<module>.txt` from real runs of the programs in `snippets/`.

Usage: ``python -m tools.write_outputs [qNN_name ...]`` (default: every program module).
Each module runs exactly as a page publishes it (whole file, fresh isolated interpreter, empty
folder), so the output written here is what a reader sees when running the copied block.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools.paths import OUTPUTS, ROOT, SNIPPETS, program_modules
from tools.programs import run_program


def write_output(module: Path) -> str:
    """Run one module and write its stdout; raise with its traceback when it fails."""
    run = run_program(module.read_text(encoding="utf-8"), name=module.name)
    if run.timed_out or run.returncode != 0:
        raise RuntimeError(f"{module.relative_to(ROOT)} failed:\n{run.stderr}")
    target = OUTPUTS / f"{module.stem}.txt"
    # pymdownx.snippets turns a file's final newline into an extra empty line of the block, so
    # the file holds stdout without it: the page then shows exactly what the program printed.
    target.write_text(run.stdout.removesuffix("\n"), encoding="utf-8")
    return f"wrote {target.relative_to(ROOT)} ({len(run.stdout.splitlines())} lines)"


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
