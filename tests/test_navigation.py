"""The navigation in `mkdocs.yml` is written by hand and checked here both ways: every question
page is listed, in number order within its part, and every entry is a page that exists. A failure
names the line of `mkdocs.yml` and the exact line to write."""

from __future__ import annotations

import difflib

from tools import site_config
from tools.pages import QuestionPage, question_pages
from tools.paths import DOCS, MKDOCS_YML

SECTION = "  - Questions:"
BEYOND = "Beyond the original post"


def expected_questions(pages: list[QuestionPage]) -> list[str]:
    """The lines of the Questions section: the index, questions 1-20, then questions 21 on."""
    lines = [SECTION, "      - questions/index.md"]
    lines += [f"      - {page.uri}" for page in pages if page.part == 1]
    beyond = [f"          - {page.uri}" for page in pages if page.part == 2]
    return lines + ([f"      - {BEYOND}:", *beyond] if beyond else [])


def question_nav_problems(config: list[str], pages: list[QuestionPage]) -> list[str]:
    """How the Questions section of ``config`` (the lines of `mkdocs.yml`) differs from the
    pages, as instructions naming the line to change."""
    if SECTION not in config:
        return [f"mkdocs.yml: the nav has no `{SECTION.strip()}` section"]
    start = config.index(SECTION)
    end = next(
        (n for n in range(start + 1, len(config)) if not config[n].startswith("      ")),
        len(config),
    )
    actual, expected = config[start:end], expected_questions(pages)
    problems = []
    matcher = difflib.SequenceMatcher(None, actual, expected, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        line = start + i1 + 1  # 1-based line of actual[i1]
        wanted = " / ".join(f"`{text}`" for text in expected[j1:j2])
        if tag == "insert":
            problems.append(f"mkdocs.yml:{line - 1}: after `{actual[i1 - 1]}`, add {wanted}")
        elif tag == "delete":
            problems.append(
                f"mkdocs.yml:{line}: remove `{actual[i1]}` (no such question page, or out of order)"
            )
        elif tag == "replace":
            found = " / ".join(f"`{text}`" for text in actual[i1:i2])
            problems.append(f"mkdocs.yml:{line}: write {wanted} instead of {found}")
    return problems


def _entries(nav) -> list[str]:
    """Every page path of a nav structure, in order."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _entries(value)]
    return [page for item in nav or [] for page in _entries(item)]


def test_every_question_page_is_in_the_navigation_in_order():
    config = MKDOCS_YML.read_text(encoding="utf-8").split("\n")
    problems = question_nav_problems(config, question_pages())
    assert not problems, "\n".join(problems)


def test_every_navigation_entry_is_a_page():
    config = MKDOCS_YML.read_text(encoding="utf-8").split("\n")
    entries = _entries(site_config.load().nav)
    assert "questions/index.md" in entries and "index.md" in entries
    missing = [
        f"mkdocs.yml:{next(n for n, line in enumerate(config, 1) if line.rstrip().endswith(entry))}: "
        f"nav entry {entry}: no file docs/{entry}"
        for entry in entries
        if not (DOCS / entry).is_file()
    ]
    assert not missing, "\n".join(missing)


# The check catches each fault, naming the line -------------------------------------------------


def _config() -> list[str]:
    return MKDOCS_YML.read_text(encoding="utf-8").split("\n")


def _line(config: list[str], text: str) -> int:
    return config.index(text) + 1


def test_a_missing_page_names_the_line_to_add():
    config, pages = _config(), question_pages()
    config.remove("      - questions/05-overfitting.md")
    line = _line(config, "      - questions/04-applications.md")
    assert question_nav_problems(config, pages) == [
        f"mkdocs.yml:{line}: after `      - questions/04-applications.md`, "
        "add `      - questions/05-overfitting.md`"
    ]


def test_pages_out_of_order_are_named():
    config, pages = _config(), question_pages()
    two = _line(config, "      - questions/02-perceptron.md")
    config[two - 1], config[two] = config[two], config[two - 1]  # 03 before 02
    assert question_nav_problems(config, pages) == [
        f"mkdocs.yml:{two - 1}: after `      - questions/01-deep-learning-vs-machine-learning.md`, "
        "add `      - questions/02-perceptron.md`",
        f"mkdocs.yml:{two + 1}: remove `      - questions/02-perceptron.md` (no such question "
        "page, or out of order)",
    ]


def test_a_question_beyond_the_post_goes_in_its_own_section(tmp_path):
    docs = tmp_path / "docs"
    (docs / "questions").mkdir(parents=True)
    for page in question_pages():
        if page.part == 1:  # the post's twenty only: the first page beyond it is the fixture
            (docs / page.uri).write_text(page.text, encoding="utf-8")
    (docs / "questions" / "21-attention.md").write_text("# Q21. What is attention?\n")
    beyond = [
        f"      - {BEYOND}:",
        *(f"          - {p.uri}" for p in question_pages() if p.part == 2),
    ]
    config = [line for line in _config() if line not in beyond]
    line = _line(config, "      - questions/20-lstm.md")
    assert question_nav_problems(config, question_pages(docs)) == [
        f"mkdocs.yml:{line}: after `      - questions/20-lstm.md`, add "
        f"`      - {BEYOND}:` / `          - questions/21-attention.md`"
    ]


def test_an_entry_for_no_page_is_named():
    config, pages = _config(), question_pages()
    index = config.index("      - questions/20-lstm.md")
    config.insert(index + 1, "      - questions/21-gone.md")
    assert question_nav_problems(config, pages) == [
        f"mkdocs.yml:{index + 2}: remove `      - questions/21-gone.md` (no such question page, "
        "or out of order)"
    ]
