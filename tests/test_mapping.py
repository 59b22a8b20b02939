"""Pages and `snippets/` modules map onto each other by name, checked in both directions."""

from __future__ import annotations

import ast
import re

from tools.pages import question_pages
from tools.paths import SNIPPETS

INCLUDE = re.compile(r'--8<--\s+"(?P<path>snippets/[^":]+)(?::[^"]*)?"')
FIGURE = re.compile(r"assets/figures/(?P<stem>q\d{2}_fig_[a-z0-9_]+?)(?:-dark)?\.svg")


def _modules():
    return sorted(p for p in SNIPPETS.glob("*.py") if p.name != "__init__.py")


def test_every_module_is_named_after_a_page():
    numbers = {p.number for p in question_pages()}
    for module in _modules():
        m = re.fullmatch(r"q(\d{2})_[a-z0-9_]+\.py", module.name)
        assert m, f"snippets/{module.name}: name must be qNN_<name>.py"
        assert int(m[1]) in numbers, f"snippets/{module.name}: no page docs/questions/{m[1]}-*.md"


def test_every_module_is_shown_or_drawn_on_its_own_page():
    shown: dict[str, set[str]] = {}
    for page in question_pages():
        included = {m["path"] for m in INCLUDE.finditer(page.text)}
        drawn = {f"snippets/{m['stem']}.py" for m in FIGURE.finditer(page.text)}
        for path in included | drawn:
            if path.endswith(".py"):
                shown.setdefault(path, set()).add(f"{page.number:02d}")
    for module in _modules():
        path = f"snippets/{module.name}"
        assert path in shown, (
            f"{path} is neither included nor drawn on docs/questions/{module.name[1:3]}-*.md"
        )
        assert shown[path] == {module.name[1:3]}, f"{path} is used by another page: {shown[path]}"


def test_every_page_shows_a_program_and_its_output():
    for page in question_pages():
        programs = [p for p in INCLUDE.findall(page.text) if p.endswith(".py")]
        assert programs, f"docs/{page.uri}: shows no program from snippets/"
        for program in programs:
            stem = program.removeprefix("snippets/").removesuffix(".py")
            assert f"snippets/outputs/{stem}.txt" in page.text, (
                f"docs/{page.uri}: {program} without its output"
            )


def test_every_output_belongs_to_a_program():
    for output in (SNIPPETS / "outputs").glob("*.txt"):
        assert (SNIPPETS / f"{output.stem}.py").exists(), (
            f"snippets/outputs/{output.name}: no program"
        )


def test_programs_stand_alone():
    """A published program imports no other module of the project (it must run when pasted)."""
    for module in _modules():
        if "_fig_" in module.name:
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert not name.startswith(("snippets", "tools", "tests")), (
                    f"snippets/{module.name}:{node.lineno}: imports {name}; paste its helper in instead"
                )
