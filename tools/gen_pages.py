"""Pages generated at build time (mkdocs-gen-files): nothing here is written twice.

* ``SUMMARY.md`` — the navigation (mkdocs-literate-nav), derived from the pages that exist;
* ``questions/index.md`` — all twenty questions, linked once their page exists;
* ``reference/*.md`` — one API page per module of `snippets/` (mkdocstrings).
"""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gen-files runs this file as a script
    sys.path.insert(0, str(ROOT))

from tools.pages import original_questions, question_pages  # noqa: E402

SNIPPETS = ROOT / "snippets"


def questions_index() -> str:
    pages = {page.number: page for page in question_pages()}
    lines = [
        "# All twenty questions",
        "",
        "The questions as the original post asks them. Each links to its corrected answer once",
        "that page is written; the others are still to come.",
        "",
        "| # | Question | Difficulty | Tags |",
        "|---|---|---|---|",
    ]
    for number, wording in original_questions().items():
        page = pages.get(number)
        if page is None:
            lines.append(f"| {number} | {wording} | | *not yet answered* |")
            continue
        name = page.path.name
        tags = ", ".join(page.meta.get("tags", []))
        lines.append(
            f"| {number} | [{wording}]({name}) | {page.meta.get('difficulty', '')} | {tags} |"
        )
    return "\n".join(lines) + "\n"


def module_names() -> list[str]:
    return sorted(p.stem for p in SNIPPETS.glob("q[0-9][0-9]_*.py"))


def reference_page(module: str) -> str:
    return f"# `{module}`\n\n::: snippets.{module}\n"


def reference_index(modules: list[str]) -> str:
    lines = [
        "# API reference",
        "",
        "Every module of `snippets/`, documented from its docstrings. Each program module is shown",
        "whole on its question page and executed by the tests; figure modules draw the figures.",
        "",
    ]
    lines += [f"- [`{m}`]({m}.md)" for m in modules]
    return "\n".join(lines) + "\n"


def summary(modules: list[str]) -> str:
    lines = ["- [Home](index.md)", "- [Questions](questions/index.md)"]
    for page in question_pages():
        lines.append(f"    - [{page.meta.get('title', page.h1)}]({page.uri})")
    lines.append("- [Tags](tags.md)")
    lines.append("- [API reference](reference/index.md)")
    lines += [f"    - [{m}](reference/{m}.md)" for m in modules]
    return "\n".join(lines) + "\n"


def generate() -> None:
    modules = module_names()
    with mkdocs_gen_files.open("questions/index.md", "w") as f:
        f.write(questions_index())
    for module in modules:
        path = f"reference/{module}.md"
        with mkdocs_gen_files.open(path, "w") as f:
            f.write(reference_page(module))
        mkdocs_gen_files.set_edit_path(path, f"../snippets/{module}.py")
    with mkdocs_gen_files.open("reference/index.md", "w") as f:
        f.write(reference_index(modules))
    with mkdocs_gen_files.open("SUMMARY.md", "w") as f:
        f.write(summary(modules))


generate()
