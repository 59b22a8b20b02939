"""Read the structure of a Markdown page: fences, headings, boxes and list items, with their lines.

The one Markdown reader of the project, used by the page model (`tools/pages.py`), the generated
pages and the tests. It is markdown-it-py (CommonMark) with two plugins of mdit-py-plugins:
``front_matter`` (so that the YAML header is not read as a heading) and ``admon``, which reads
Material's boxes ``!!!``, ``???`` and ``???+``, so that a fence inside a collapsed block is found
with its line like any other. Line numbers are 1-based lines of the text as written.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, cached_property

from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

_PARSER = MarkdownIt("commonmark").use(front_matter_plugin).use(admon_plugin).enable("table")
_BOX_INFO = re.compile(r'^\s*(?P<kind>[\w-]+)(?: +"(?P<title>[^"]*)")?\s*$')


@dataclasses.dataclass(frozen=True)
class Fence:
    """A fenced code block."""

    line: int  #: the opening fence
    end: int  #: the closing fence (the last line of the text if it is never closed)
    indent: int  #: spaces before the opening fence
    marker: str  #: ```` ``` ```` or ``~~~`` (or longer), as written
    info: str  #: the rest of the opening line as written, a leading space kept
    code: str  #: the content, unindented

    @property
    def language(self) -> str:
        """The language a reader would see: ``python`` for ``python``, ``{.python}``,
        ``python title="x"`` or `` python``."""
        return re.split(r"[\s{}.]+", self.info.strip().lstrip("{. "), maxsplit=1)[0].lower()


@dataclasses.dataclass(frozen=True)
class Heading:
    level: int
    line: int
    text: str  #: the heading's Markdown source, without the ``#`` marks
    nested: bool  #: inside a box, a list or a quote


@dataclasses.dataclass(frozen=True)
class Box:
    """An admonition (``!!!``) or collapsible block (``???``, ``???+``)."""

    line: int
    end: int  #: its last line (blank lines after the content included)
    indent: int  #: spaces before the marker
    marker: str  #: ``!!!``, ``???`` or ``???+``
    kind: str  #: ``note``, ``question``, ``example``…
    title: str  #: the quoted title, "" when none is written
    body: str  #: its content, unindented

    @property
    def collapsed(self) -> bool:
        return self.marker == "???"


@dataclasses.dataclass(frozen=True)
class ListItem:
    line: int
    end: int
    text: str  #: the item's source on one line, its marker removed
    nested: bool  #: inside another list item, a box or a quote


class MarkdownDocument:
    """The block structure of one Markdown text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.tokens = _PARSER.parse(text)

    def _indent(self, index: int) -> int:
        """Spaces before the text of line ``index`` (0-based)."""
        return len(self.lines[index]) - len(self.lines[index].lstrip(" "))

    @cached_property
    def fences(self) -> list[Fence]:
        found = []
        for token in self.tokens:
            if token.type != "fence" or token.map is None:
                continue
            start, end = token.map
            indent = self._indent(start)
            info = self.lines[start].strip()[len(token.markup) :]
            found.append(Fence(start + 1, end, indent, token.markup, info, token.content))
        return found

    @cached_property
    def headings(self) -> list[Heading]:
        found = []
        for index, token in enumerate(self.tokens):
            if token.type == "heading_open" and token.map is not None:
                text = self.tokens[index + 1].content
                found.append(Heading(int(token.tag[1]), token.map[0] + 1, text, token.level > 0))
        return found

    @cached_property
    def boxes(self) -> list[Box]:
        found = []
        for token in self.tokens:
            if token.type != "admonition_open" or token.map is None:
                continue
            start, end = token.map
            m = _BOX_INFO.match(token.info)
            indent = self._indent(start)
            body = "\n".join(line[indent + 4 :] for line in self.lines[start + 1 : end])
            kind, title = (m["kind"], m["title"] or "") if m else (token.meta.get("tag", ""), "")
            found.append(Box(start + 1, end, indent, token.markup, kind, title, body.strip()))
        return found

    @cached_property
    def list_items(self) -> list[ListItem]:
        found = []
        for token in self.tokens:
            if token.type == "list_item_open" and token.map is not None:
                start, end = token.map
                source = self.lines[start:end]
                source[0] = re.sub(r"^\s*(?:\d+[.)]|[-*+])\s*", "", source[0])
                text = " ".join(" ".join(source).split())
                found.append(ListItem(start + 1, end, text, token.level > 1))
        return found

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """Lines of code blocks, fenced (fences included) or indented."""
        lines: set[int] = set()
        for token in self.tokens:
            if token.type in {"fence", "code_block"} and token.map is not None:
                lines.update(range(token.map[0] + 1, token.map[1] + 1))
        return frozenset(lines)


@cache
def read(text: str) -> MarkdownDocument:
    """The structure of ``text`` (cached: pages are read by several checks)."""
    return MarkdownDocument(text)
