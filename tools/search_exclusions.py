"""A Python-Markdown extension: keep code, depth and reference lists out of search.

Material's search indexes every section of a page, code included, and skips any element that
carries ``data-search-exclude`` (a documented Material feature). A query such as "adam" or "what
is a perceptron" should land on the prose that answers it, not on a program that happens to name
it or on a reference list that cites a paper with it in the title. This extension marks, in each
page's HTML:

* highlighted code and output blocks (``div.language-*``): programs, outputs, shell lines;
* collapsed demonstration programs (``details.example``);
* the source code shown under each building block of the snippet library;
* collapsed "Going deeper" notes (``details.note`` titled so): depth beyond the answer;
* the prose of the "In code" and "Pitfalls" sections, and the "References" and "Related
  questions" sections (their ``h2``: Material drops the section's own text).

Titles, headings, short answers, full answers, corrections, common wrong answers and follow-up
questions stay in the index: a query lands on the text that answers it, and the index of 32 pages
stays within its budget (150 kB compressed, `tests/test_site.py`) on a reader's first visit.
A Markdown extension (``markdown_extensions: [tools.search_exclusions]``) rather than a MkDocs
hook, so that any builder running Python-Markdown applies it (README, "When Material for MkDocs
reaches end of life").
"""

from __future__ import annotations

import re

from markdown import Extension

from tools.html_extension import html_extension

_NOT_YET = r"(?! data-search-exclude)"  # mkdocstrings' HTML passes through twice
_MARKS = [
    (
        re.compile(rf'<div class="(language-[\w-]+ highlight)"{_NOT_YET}'),
        r'<div class="\1" data-search-exclude',
    ),
    (
        re.compile(rf'<details class="example"{_NOT_YET}'),
        r'<details class="example" data-search-exclude',
    ),
    # The source of a building block on the snippet-library pages: its code is line-numbered, and
    # Material's search parser matches elements by tag name only, so an excluded `div` stops
    # being skipped when the nested line-number `div` closes. The `details` around it has no
    # nested `details`.
    (
        re.compile(rf'<details class="mkdocstrings-source"{_NOT_YET}'),
        r'<details class="mkdocstrings-source" data-search-exclude',
    ),
    (
        re.compile(rf'<details class="note"{_NOT_YET}(?=>\s*<summary>Going deeper)'),
        r'<details class="note" data-search-exclude',
    ),
    (
        re.compile(rf'<h2 id="(in-code|pitfalls|references|related-questions)"{_NOT_YET}'),
        r'<h2 id="\1" data-search-exclude',
    ),
]


def mark_search_exclusions(html: str) -> str:
    """``html`` with ``data-search-exclude`` on what search should not index."""
    for pattern, replacement in _MARKS:
        html = pattern.sub(replacement, html)
    return html


#: Priority 4: after raw HTML (30) is restored, where highlighted code is stashed.
SearchExclusionsExtension = html_extension(mark_search_exclusions, "search_exclusions", 4)


def makeExtension(**kwargs) -> Extension:  # noqa: N802 (Python-Markdown API)
    return SearchExclusionsExtension(**kwargs)
