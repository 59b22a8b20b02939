"""Read question pages: front matter and the sections of the page standard.

The one parser of page structure, used by the page-structure test and by the generated pages
(`tools/gen_pages.py`), so that what is checked and what is generated agree.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

import yaml

from tools.blocks import DOCS, ROOT

#: The `##` headings of a question page, in order (CONTRIBUTING.md, SPEC §3).
OUTLINE = [
    "Short answer",
    "What the original answer got wrong",
    "The full answer",
    "In code",
    "Follow-up questions",
    "Pitfalls",
    "References",
    "Related questions",
]

_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?)\n---\n", re.DOTALL)
_PAGE_NAME = re.compile(r"^(?P<number>\d{2})-(?P<slug>[a-z0-9-]+)\.md$")


def original_questions() -> dict[int, str]:
    """The twenty questions as the original post words them, by number."""
    return yaml.safe_load((ROOT / "tools" / "questions.yml").read_text(encoding="utf-8"))


@dataclasses.dataclass
class Section:
    """A ``##`` section: its heading, first line number (1-based) and body text."""

    heading: str
    line: int
    body: str


def fenced_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each line with its 1-based number and whether it belongs to a code fence (its opening and
    closing lines included), so that ``#`` lines of code are not taken for headings."""
    fence = None
    for number, line in enumerate(text.split("\n"), start=1):
        marker = re.match(r"^\s*(`{3,}|~{3,})", line)
        if marker:
            opening = marker[1][:3]
            fence = None if fence == opening else (fence or opening)
        yield number, line, bool(marker) or fence is not None


@dataclasses.dataclass
class QuestionPage:
    """One ``docs/questions/NN-slug.md`` page."""

    path: Path
    docs: Path = DOCS  #: the docs folder the page belongs to (a copy, in fault-injection tests)

    @cached_property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def number(self) -> int:
        return int(_PAGE_NAME.match(self.path.name)["number"])

    @property
    def uri(self) -> str:
        """Path relative to `docs/`, as MkDocs links it."""
        return self.path.relative_to(self.docs).as_posix()

    @cached_property
    def meta(self) -> dict:
        m = _FRONT_MATTER.match(self.text)
        return yaml.safe_load(m["yaml"]) if m else {}

    @cached_property
    def body_start(self) -> int:
        """Line number (1-based) of the first line after the front matter."""
        m = _FRONT_MATTER.match(self.text)
        return m["yaml"].count("\n") + 3 if m else 1

    @cached_property
    def h1(self) -> str | None:
        m = re.search(r"^# (.+)$", self.text, re.MULTILINE)
        return m[1].strip() if m else None

    @cached_property
    def sections(self) -> list[Section]:
        """The ``##`` sections in page order (headings inside code fences are ignored)."""
        found: list[Section] = []
        for number, line, fenced in fenced_lines(self.text):
            if not fenced and line.startswith("## "):
                found.append(Section(line[3:].strip(), number, ""))
            elif found:
                found[-1].body += line + "\n"
        return found

    def section(self, heading: str) -> Section | None:
        return next((s for s in self.sections if s.heading == heading), None)

    @cached_property
    def short_answer(self) -> str:
        """Text of the short-answer admonition, unindented, without its first line."""
        section = self.section("Short answer")
        if section is None:
            return ""
        lines = section.body.strip("\n").split("\n")[1:]
        return "\n".join(line[4:] if line.startswith("    ") else line for line in lines).strip()

    @cached_property
    def corrections(self) -> list[tuple[str, str]]:
        """``(quoted claim, first paragraph of its correction)`` for each ``###`` claim."""
        section = self.section("What the original answer got wrong")
        if section is None:
            return []
        parts = re.split(r"^### (.+)$", section.body, flags=re.MULTILINE)
        claims = []
        for heading, body in zip(parts[1::2], parts[2::2], strict=True):
            paragraph = body.strip().split("\n\n")[0].strip()
            claims.append((heading.strip(), paragraph))
        return claims

    @cached_property
    def follow_ups(self) -> list[tuple[str, str]]:
        """``(question, answer)`` of each ``??? question "…"`` block."""
        section = self.section("Follow-up questions")
        if section is None:
            return []
        blocks = re.split(r'^\?\?\?\+? question "(.+)"\s*$', section.body, flags=re.MULTILINE)
        pairs = []
        for question, body in zip(blocks[1::2], blocks[2::2], strict=True):
            answer = "\n".join(
                line[4:] if line.startswith("    ") else line for line in body.split("\n")
            )
            pairs.append((question.strip(), answer.strip()))
        return pairs

    @cached_property
    def references(self) -> list[str]:
        """The list items of the References section, one string each."""
        section = self.section("References")
        if section is None:
            return []
        items = re.split(r"^(?:\d+\.|[-*])\s+", section.body, flags=re.MULTILINE)
        return [" ".join(item.split()) for item in items[1:] if item.strip()]


def question_pages(docs: Path = DOCS) -> list[QuestionPage]:
    """Every written question page, by number."""
    pages = sorted((docs / "questions").glob("*.md"))
    return [QuestionPage(p, docs) for p in pages if _PAGE_NAME.match(p.name)]
