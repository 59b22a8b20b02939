"""MkDocs hook: keep code, program outputs and reference lists out of the search index.

Material's search indexes every section of a page, code included, and skips any element that
carries ``data-search-exclude`` (a documented Material feature). A query such as "adam" or "what
is a perceptron" should land on the prose that answers it, not on a program that happens to name
it or on a reference list that cites a paper with it in the title. This hook marks, in each page's
HTML:

* highlighted code and output blocks (``div.language-*``): programs, outputs, shell lines;
* collapsed demonstration programs (``details.example``);
* the "References" and "Related questions" sections (their ``h2``: Material drops the section).

Prose, headings, short answers, follow-up questions and "Going deeper" notes stay in the index.
"""

from __future__ import annotations

import re

_MARKS = [
    (
        re.compile(r'<div class="(language-[\w-]+ highlight)"'),
        r'<div class="\1" data-search-exclude',
    ),
    (re.compile(r'<details class="example"'), r'<details class="example" data-search-exclude'),
    (
        re.compile(r'<h2 id="(references|related-questions)"'),
        r'<h2 id="\1" data-search-exclude',
    ),
]


def mark_search_exclusions(html: str) -> str:
    """``html`` with ``data-search-exclude`` on what search should not index."""
    for pattern, replacement in _MARKS:
        html = pattern.sub(replacement, html)
    return html


def on_page_content(html, page, config, files):  # noqa: ARG001 (MkDocs hook signature)
    return mark_search_exclusions(html)
