"""The page model: a question page's front matter and the parts of the page standard.

Used by the page-structure test and by the generated pages (`tools/generate_pages.py`), so that
what is checked and what is generated agree. The structure (headings, fences, boxes, list items)
comes from the one Markdown reader, `tools/markdown_reader.py`.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property
from pathlib import Path

import yaml

from tools.markdown_reader import Box, MarkdownDocument, read
from tools.paths import DOCS, ORIGINAL_QUESTIONS, QUESTION_PAGE_NAME, question_page_files

#: Questions 1-20 are the original post's (part 1); 21 onwards, the core questions it omits (part 2).
LAST_ORIGINAL_QUESTION = 20
#: The heading of the section that corrects what is wrong, by part.
ERRATA_HEADING = {1: "What the original answer got wrong", 2: "Common wrong answers"}


def outline(part: int) -> list[str]:
    """The ``##`` headings of a question page of ``part``, in order (page standard version 2)."""
    return [
        "Short answer",
        "The full answer",
        "In code",
        ERRATA_HEADING[part],
        "Follow-up questions",
        "Pitfalls",
        "References",
        "Related questions",
    ]


#: Version 1 of the standard (corrections first, the short answer in an admonition): only pages
#: listed in tests/pending.py may still follow it.
OUTLINE_VERSION_1 = [
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


def original_questions() -> dict[int, str]:
    """The twenty questions as the original post words them, by number."""
    return yaml.safe_load(ORIGINAL_QUESTIONS.read_text(encoding="utf-8"))


@dataclasses.dataclass
class Section:
    """A ``##`` section: its heading, first line number (1-based) and body text."""

    heading: str
    line: int
    body: str


@dataclasses.dataclass(frozen=True)
class Program:
    """A program a page includes in a ``python`` fence."""

    file: str  #: ``snippets/q02_perceptron_rule.py``
    line: int  #: 1-based line of the ``--8<--`` include in the page
    collapsed_title: str | None  #: title of the ``???`` block it sits in; None when visible
    output_follows: bool  #: its output block comes right after it


__all__ = ["Box", "Program", "QuestionPage", "Section", "outline", "question_pages"]

_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>snippets/[^":]+\.py)(?::[^"]*)?"\s*$')
#: An author-year citation in the text: ``Guo et al. (2017)``, ``Bartlett, Jordan and McAuliffe
#: (2006)``, ``(Guo et al., 2017; Lin et al., 2017)``. The surname may carry particles (``van den
#: Oord``). Group ``name`` is the first author's surname, ``year`` the year.
_SURNAME = r"(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[A-Z][\w'’-]*[a-z][\w'’-]*"
_COAUTHORS = rf"(?:\s+et\s+al\.|(?:,\s+{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME})?"
_YEAR = r"(?:1[89]|20)\d\d"
_CITATION = re.compile(
    rf"(?:\b(?P<name>{_SURNAME}){_COAUTHORS}\s+\((?P<year>{_YEAR})[a-z]?\b"
    rf"|(?:\(|\[|;\s)(?P<name2>{_SURNAME}){_COAUTHORS},\s+(?P<year2>{_YEAR})[a-z]?\b)"
)
#: Capitalised words that precede a year in parentheses without being an author.
_NOT_AUTHORS = {"In", "Since", "From", "Until", "Before", "After", "By", "Version", "Released"}
_ENTRY = re.compile(r"^(?P<authors>[^()]*?) \((?P<year>(?:1[89]|20)\d\d)[a-z]?\)")
_URL = re.compile(r"https?://[^\s)>\]]+")


