"""Every question page follows the page standard, version 2: answer first (CONTRIBUTING.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.pending import PENDING_VERSION_2
from tools.pages import (
    OUTLINE_VERSION_1,
    QuestionPage,
    original_questions,
    outline,
    question_pages,
)

PAGES = question_pages()
IDENTIFIER = re.compile(
    r"https://doi\.org/10\.\d{4,9}/\S+"  # DOI
    r"|https://arxiv\.org/abs/\d{4}\.\d{4,5}"  # arXiv id
    r"|https://\S+"  # stable URL (official docs, publisher, book site)
)
DIFFICULTIES = {"easy", "medium", "hard"}
SHORT_ANSWER_WORDS = 80
READING_PATH_WORDS = 1000
CORE_PROGRAM_LINES = 40
DEMONSTRATION_LINES = 150


def structure_errors(page: QuestionPage) -> list[str]:
    """Everything that keeps a page from the standard, each naming file and line."""
    where = page.where
    errors = []
    meta = page.meta
    for field in ("title", "question", "tags", "difficulty", "summary"):
        if not meta.get(field):
            errors.append(f"{where}:1: front matter lacks `{field}`")
    if meta.get("question") != page.number:
        errors.append(
            f"{where}:1: front matter `question: {meta.get('question')}` != {page.number}"
        )
    if meta.get("difficulty") and meta["difficulty"] not in DIFFICULTIES:
        errors.append(f"{where}:1: difficulty must be one of {sorted(DIFFICULTIES)}")
    if meta.get("tags") and not isinstance(meta["tags"], list):
        errors.append(f"{where}:1: tags must be a list")
    summary = str(meta.get("summary", ""))
    if summary.count(". ") > 0 or len(summary.split()) > 45:
        errors.append(f"{where}:1: summary must be one sentence (≤ 45 words)")
    if not page.h1 or not page.h1.startswith(f"Q{page.number}. "):
        errors.append(f"{where}: the title must be `# Q{page.number}. <the question>`")

    follow = page.section("Follow-up questions")
    if follow is not None and len(page.follow_ups) < 3:
        errors.append(f"{where}:{follow.line}: {len(page.follow_ups)} follow-up questions (< 3)")
    for question, answer in page.follow_ups:
        if len(answer.split()) < 15:
            errors.append(f"{where}: follow-up {question!r} has no real answer")
    for box in page.boxes:
        if not box.body:
            errors.append(
                f"{where}:{box.line}: the {box.marker} {box.kind} box {box.title!r} is empty "
                "(indent its content by four spaces)"
            )
    refs = page.section("References")
    if refs is not None:
        if len(page.references) < 2:
            errors.append(f"{where}:{refs.line}: {len(page.references)} references (< 2)")
        for reference in page.references:
            if not IDENTIFIER.search(reference):
                errors.append(
                    f"{where}:{refs.line}: reference without DOI, arXiv id or URL: {reference[:80]}"
                )
    related = page.section("Related questions")
    if related is not None and not re.search(r"\]\(\d{2}-[a-z0-9-]+\.md", related.body):
        errors.append(f"{where}:{related.line}: link at least one neighbouring question page")

    if page.number in PENDING_VERSION_2 and page.docs.parent == _ROOT:
        return errors + _version_1_errors(page)
    return errors + _version_2_errors(page)


_ROOT = Path(__file__).resolve().parent.parent


def _version_1_errors(page: QuestionPage) -> list[str]:
    headings = [s.heading for s in page.sections]
    if headings != OUTLINE_VERSION_1:
        return [f"{page.where}: `##` sections must be, in order: {OUTLINE_VERSION_1}"]
    return []


def _version_2_errors(page: QuestionPage) -> list[str]:
    where = page.where
    errors = []
    expected = outline(page.part)
    headings = [s.heading for s in page.sections]
    if headings != expected:
        misplaced = next(
            (s for s, e in zip(page.sections, expected, strict=False) if s.heading != e),
            page.sections[-1] if page.sections else None,
        )
        line = misplaced.line if misplaced else page.h1_line or 1
        errors.append(
            f"{where}:{line}: `##` sections must be exactly, in order: {expected}; found {headings}"
        )
    short = page.section("Short answer")
    if short is not None:
        between = page.lines[(page.h1_line or 1) : short.line - 1]
        if len([line for line in between if line.strip()]) > 2:
            errors.append(
                f"{where}:{page.h1_line}: only a one-line note may stand between the title and "
                "the short answer"
            )
        if any(
            box.line > short.line and box.line < page.section_end("Short answer")
            for box in page.boxes
        ):
            errors.append(
                f"{where}:{short.line}: the short answer is plain paragraphs (body text size), "
                "not a box"
            )
        words = len(re.sub(r"\$[^$]*\$", "x", page.short_answer).split())
        if words > SHORT_ANSWER_WORDS:
            errors.append(f"{where}:{short.line}: short answer has {words} words (> 80)")
    if page.section("The full answer") is not None:
        words = page.reading_path_words
        if words > READING_PATH_WORDS:
            errors.append(
                f"{where}:{page.h1_line}: the reading path (title to the end of the full answer) "
                f"has {words} words (> {READING_PATH_WORDS}); fold depth into "
                '`??? note "Going deeper: …"` blocks, or cut'
            )
    code = page.section("In code")
    if code is not None:
        errors += _program_errors(page, code.line)
    wrong = page.section(page.errata_heading)
    if wrong is not None and not page.corrections:
        errors.append(f"{where}:{wrong.line}: name each corrected claim in a `###` heading")
    for claim, paragraph in page.corrections:
        if not paragraph or paragraph.startswith(("```", "!!!", "???")):
            errors.append(f"{where}: claim {claim!r} must open with a one-paragraph correction")
    refs = page.section("References")
    for entry in page.uncited_references():
        errors.append(
            f"{where}:{refs.line}: reference not cited in the text (cite it as "
            f"`Surname et al. (year)` or link its URL): {entry[:80]}"
        )
    for line, name, year in page.citations_without_entry():
        errors.append(f"{where}:{line}: citation {name} ({year}) has no entry in References")
    return errors


def _program_errors(page: QuestionPage, section_line: int) -> list[str]:
    where = page.where
    programs = page.programs()
    if not programs:
        return [f"{where}:{section_line}: `In code` shows no program included from snippets/"]
    errors = []
    section = page.section("In code")
    first_fence = next(
        n
        for n in range(section_line, page.section_end("In code"))
        if page.lines[n - 1].lstrip().startswith("```")
    )
    core, demonstrations = programs[0], programs[1:]
    if core.collapsed_title is not None or first_fence != core.line - 1:
        errors.append(
            f"{where}:{core.line}: `In code` must open with the core program, visible (not in a "
            "`???` block) and before any other code"
        )
    for program in programs:
        length = len((page.docs.parent / program.file).read_text(encoding="utf-8").splitlines())
        limit = CORE_PROGRAM_LINES if program is core else DEMONSTRATION_LINES
        kind = "core program" if program is core else "demonstration program"
        if length > limit:
            errors.append(
                f"{where}:{program.line}: {kind} {program.file} has {length} lines (> {limit})"
            )
        if not program.output_follows:
            errors.append(
                f"{where}:{program.line}: {program.file} must be followed by its output block"
            )
    for program in demonstrations:
        name = program.file.removeprefix("snippets/")
        if program.collapsed_title != f"Program: {name}":
            errors.append(
                f'{where}:{program.line}: put {program.file} in a collapsed `??? example "Program: '
                f'{name}"` block, as CONTRIBUTING.md shows'
            )
    fences = len(re.findall(r"^ *```python$", section.body, re.MULTILINE))
    if fences != len(programs):
        errors.append(
            f"{where}:{section_line}: every Python block of `In code` is a program included whole "
            "from snippets/"
        )
    return errors


@pytest.mark.parametrize("page", PAGES, ids=[p.path.name for p in PAGES])
def test_page_follows_the_standard(page):
    errors = structure_errors(page)
    assert not errors, "\n".join(errors)


def test_reading_paths(record_property):
    """Prints each page's reading-path words (the budget is checked per page above)."""
    rows = [
        f"  Q{p.number:<2} {p.reading_path_words:>5} words"
        + ("  (pending version 2)" if p.number in PENDING_VERSION_2 else "")
        for p in PAGES
    ]
    record_property(
        "summary", "reading path (title to end of the full answer):\n" + "\n".join(rows)
    )
    assert all(p.reading_path_words > 0 for p in PAGES)


def test_pending_pages_still_need_it():
    """The pending list only shrinks: a listed page that already meets version 2 must leave it."""
    done = [
        p.number
        for p in PAGES
        if p.number in PENDING_VERSION_2 and not _version_2_errors(p) and not structure_errors(p)
    ]
    assert not done, f"remove from tests/pending.py, they meet version 2: {done}"


def test_page_numbers_are_known_questions():
    numbers = [p.number for p in PAGES]
    assert len(numbers) == len(set(numbers)), "two pages answer the same question"
    assert {n for n in numbers if n <= 20} <= set(original_questions())
    assert len(original_questions()) == 20
