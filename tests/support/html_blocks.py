"""Read the code blocks of the built site, for the guard test (layer 2, `tests/test_guard.py`)."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

from tests.support.blocks import PYTHON_LIKE


@dataclasses.dataclass(frozen=True)
class HtmlBlock:
    """A highlighted code block of a built page."""

    language: str  #: from Material's ``language-<name>`` class
    code: str  #: its text, as the copy button copies it


class _CodeBlocks(HTMLParser):
    """Collects the text of ``<div class="language-X highlight">…<code>…</code>`` blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[HtmlBlock] = []
        self._language: str | None = None
        self._depth = 0  # div nesting inside the current highlight div
        self._in_code = False
        self._text: list[str] = []
        self._skip = 0  # inside a line-number anchor (anchor_linenums) — not part of the code

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and self._language is None and "highlight" in classes:
            language = next((c[9:] for c in classes if c.startswith("language-")), "")
            self._language, self._depth = language, 1
        elif tag == "div" and self._language is not None:
            self._depth += 1
        elif tag == "code" and self._language is not None:
            self._in_code, self._text = True, []

    def handle_endtag(self, tag):
        if tag == "code" and self._in_code:
            self._in_code = False
            self.blocks.append(HtmlBlock(self._language, "".join(self._text)))
        elif tag == "div" and self._language is not None:
            self._depth -= 1
            if self._depth == 0:
                self._language = None

    def handle_data(self, data):
        if self._in_code:
            self._text.append(data)


def code_blocks(html: str) -> list[HtmlBlock]:
    """Every highlighted code block of a page, in page order."""
    parser = _CodeBlocks()
    parser.feed(html)
    return parser.blocks


def python_blocks(html: str) -> list[HtmlBlock]:
    """The blocks a reader would take for Python (``python``, ``py``, ``pycon``…)."""
    return [b for b in code_blocks(html) if b.language.lower() in PYTHON_LIKE]


def normalise(code: str) -> str:
    """Code compared modulo trailing white space on lines and at the end."""
    return "\n".join(line.rstrip() for line in code.strip("\n").split("\n"))


def source_page(html_file: Path, site: Path, docs: Path) -> Path | None:
    """The Markdown page a built ``…/index.html`` came from, if it is a file in `docs/`."""
    relative = html_file.relative_to(site).parent
    for candidate in (docs / relative.with_suffix(".md"), docs / relative / "index.md"):
        if candidate.is_file() and relative.as_posix() != ".":
            return candidate
    if relative.as_posix() == "." and (docs / "index.md").is_file():
        return docs / "index.md"
    return None
