"""Every question page follows the page standard (SPEC §3, CONTRIBUTING.md)."""

from __future__ import annotations

import re

import pytest

from tools.pages import OUTLINE, QuestionPage, original_questions, question_pages

PAGES = question_pages()
IDENTIFIER = re.compile(
    r"https://doi\.org/10\.\d{4,9}/\S+"  # DOI
    r"|https://arxiv\.org/abs/\d{4}\.\d{4,5}"  # arXiv id
    r"|https://\S+"  # stable URL (official docs, publisher, book site)
)
DIFFICULTIES = {"easy", "medium", "hard"}
#: A program shown collapsed: its highlighted code (hundreds of lines) stays out of the first
#: render, which halves the main-thread work of loading a question page (see the README).
PROGRAM = re.compile(
    r'^\?\?\? example "Program: (?P<title>[^"]+)"\n\n'
    r'    ```python\n    --8<-- "snippets/(?P<file>[^"]+)"\n    ```$',
    re.MULTILINE,
)


def structure_errors(page: QuestionPage) -> list[str]:
    """Everything that keeps a page from the standard, each naming file and line."""
    where = f"docs/{page.uri}"
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

    headings = [s.heading for s in page.sections]
    if headings != OUTLINE:
        errors.append(
            f"{where}: `##` sections must be exactly, in order: {OUTLINE}; found {headings}"
        )
    short = page.section("Short answer")
    if short is not None:
        if '!!! abstract "Short answer"' not in short.body:
            errors.append(
                f'{where}:{short.line}: the short answer is an `!!! abstract "Short answer"` admonition'
            )
        words = len(re.sub(r"\$[^$]*\$", "x", page.short_answer).split())
        if words > 80:
            errors.append(f"{where}:{short.line}: short answer has {words} words (> 80)")
    wrong = page.section("What the original answer got wrong")
    if wrong is not None and not page.corrections:
        errors.append(f"{where}:{wrong.line}: name each corrected claim in a `###` heading")
    for claim, paragraph in page.corrections:
        if not paragraph or paragraph.startswith(("```", "!!!", "???")):
            errors.append(f"{where}: claim {claim!r} must open with a one-paragraph correction")
    code = page.section("In code")
    if code is not None:
        fences = re.findall(r"^ *```python$", code.body, re.MULTILINE)
        programs = PROGRAM.findall(code.body)
        if not programs:
            errors.append(
                f"{where}:{code.line}: `In code` shows no program included from snippets/"
            )
        elif len(programs) != len(fences):
            errors.append(
                f"{where}:{code.line}: put each program in a collapsed "
                f'`??? example "Program: <file>"` block, as CONTRIBUTING.md shows'
            )
        for title, file in programs:
            if title != file:
                errors.append(f"{where}: the block titled {title!r} includes {file!r}")
    follow = page.section("Follow-up questions")
    if follow is not None and len(page.follow_ups) < 3:
        errors.append(f"{where}:{follow.line}: {len(page.follow_ups)} follow-up questions (< 3)")
    for question, answer in page.follow_ups:
        if len(answer.split()) < 15:
            errors.append(f"{where}: follow-up {question!r} has no real answer")
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
    return errors


@pytest.mark.parametrize("page", PAGES, ids=[p.path.name for p in PAGES])
def test_page_follows_the_standard(page):
    errors = structure_errors(page)
    assert not errors, "\n".join(errors)


def test_page_numbers_are_the_twenty_questions():
    numbers = [p.number for p in PAGES]
    assert len(numbers) == len(set(numbers)), "two pages answer the same question"
    assert set(numbers) <= set(original_questions()), "a page answers no question of the post"
    assert len(original_questions()) == 20
