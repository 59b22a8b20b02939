"""A Python-Markdown extension: keep code, program outputs and reference lists out of search.

Material's search indexes every section of a page, code included, and skips any element that
carries ``data-search-exclude`` (a documented Material feature). A query such as "adam" or "what
is a perceptron" should land on the prose that answers it, not on a program that happens to name
it or on a reference list that cites a paper with it in the title. This extension marks, in each
page's HTML:

* highlighted code and output blocks (``div.language-*``): programs, outputs, shell lines;
* collapsed demonstration programs (``details.example``);
* the "References" and "Related questions" sections (their ``h2``: Material drops the section).

Prose, headings, short answers, follow-up questions and "Going deeper" notes stay in the index.
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
    (
        re.compile(rf'<h2 id="(references|related-questions)"{_NOT_YET}'),
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