def _surname_key(name: str, year: str) -> tuple[str, str]:
    """``("oord", "2018")`` for ``van den Oord`` and 2018: last word, lower case."""
    return re.sub(r"['’]s$", "", name.split()[-1]).lower(), year


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
        return int(QUESTION_PAGE_NAME.match(self.path.name)["number"])

    @property
    def part(self) -> int:
        """1 for the original post's twenty questions, 2 for the core questions it omits."""
        return 1 if self.number <= LAST_ORIGINAL_QUESTION else 2

    @property
    def errata_heading(self) -> str:
        return ERRATA_HEADING[self.part]

    @property
    def uri(self) -> str:
        """Path relative to `docs/`, as MkDocs links it."""
        return self.path.relative_to(self.docs).as_posix()

    @property
    def where(self) -> str:
        """``docs/questions/02-perceptron.md``, for messages."""
        return f"{self.docs.name}/{self.uri}"

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
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def document(self) -> MarkdownDocument:
        return read(self.text)

    @cached_property
    def _title(self):
        return next((h for h in self.document.headings if h.level == 1 and not h.nested), None)

    @property
    def h1(self) -> str | None:
        return self._title.text.strip() if self._title else None

    @property
    def h1_line(self) -> int | None:
        return self._title.line if self._title else None

    @cached_property
    def sections(self) -> list[Section]:
        """The ``##`` sections of the page (not those in boxes or lists), in page order."""
        starts = [h for h in self.document.headings if h.level == 2 and not h.nested]
        ends = [h.line for h in starts[1:]] + [len(self.lines) + 1]
        return [
            Section(
                h.text.strip(),
                h.line,
                "".join(f"{line}\n" for line in self.lines[h.line : end - 1]),
            )
            for h, end in zip(starts, ends, strict=True)
        ]

    def _in_section(self, heading: str, line: int) -> bool:
        section = self.section(heading)
        return section is not None and section.line < line < self.section_end(heading)

    def section(self, heading: str) -> Section | None:
        return next((s for s in self.sections if s.heading == heading), None)

    def section_end(self, heading: str) -> int:
        """1-based line where the section after ``heading`` starts (or past the end)."""
        index = next(i for i, s in enumerate(self.sections) if s.heading == heading)
        later = self.sections[index + 1 :]
        return later[0].line if later else len(self.lines) + 1

    @property
    def boxes(self) -> list[Box]:
        """Every admonition and collapsible block (outside code), in page order."""
        return self.document.boxes

    @cached_property
    def short_answer(self) -> str:
        """The short answer's text: the section's paragraphs (version 2) or the text of its
        admonition (version 1), unindented."""
        section = self.section("Short answer")
        if section is None:
            return ""
        first = section.line + 1
        while first < len(self.lines) and not self.lines[first - 1].strip():
            first += 1
        box = next((b for b in self.boxes if b.line == first), None)
        return box.body if box else section.body.strip()

    @cached_property
    def corrections(self) -> list[tuple[str, str]]:
        """``(quoted claim, first paragraph of its correction)`` for each ``###`` claim."""
        heading = self.errata_heading
        claims = [
            h
            for h in self.document.headings
            if h.level == 3 and not h.nested and self._in_section(heading, h.line)
        ]
        if not claims:
            return []
        ends = [h.line for h in claims[1:]] + [self.section_end(heading)]
        return [
            (
                claim.text.strip(),
                "\n".join(self.lines[claim.line : end - 1]).strip().split("\n\n")[0].strip(),
            )
            for claim, end in zip(claims, ends, strict=True)
        ]

    @cached_property
    def follow_ups(self) -> list[tuple[str, str]]:
        """``(question, answer)`` of each ``??? question "…"`` block."""
        return [
            (box.title, box.body)
            for box in self.boxes
            if box.kind == "question" and self._in_section("Follow-up questions", box.line)
        ]

    @cached_property
    def references(self) -> list[str]:
        """The list items of the References section, one string each."""
        return [
            item.text
            for item in self.document.list_items
            if not item.nested and self._in_section("References", item.line) and item.text
        ]

    def programs(self, heading: str = "In code") -> list[Program]:
        """The programs included in ``python`` fences of a section, in order."""
        if self.section(heading) is None:
            return []
        end = self.section_end(heading)
        found = []
        for fence in self.document.fences:
            m = _INCLUDE.match(self.lines[fence.line]) if fence.line < len(self.lines) else None
            executed = fence.marker == "```" and fence.info == "python"
            if not m or not executed or not self._in_section(heading, fence.line):
                continue
            box = next(
                (b for b in reversed(self.boxes) if b.collapsed and b.line < fence.line <= b.end),
                None,
            )
            after = [line for line in self.lines[fence.end : end - 1] if line.strip()]
            follows = bool(after) and after[0] == "<!--pytest-codeblocks:expected-output-->"
            found.append(Program(m["path"], fence.line + 1, box.title if box else None, follows))
        return found

    @cached_property
    def reading_path(self) -> str:
        """The prose a reader reads from the H1 to the end of "The full answer" (page standard
        version 2): no code, outputs, display maths, figures, HTML comments, link targets or
        collapsed blocks."""
        if self.h1_line is None or self.section("The full answer") is None:
            return ""
        end = self.section_end("The full answer")
        return prose(self.lines[self.h1_line - 1 : end - 1])

    @cached_property
    def reading_path_words(self) -> int:
        return count_words(self.reading_path)

    @cached_property
    def citations(self) -> list[tuple[int, str, str]]:
        """``(line, surname, year)`` of every author-year citation outside References."""
        refs = self.section("References")
        end = self.section_end("References") if refs else 0
        # Lines outside fences and References, joined so that a citation may break across
        # lines; blanked lines keep the offsets, so a match maps back to its line.
        code = self.document.code_lines
        kept = [
            ""
            if number in code or number < self.body_start or (refs and refs.line <= number < end)
            else line
            for number, line in enumerate(self.lines, start=1)
        ]
        text = "\n".join(kept)
        # Link targets are not citations (blanked, keeping offsets).
        text = re.sub(r"\]\([^)]*\)", lambda m: "]" + " " * (len(m[0]) - 1), text)
        # A line break inside a paragraph or list item (indented continuation too) is a space.
        flat = re.sub(r"\n([ \t]*)(?=\S)", lambda m: " " + m[1], text).replace("\n", "\0")
        found = []
        for m in _CITATION.finditer(flat):
            name, year = (m["name"], m["year"]) if m["name"] else (m["name2"], m["year2"])
            if name not in _NOT_AUTHORS:
                found.append((text.count("\n", 0, m.start()) + 1, name, year))
        return found

    def reference_keys(self) -> list[tuple[str, str] | None]:
        """Per reference entry, ``(first author's surname, year)``; None for an entry with no
        author-year (official documentation), which is cited by linking its URL instead."""
        keys = []
        for entry in self.references:
            m = _ENTRY.match(entry)
            if not m:
                keys.append(None)
                continue
            first = re.split(r",| and | & ", m["authors"])[0].strip()
            first = re.sub(r"\s+et\s+al\.?$", "", first)  # "Hugo Touvron et al. (2023)"
            keys.append(_surname_key(first, m["year"]) if first else None)
        return keys

    def uncited_references(self) -> list[str]:
        """Reference entries that nothing in the text cites."""
        cited = {_surname_key(name, year) for _, name, year in self.citations}
        refs = self.section("References")
        end = self.section_end("References") if refs else 0
        text_urls = {
            url.rstrip(".,;")
            for number, line in enumerate(self.lines, start=1)
            if not (refs and refs.line <= number < end)
            for url in _URL.findall(line)
        }
        uncited = []
        for entry, key in zip(self.references, self.reference_keys(), strict=True):
            urls = {url.rstrip(".,;") for url in _URL.findall(entry)}
            if key in cited or urls & text_urls:
                continue
            uncited.append(entry)
        return uncited

    def citations_without_entry(self) -> list[tuple[int, str, str]]:
        keys = set(self.reference_keys())
        return [c for c in self.citations if _surname_key(c[1], c[2]) not in keys]


