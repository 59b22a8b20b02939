"""The pages `make pages` writes into `docs/` are current, and nothing else sits among them.

They are committed (so that any MkDocs-compatible builder builds the site without a plugin), like
outputs and figures; these tests fail when a question page or `snippets/` changed and `make
pages` was not run, and prove on a copy of the project that they would.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from tests.pending import PENDING_VERSION_2
from tools.generate_pages import differences, generated_pages, write
from tools.library_pages import used_in
from tools.pages import question_pages
from tools.paths import DOCS, QUESTION_PAGE_NAME, ROOT, snippet_modules
from tools.sync_blocks import canonical_blocks


def test_generated_pages_are_current():
    found = differences()
    assert not found, "run `make pages`:\n" + "\n".join(found)


def front_matter_problems(name: str, text: str) -> list[str]:
    """A generated page whose front matter MkDocs cannot read shows it as text on the page."""
    body, meta = get_data(text)
    if not meta.get("title") or body.startswith("---"):
        return [f"{name}: front matter is not a YAML mapping with a title: {text[:120]!r}"]
    return []


def test_generated_front_matter_is_read_by_mkdocs():
    found = [
        problem
        for path, text in generated_pages().items()
        for problem in front_matter_problems(path.relative_to(ROOT).as_posix(), text)
    ]
    assert not found, "\n".join(found)
    broken = "---\n# made here\ntitle: Recurrent: LSTM\n---\n\n# Recurrent: LSTM\n"
    assert front_matter_problems("x.md", broken), "the check must catch an unquoted colon"


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
    part_1, part_2 = index.split("\n## Part 2: the core questions the post never asked\n")
    assert "[Q20. " in part_1 and "21-attention.md" not in part_1
    assert (
        "- **[Q21. What is attention?](21-attention.md)**  \n"
        "    Attention weighs values by query-key similarity.  \n"
        "    *medium* · attention"
    ) in part_2
    assert "21-attention.md" not in pages[docs / "questions" / "errata.md"], "not the post's claims"
    assert (
        "## [Q21. What is attention?](21-attention.md)"
        in pages[docs / "questions" / "cheat-sheet.md"]
    )


def test_library_pages_name_the_questions_whose_programs_copy_each_block():
    """ "Used in" is derived from the programs: a page is listed under a building block exactly
    when one of its programs (pages pending version 2 aside) defines a function of that name."""
    pages = question_pages()
    defined: dict[str, set[int]] = {}
    for program in snippet_modules():
        if int(program.name[1:3]) in PENDING_VERSION_2:
            continue
        for name in re.findall(r"^def (\w+)\(", program.read_text(encoding="utf-8"), re.M):
            defined.setdefault(name, set()).add(int(program.name[1:3]))
    used = used_in(pages)
    blocks = canonical_blocks()
    assert any(used.values()), "no program copies a building block: vacuous"
    for name, block in blocks.items():
        expected = sorted(defined.get(name, set()))
        assert [p.number for p in used.get(name, [])] == expected, name
        page = (DOCS / "reference" / f"{block.path.stem}.md").read_text(encoding="utf-8")
        entry = page.split(f"::: snippets.nn.{block.path.stem}.{name}\n", 1)[1].split(":::")[0]
        links = re.findall(r"\[Q(\d+)\]\(\.\./questions/\d\d-[a-z0-9-]+\.md\)", entry)
        assert [int(n) for n in links] == expected, f"{name}: {entry.strip()}"
