"""Keep the page programs' copies of the building blocks identical to `snippets/nn/`.

A program ``snippets/qNN_*.py`` that needs a building block carries a verbatim copy of it: the
canonical code, with the canonical docstring whole or only its first line. Any top-level function
of a program named like a building block is such a copy.

Usage: ``python -m tools.sync_blocks [--check] [snippets/qNN_name.py ...]`` (``make sync-blocks``).
Rewrites each copy from the canonical definition, keeping the copy's docstring form, and prints
what it changed; ``--check`` changes nothing and exits 1 if anything would change. Without files
it takes every program except those of pages still listed in `tests/pending.py` (their old
programs hold divergent copies until they are rewritten).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import difflib
import re
import sys
from pathlib import Path

from tests.pending import PENDING_VERSION_2
from tools.paths import LIBRARY, ROOT, library_modules, snippet_modules


@dataclasses.dataclass(frozen=True)
class Function:
    """A top-level function of a module, as source text."""

    path: Path
    name: str
    start: int  # first line, decorators included (1-based)
    end: int  # last line
    text: str  # lines start..end, newline-terminated
    doc_lines: tuple[int, int] | None  # first and last line of the docstring literal

    @property
    def where(self) -> str:
        return f"{_shown(self.path)}:{self.start}"

    @property
    def short_doc(self) -> bool:
        """True when the docstring is a single line (the form a program's copy may use)."""
        return self.doc_lines is not None and self.doc_lines[0] == self.doc_lines[1]


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def functions(path: Path) -> dict[str, Function]:
    """The top-level functions of the module at ``path``, by name."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    found = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        start = min([node.lineno] + [d.lineno for d in node.decorator_list])
        first = node.body[0]
        has_doc = (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        )
        doc_lines = (first.lineno, first.end_lineno) if has_doc else None
        text = "".join(lines[start - 1 : node.end_lineno])
        found[node.name] = Function(path, node.name, start, node.end_lineno, text, doc_lines)
    return found


def canonical_blocks(library: Path = LIBRARY) -> dict[str, Function]:
    """Every public function of `snippets/nn/`, by name (each name is defined once)."""
    blocks: dict[str, Function] = {}
    for module in library_modules(library):
        for name, function in functions(module).items():
            if name.startswith("_"):
                continue
            if name in blocks:
                raise ValueError(
                    f"{function.where}: {name} is already defined at {blocks[name].where}"
                )
            blocks[name] = function
    return blocks


def short_form(block: Function) -> str:
    """The canonical text with the docstring cut to its first line."""
    if block.doc_lines is None or block.short_doc:
        return block.text
    lines = block.text.splitlines(keepends=True)
    first, last = (n - block.start for n in block.doc_lines)
    opening = lines[first].rstrip()
    if not re.search(r'"""\S', opening):
        raise ValueError(f"{block.where}: the docstring's summary must start on its opening line")
    return "".join(lines[:first] + [opening + '"""\n'] + lines[last + 1 :])


def expected_copy(block: Function, copy: Function) -> str:
    """The copy as it must read: the canonical text, docstring in the copy's form."""
    return short_form(block) if copy.short_doc or copy.doc_lines is None else block.text


@dataclasses.dataclass(frozen=True)
class Mismatch:
    copy: Function
    block: Function
    expected: str

    def message(self) -> str:
        diff = difflib.unified_diff(
            self.expected.splitlines(keepends=True),
            self.copy.text.splitlines(keepends=True),
            f"{self.block.where} (canonical)",
            f"{self.copy.where} (copy)",
            n=1,
        )
        return (
            f"{self.copy.where}: {self.copy.name} differs from its canonical definition "
            f"{self.block.where}; run `make sync-blocks` (or rename the function if it "
            f"deliberately differs, e.g. {self.copy.name}_naive)\n" + "".join(list(diff)[:40])
        )


def mismatches(programs: list[Path], blocks: dict[str, Function] | None = None) -> list[Mismatch]:
    """The copies in ``programs`` that differ from their canonical definition."""
    blocks = canonical_blocks() if blocks is None else blocks
    found = []
    for program in programs:
        for name, copy in functions(program).items():
            if name in blocks:
                expected = expected_copy(blocks[name], copy)
                if copy.text != expected:
                    found.append(Mismatch(copy, blocks[name], expected))
    return found


def copies(programs: list[Path], blocks: dict[str, Function] | None = None) -> list[Function]:
    """Every function of ``programs`` named like a building block (identical or not)."""
    blocks = canonical_blocks() if blocks is None else blocks
    return [f for p in programs for name, f in functions(p).items() if name in blocks]


def programs(pending: frozenset[int] = PENDING_VERSION_2) -> list[Path]:
    """The modules ``snippets/qNN_*.py`` of pages not pending version 2."""
    return [p for p in snippet_modules() if int(p.name[1:3]) not in pending]


def sync(program: Path, blocks: dict[str, Function] | None = None, write: bool = True) -> list[str]:
    """Rewrite the copies in ``program`` from the canonical definitions; say what changed."""
    changed = []
    lines = program.read_text(encoding="utf-8").splitlines(keepends=True)
    # From the bottom up, so that the line numbers of the copies above stay valid.
    for m in sorted(mismatches([program], blocks), key=lambda m: -m.copy.start):
        lines[m.copy.start - 1 : m.copy.end] = m.expected.splitlines(keepends=True)
        form = "first line" if m.copy.short_doc or m.copy.doc_lines is None else "whole"
        changed.append(f"{m.copy.where}: {m.copy.name} <- {m.block.where} (docstring: {form})")
    if changed and write:
        program.write_text("".join(lines), encoding="utf-8")
    return changed[::-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.sync_blocks", description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("files", nargs="*", type=Path, help="default: every non-pending program")
    args = parser.parse_args(argv)
    blocks = canonical_blocks()
    targets = [f.resolve() for f in args.files] or programs()
    changed = [line for target in targets for line in sync(target, blocks, not args.check)]
    for line in changed:
        print(("would rewrite " if args.check else "rewrote ") + line)
    count = len(copies(targets, blocks))
    state = "stale" if args.check else "rewritten"
    print(f"{count} copies of building blocks in {len(targets)} programs, {len(changed)} {state}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