def prose(lines: list[str]) -> str:
    """The words a reader reads in Markdown ``lines``: code, includes, display maths (``$$``),
    images, HTML comments, attribute lists, link targets and collapsed (``???``) blocks are left
    out; inline maths and inline code count as one word each."""
    document = read("\n".join(lines))
    hidden = set(document.code_lines)
    for box in document.boxes:
        if box.collapsed:
            hidden.update(range(box.line, box.end + 1))
    kept = []
    in_display = in_comment = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if number in hidden:
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        if stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if in_display:
            in_display = not stripped.endswith("$$")
            continue
        if stripped.startswith("$$"):
            in_display = not (len(stripped) > 2 and stripped.endswith("$$"))
            continue
        if stripped.startswith(("![", "--8<--", "<div", "</div")):
            continue
        kept.append(stripped)
    text = "\n".join(kept)
    text = re.sub(r"\{[:#.]?[^{}\n]*\}", " ", text)  # attribute lists
    text = re.sub(r"!!! [\w-]+", " ", text)  # admonition markers (their titles are read)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"<https?://[^>]+>", " ", text)
    text = re.sub(r"\$[^$\n]+\$", " MATH ", text)
    text = re.sub(r"`[^`\n]+`", " CODE ", text)
    return text


def count_words(text: str) -> int:
    """Words of prose: whitespace-separated tokens with a letter or digit."""
    return sum(1 for token in text.split() if re.search(r"\w", token))


def question_pages(docs: Path = DOCS) -> list[QuestionPage]:
    """Every written question page, by number."""
    return [QuestionPage(p, docs) for p in question_page_files(docs)]
