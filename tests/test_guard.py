"""Layer 2, the guard: no Python block reaches the built site without having been executed.

pytest-codeblocks silently skips fences such as ```` ```py ````, ```` ```python title="x" ````,
``~~~python`` and ```` ```pycon ````. This test reads (a) every page's Markdown for such fences and
(b) every code block of the built HTML, and fails on any Python block that layer 1 did not run.
On the snippet library's pages, layer 3 runs the blocks: a function's source is a building block
of `snippets/nn/` (its doctests, unit tests and gradient checks), and its examples are doctests.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.blocks import extract_blocks, python_like_fences, skipped_fences
from tests.support.html_blocks import normalise, python_blocks, source_page
from tools.paths import DOCS, ROOT, SNIPPETS, markdown_pages
from tools.sync_blocks import canonical_blocks

#: Pages whose Python-looking blocks are run by another layer, with the reason.
LIBRARY_PAGES = {
    "reference": "mkdocstrings renders the source of each building block of snippets/nn/ (unit "
    "tests, gradient checks, doctests) and its docstring examples (>>>) as pycon blocks, which "
    "`pytest --doctest-modules` executes (layer 3)",
}


def test_no_markdown_fence_escapes_execution():
    messages = [m for page in markdown_pages() for m in skipped_fences(page)]
    assert not messages, "\n".join(messages)


def _executed_code() -> dict[Path, set[str]]:
    return {page: {normalise(b.code) for b in extract_blocks(page)} for page in markdown_pages()}


def _doctest_lines() -> set[str]:
    lines = set()
    for module in SNIPPETS.rglob("*.py"):
        lines |= {
            line.strip()
            for line in module.read_text().splitlines()
            if line.strip().startswith(">>>")
        }
    return lines


def unexecuted_blocks(site: Path) -> tuple[list[str], int, int]:
    """Python blocks of the built ``site`` that no layer ran, as messages; and how many blocks
    were checked, and how many were building blocks' sources on library pages."""
    executed = _executed_code()
    everywhere = set().union(*executed.values()) if executed else set()
    doctest_lines = _doctest_lines()
    library_sources = {normalise(block.text) for block in canonical_blocks().values()}
    failures = []
    checked = from_library = 0
    for html_file in sorted(site.rglob("*.html")):
        blocks = python_blocks(html_file.read_text(encoding="utf-8"))
        if not blocks:
            continue
        page = source_page(html_file, site, DOCS)
        top = html_file.relative_to(site).parts[0]
        fences = python_like_fences(page.read_text(encoding="utf-8")) if page else []
        for index, block in enumerate(blocks):
            checked += 1
            code = normalise(block.code)
            if top in LIBRARY_PAGES and block.language == "pycon":
                first = next((ln.strip() for ln in block.code.splitlines() if ln.strip()), "")
                if first in doctest_lines:
                    continue
            if top in LIBRARY_PAGES and block.language == "python" and code in library_sources:
                from_library += 1
                continue
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
    return failures, checked, from_library


def test_every_python_block_in_the_built_site_was_executed(site: Path):
    failures, checked, from_library = unexecuted_blocks(site)
    assert not failures, "\n".join(failures)
    assert checked > 0, "no Python block found in the built site: the guard would pass vacuously"
    assert from_library >= len(canonical_blocks()), "the library's sources were not all seen"


def _highlighted(language: str, code: str) -> str:
    return f'<div class="language-{language} highlight"><pre><code>{code}</code></pre></div>'


def test_a_library_page_block_that_is_no_building_block_is_caught(tmp_path):
    """On a library page, only a building block's exact source or a doctest passes."""
    relu = next(b for name, b in canonical_blocks().items() if name == "relu").text
    page = tmp_path / "reference" / "activations" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        _highlighted("python", relu)
        + _highlighted("python", relu.replace("return", "return 2 *"))
        + _highlighted("pycon", "&gt;&gt;&gt; import os"),
        encoding="utf-8",
    )
    failures, checked, from_library = unexecuted_blocks(tmp_path)
    assert (checked, from_library) == (3, 1)
    assert failures == [
        "reference/activations/index.html: python block `def relu(z):` is published but was "
        "never executed",
        "reference/activations/index.html: pycon block `>>> import os` is published but was "
        "never executed",
    ]
