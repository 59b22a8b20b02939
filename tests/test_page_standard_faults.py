"""Each rule of page standard version 2 catches its fault, naming file and line.

A fixture page that meets the standard (`tests/fixtures/standard/`, a miniature project with its
programs) is copied, one fault is injected, and `structure_errors` must report it at the right
line; the unchanged fixture must pass, and so must the reading path at exactly the budget.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_page_structure import CORE_PROGRAM_LINES, READING_PATH_WORDS, structure_errors
from tools.blocks import ROOT
from tools.pages import QuestionPage

FIXTURE = ROOT / "tests" / "fixtures" / "standard"
PAGE = "docs/questions/09-fixture-loss.md"


@pytest.fixture
def project(tmp_path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(FIXTURE, copy)
    return copy


def errors_after(project: Path, old: str, new: str, count: int = 1) -> tuple[list[str], str]:
    """Replace ``old`` by ``new`` in the fixture page; the errors, and the page's text."""
    path = project / PAGE
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"fixture lacks {old!r}"
    text = text.replace(old, new, count)
    path.write_text(text, encoding="utf-8")
    return structure_errors(QuestionPage(path, project / "docs")), text


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if needle in line)


def test_the_fixture_meets_the_standard(project):
    page = QuestionPage(project / PAGE, project / "docs")
    assert structure_errors(page) == []
    assert 0 < page.reading_path_words < READING_PATH_WORDS


def test_errata_before_the_answer(project):
    path = project / PAGE
    text = path.read_text(encoding="utf-8")
    errata = text[text.index("## What the original answer got wrong") : text.index("## Follow-up")]
    text = text.replace(errata, "").replace("## The full answer", errata + "## The full answer")
    path.write_text(text, encoding="utf-8")
    errors = structure_errors(QuestionPage(path, project / "docs"))
    line = line_of(text, "## What the original answer got wrong")
    assert any(e.startswith(f"{PAGE}:{line}: `##` sections must be exactly") for e in errors), (
        errors
    )


def _pad_reading_path(project: Path, extra: int) -> tuple[list[str], str]:
    page = QuestionPage(project / PAGE, project / "docs")
    words = READING_PATH_WORDS - page.reading_path_words + extra
    filler = " ".join(["word"] * words)
    return errors_after(project, "### Loss and metric\n", f"### Loss and metric\n\n{filler}\n")


def test_a_reading_path_of_exactly_the_budget_passes(project):
    errors, _ = _pad_reading_path(project, 0)
    assert errors == []


def test_a_reading_path_one_word_over_fails(project):
    errors, text = _pad_reading_path(project, 1)
    line = line_of(text, "# Q9.")
    assert errors == [
        f"{PAGE}:{line}: the reading path (title to the end of the full answer) has "
        f"{READING_PATH_WORDS + 1} words (> {READING_PATH_WORDS}); fold depth into "
        '`??? note "Going deeper: …"` blocks, or cut'
    ]


def test_collapsed_depth_and_code_do_not_count(project):
    before = QuestionPage(project / PAGE, project / "docs").reading_path_words
    lots = " ".join(["deep"] * 2000)
    errors, _ = errors_after(
        project,
        "    Collapsed depth is not part of the reading path.",
        f"    {lots}\n\n    ```python\n    print({lots!r})\n    ```",
    )
    assert errors == []
    assert QuestionPage(project / PAGE, project / "docs").reading_path_words == before


def test_a_collapsed_core_program(project):
    errors, text = errors_after(
        project,
        '```python\n--8<-- "snippets/q09_core.py"\n```',
        '??? example "Program: q09_core.py"\n\n    ```python\n    --8<-- "snippets/q09_core.py"\n    ```',
    )
    line = line_of(text, '--8<-- "snippets/q09_core.py"')
    assert any(
        e.startswith(f"{PAGE}:{line}: `In code` must open with the core program") for e in errors
    ), errors


def test_a_core_program_of_41_lines(project):
    program = project / "snippets" / "q09_core.py"
    lines = program.read_text(encoding="utf-8").splitlines()
    padding = CORE_PROGRAM_LINES - len(lines)
    program.write_text("\n".join(lines + ["# padding"] * padding) + "\n", encoding="utf-8")
    page = QuestionPage(project / PAGE, project / "docs")
    assert structure_errors(page) == [], "40 lines must pass"
    with open(program, "a", encoding="utf-8") as f:
        f.write("# one line too many\n")
    errors = structure_errors(QuestionPage(project / PAGE, project / "docs"))
    line = line_of(page.text, '--8<-- "snippets/q09_core.py"')
    assert errors == [
        f"{PAGE}:{line}: core program snippets/q09_core.py has 41 lines (> {CORE_PROGRAM_LINES})"
    ]


def test_an_uncited_reference(project):
    errors, text = errors_after(
        project,
        "\n## Related questions",
        "- Ada Lovelace (1843). Notes on the analytical engine. <https://example.org/notes>\n"
        "\n## Related questions",
    )
    line = line_of(text, "## References")
    assert errors == [
        f"{PAGE}:{line}: reference not cited in the text (cite it as `Surname et al. (year)` or "
        "link its URL): Ada Lovelace (1843). Notes on the analytical engine. <https://example.org/notes>"
    ]


def test_a_citation_without_an_entry(project):
    errors, text = errors_after(
        project, "Cross-entropy punishes", "As Shannon (1948) showed, cross-entropy punishes"
    )
    line = line_of(text, "Shannon (1948)")
    assert errors == [f"{PAGE}:{line}: citation Shannon (1948) has no entry in References"]


def test_an_empty_follow_up_box(project):
    errors, text = errors_after(
        project,
        '??? question "Why not train on accuracy directly?"\n\n    Its gradient',
        '??? question "Why not train on accuracy directly?"\nIts gradient',
    )
    line = line_of(text, "Why not train on accuracy directly?")
    assert (
        f"{PAGE}:{line}: the ??? question box 'Why not train on accuracy directly?' is empty "
        "(indent its content by four spaces)"
    ) in errors, errors


def test_a_short_answer_in_a_box(project):
    errors, text = errors_after(
        project,
        "## Short answer\n\nA loss",
        '## Short answer\n\n!!! abstract "Short answer"\n    A loss',
    )
    line = line_of(text, "## Short answer")
    assert any(
        e.startswith(f"{PAGE}:{line}: the short answer is plain paragraphs") for e in errors
    ), errors


def test_a_citation_broken_across_an_indented_list_line_is_found(project):
    errors, _ = errors_after(
        project,
        "- Computing `log(softmax(z))` instead of the log-sum-exp form.",
        "- Computing `log(softmax(z))` instead of the log-sum-exp form, as Gneiting and\n"
        "  Raftery (2007) warn for any scoring rule, and Shannon and\n  Weaver (1949) never said.",
    )
    assert errors == [
        f"{PAGE}:{line_of(_, 'Shannon and')}: citation Shannon (1949) has no entry in References"
    ]
