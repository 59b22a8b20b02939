"""The building blocks exist once (promise P7, README): programs carry verbatim copies of `snippets/nn/`,
every block is documented with shapes and a doctest, and every gradient is cross-checked against
PyTorch in `tests/torch/` (run by `make test-torch`)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pending import PENDING_VERSION_2
from tools.paths import ROOT, snippet_modules
from tools.sync_blocks import canonical_blocks, functions, mismatches, programs, short_form, sync

BLOCKS = canonical_blocks()
GRADIENT_NAME = re.compile(r"\w+_(?:grad|backward|derivative)$")
TORCH_TESTS = ROOT / "tests" / "torch"


def test_copies_in_programs_are_identical_to_the_building_blocks():
    found = mismatches(programs())
    assert not found, "\n\n".join(m.message() for m in found)


def test_pending_pages_are_exempt_and_every_other_program_is_checked():
    every = snippet_modules()
    assert programs(frozenset()) == every
    assert programs(PENDING_VERSION_2) == [
        p for p in every if int(p.name[1:3]) not in PENDING_VERSION_2
    ]


def _program(tmp_path: Path, *parts: str) -> Path:
    path = tmp_path / "q99_fake.py"
    path.write_text('"""A program."""\n\nimport numpy as np\n\n\n' + "\n\n".join(parts))
    return path


def test_exact_copies_pass_with_the_docstring_whole_or_its_first_line(tmp_path):
    program = _program(tmp_path, BLOCKS["softmax"].text, short_form(BLOCKS["sigmoid"]))
    assert mismatches([program]) == []
    assert functions(program)["sigmoid"].text.count("\n") < BLOCKS["sigmoid"].text.count("\n")


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace("np.abs(z)", "abs(z)"),  # code
        lambda text: text.replace("(any shape)", "(any  shape)"),  # docstring's first line
        lambda text: text.replace("    Returns\n", "    Return\n"),  # rest of a whole docstring
        lambda text: text.replace("    # Only exp(-|z|)", "    # exp(-|z|)"),  # comment
    ],
    ids=["code", "summary", "docstring", "comment"],
)
def test_a_changed_copy_fails_naming_both_files_and_lines(tmp_path, change):
    changed = change(BLOCKS["sigmoid"].text)
    assert changed != BLOCKS["sigmoid"].text
    program = _program(tmp_path, BLOCKS["relu"].text, changed)
    found = mismatches([program])
    assert [m.copy.name for m in found] == ["sigmoid"]
    message = found[0].message()
    copy_line = functions(program)["sigmoid"].start
    assert f"{program}:{copy_line}: sigmoid differs" in message
    assert f"snippets/nn/activations.py:{BLOCKS['sigmoid'].start}" in message
    assert "make sync-blocks" in message


def test_sync_rewrites_stale_copies_keeping_each_docstring_form(tmp_path):
    stale_short = short_form(BLOCKS["sigmoid"]).replace("np.abs(z)", "abs(z)")
    stale_whole = BLOCKS["softmax"].text.replace("axis=axis", "axis")
    main = 'def main():\n    print(f"{sigmoid(np.zeros(1))[0]:.2f}")\n'
    program = _program(tmp_path, stale_short, stale_whole, main)

    def check():
        command = [sys.executable, "-m", "tools.sync_blocks", "--check", str(program)]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)

    done = check()
    assert done.returncode == 1 and str(program) in done.stdout, done.stdout + done.stderr
    changed = sync(program)
    assert len(changed) == 2 and all(line.startswith(f"{program}:") for line in changed)
    assert "sigmoid <- snippets/nn/activations.py" in changed[0] and "first line" in changed[0]
    assert "softmax <- snippets/nn/activations.py" in changed[1] and "whole" in changed[1]
    after = functions(program)
    assert after["sigmoid"].text == short_form(BLOCKS["sigmoid"])
    assert after["softmax"].text == BLOCKS["softmax"].text
    assert program.read_text().endswith(main)
    assert check().returncode == 0


def test_building_block_names_are_unique_and_documented():
    """One-sentence summary stating shapes on the opening line, then Parameters, Returns and an
    exact doctest (the API reference and every copy's docstring come from here)."""
    problems = []
    for name, block in BLOCKS.items():
        node = ast.parse(block.text).body[0]
        doc = ast.get_docstring(node, clean=True) or ""
        summary = doc.splitlines()[0] if doc else ""
        if not summary.endswith(".") or not re.search(r"shape|\(|``", summary):
            problems.append(f"{block.where}: {name}: summary must be one sentence with shapes")
        sections = ["Returns", "Examples"] + (["Parameters"] if node.args.args else [])
        problems += [f"{block.where}: {name}: no {s} section" for s in sections if s not in doc]
        if ">>> " not in doc:
            problems.append(f"{block.where}: {name}: no doctest")
        try:
            short_form(block)
        except ValueError as error:
            problems.append(str(error))
    assert not problems, "\n".join(problems)


def _torch_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(TORCH_TESTS.glob("*.py")))


def _gradient_functions():
    """Gradient functions of the library and of non-pending programs, except verbatim copies."""
    for name, block in BLOCKS.items():
        if GRADIENT_NAME.match(name):
            yield block
    stale = {(m.copy.path, m.copy.name) for m in mismatches(programs())}
    for program in programs():
        for name, function in functions(program).items():
            is_copy = name in BLOCKS and (program, name) not in stale
            if GRADIENT_NAME.match(name) and not is_copy:
                yield function


def test_every_gradient_is_cross_checked_against_pytorch():
    """Page writers add `tests/torch/test_qNN_<name>.py` for their own gradients."""
    text = _torch_text()
    missing = [
        f"{f.where}: {f.name}"
        for f in _gradient_functions()
        if not re.search(rf"\b{f.name}\b", text)
    ]
    assert not missing, "not compared with torch autograd in tests/torch/:\n" + "\n".join(missing)


def test_every_building_block_is_cross_checked_against_pytorch():
    text = _torch_text()
    missing = [b.where + ": " + n for n, b in BLOCKS.items() if not re.search(rf"\b{n}\b", text)]
    assert not missing, "not compared with torch in tests/torch/:\n" + "\n".join(missing)
