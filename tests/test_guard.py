"""Layer 2, the guard: no Python block reaches the built site without having been executed.

pytest-codeblocks silently skips fences such as ```` ```py ````, ```` ```python title="x" ````,
``~~~python`` and ```` ```pycon ````. This test reads (a) every page's Markdown for such fences and
(b) every code block of the built HTML, and fails on any Python block that layer 1 did not run.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.blocks import extract_blocks, python_like_fences, skipped_fences
from tests.support.html_blocks import normalise, python_blocks, source_page
from tools.paths import DOCS, ROOT, SNIPPETS, markdown_pages

#: Pages whose Python-looking blocks are run by another layer, with the reason.
DOCTEST_PAGES = {
    "reference": "mkdocstrings renders docstring examples (>>>) of snippets/ as pycon blocks; "
    "`pytest --doctest-modules` executes every one of them (layer 3)",
}


def test_no_markdown_fence_escapes_execution():
    messages = [m for page in markdown_pages() for m in skipped_fences(page)]
    assert not messages, "\n".join(messages)


def _executed_code() -> dict[Path, set[str]]:
    return {page: {normalise(b.code) for b in extract_blocks(page)} for page in markdown_pages()}


def _doctest_lines() -> set[str]:
    lines = set()
    for module in SNIPPETS.glob("*.py"):
        lines |= {
            line.strip()
            for line in module.read_text().splitlines()
            if line.strip().startswith(">>>")
        }
    return lines


def test_every_python_block_in_the_built_site_was_executed(site: Path):
    executed = _executed_code()
    everywhere = set().union(*executed.values()) if executed else set()
    doctest_lines = _doctest_lines()
    failures = []
    checked = 0
    for html_file in sorted(site.rglob("*.html")):
        blocks = python_blocks(html_file.read_text(encoding="utf-8"))
        if not blocks:
            continue
        page = source_page(html_file, site, DOCS)
        top = html_file.relative_to(site).parts[0]
        fences = python_like_fences(page.read_text(encoding="utf-8")) if page else []
        for index, block in enumerate(blocks):
            checked += 1
            if top in DOCTEST_PAGES and block.language == "pycon":
                first = next((ln.strip() for ln in block.code.splitlines() if ln.strip()), "")
                if first in doctest_lines:
                    continue
            code = normalise(block.code)
            if page is not None and code in executed.get(page, set()):
                continue
            if page is None and code in everywhere:
                continue
            if page is not None and index < len(fences):
                where = f"{page.relative_to(ROOT)}:{fences[index].line}"
            else:
                where = str(html_file.relative_to(site))
            first_line = code.split("\n", 1)[0]
            failures.append(
                f"{where}: {block.language} block `{first_line}` is published but was never executed"
            )
    assert not failures, "\n".join(failures)
    assert checked > 0, "no Python block found in the built site: the guard would pass vacuously"
