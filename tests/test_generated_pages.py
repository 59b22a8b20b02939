"""The pages `make pages` writes into `docs/` are current, and nothing else sits among them.

They are committed (so that any MkDocs-compatible builder builds the site without a plugin), like
outputs and figures; these tests fail when a question page or `snippets/` changed and `make
pages` was not run, and prove on a copy of the project that they would.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.generate_pages import differences, generated_pages, write
from tools.paths import DOCS, QUESTION_PAGE_NAME, ROOT


def test_generated_pages_are_current():
    found = differences()
    assert not found, "run `make pages`:\n" + "\n".join(found)


def test_every_file_of_docs_questions_is_a_question_page_or_generated():
    generated = set(generated_pages())
    stray = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((DOCS / "questions").iterdir())
        if path not in generated and not QUESTION_PAGE_NAME.match(path.name)
    ]
    assert not stray, f"neither a question page (NN-slug.md) nor written by `make pages`: {stray}"


@pytest.fixture
def docs(tmp_path) -> Path:
    """A copy of `docs/` and `snippets/`, the sources of the generated pages."""
    for folder in ("docs", "snippets"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("assets"))
    return tmp_path / "docs"


def test_a_changed_question_page_makes_them_stale(docs):
    page = next((docs / "questions").glob("02-*.md"))
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "## Short answer\n", "## Short answer\n\nNew words.\n", 1
        )
    )
    found = differences(docs)
    assert "docs/questions/cheat-sheet.md is stale" in found, found
    write(docs)
    assert differences(docs) == []


def test_a_stray_or_missing_file_is_reported(docs):
    (docs / "reference" / "q99_gone.md").write_text("# gone\n", encoding="utf-8")
    (docs / "questions" / "self-test.md").unlink()
    assert differences(docs) == [
        "docs/questions/self-test.md is missing",
        "docs/reference/q99_gone.md is not written by `make pages`",
    ]
    write(docs)
    assert not (docs / "reference" / "q99_gone.md").exists()
    assert differences(docs) == []


def test_questions_beyond_the_post_are_listed_under_their_own_heading(docs):
    (docs / "questions" / "21-attention.md").write_text(
        '---\ntitle: "Q21. What is attention?"\nquestion: 21\ntags: [attention]\n'
        "difficulty: medium\nsummary: Attention weighs values by query-key similarity.\n---\n\n"
        "# Q21. What is attention?\n\n## Short answer\n\nA weighted average.\n",
        encoding="utf-8",
    )
    pages = generated_pages(docs)
    index = pages[docs / "questions" / "index.md"]
    part_1, part_2 = index.split("\n## Beyond the original post\n")
    assert "| 20 | [" in part_1 and "21-attention.md" not in part_1
    assert "| 21 | [What is attention?](21-attention.md) | medium | attention |" in part_2
    assert "21-attention.md" not in pages[docs / "questions" / "errata.md"], "not the post's claims"
    assert (
        "## [Q21. What is attention?](21-attention.md)"
        in pages[docs / "questions" / "cheat-sheet.md"]
    )
