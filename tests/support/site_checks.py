"""Checks of a built site against its sources, each failure naming the file and line to fix.

* `broken_links`: every relative link of every Markdown page points to a page that exists and,
  when it names an anchor, to an ``id`` that exists in the built target page.
* `third_party_loads`: no page or stylesheet makes the browser fetch anything from another host.
* `empty_boxes`: no admonition or collapsible block of a built page is empty (a box whose content
  was not indented renders empty, with its text spilling out below it).

MkDocs' own ``validation`` (strict) also fails on broken links and anchors, but names no line;
these checks say where.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from tools.markdown_reader import read
from tools.paths import markdown_pages

_LINK = re.compile(r"(?<!!)\[[^\]]*\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"id", "name"} and value:
                self.ids.add(value)


def _built_page(site: Path, docs_relative: str) -> Path:
    """The HTML file MkDocs writes for a Markdown path (``use_directory_urls``)."""
    stem = docs_relative.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site / stem.removesuffix("index") / "index.html"
    return site / stem / "index.html"


def markdown_links(text: str) -> list[tuple[int, str]]:
    """``(line, target)`` of every inline link outside code blocks."""
    code = read(text).code_lines
    return [
        (number, m["target"])
        for number, line in enumerate(text.split("\n"), start=1)
        if number not in code
        for m in _LINK.finditer(line)
    ]


def broken_links(docs: Path, site: Path) -> list[str]:
    """Relative links that point nowhere, as ``docs/page.md:LINE: …`` messages."""
    ids_cache: dict[Path, set[str]] = {}

    def ids_of(html_file: Path) -> set[str]:
        if html_file not in ids_cache:
            parser = _Ids()
            parser.feed(html_file.read_text(encoding="utf-8"))
            ids_cache[html_file] = parser.ids
        return ids_cache[html_file]

    problems = []
    for page in markdown_pages(docs):
        relative = page.relative_to(docs).as_posix()
        where = f"{docs.name}/{relative}"
        for line, target in markdown_links(page.read_text(encoding="utf-8")):
            if _EXTERNAL.match(target):
                continue
            path, _, anchor = target.partition("#")
            if path:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(relative), path))
                if not resolved.endswith(".md"):
                    if not (docs / resolved).exists() and not (site / resolved).exists():
                        problems.append(f"{where}:{line}: link '{target}': no file {resolved}")
                    continue
                html_file = _built_page(site, resolved)
                if not html_file.exists():
                    problems.append(f"{where}:{line}: link '{target}': no page {resolved}")
                    continue
            else:
                html_file = _built_page(site, relative)
            if anchor and html_file.exists() and anchor not in ids_of(html_file):
                problems.append(
                    f"{where}:{line}: link '{target}': no anchor #{anchor} in that page"
                )
    return problems


class _Loads(HTMLParser):
    """URLs a page makes the browser fetch (not links the reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"}:
            if a.get("src"):
                self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            if not {"canonical", "alternate", "next", "prev"} & set((a.get("rel") or "").split()):
                self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("srcset"):
            self.urls += [part.split()[0] for part in a["srcset"].split(",") if part.strip()]
        if a.get("style"):
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", a["style"])


def is_third_party(url: str) -> bool:
    """True for an absolute URL (``https://…``, ``//host/…``) — anything not on this site."""
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.IGNORECASE))


def _where_written(url: str, sources: list[Path], root: Path) -> str | None:
    for source in sources:
        if not source.is_file():
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1):
            if url in line:
                return f"{source.relative_to(root)}:{number}"
    return None


def third_party_loads(site: Path, root: Path) -> list[str]:
    """Everything a built page or stylesheet loads from another host, naming its source line.

    ``root`` is the project folder: the message names the Markdown page, `mkdocs.yml`, or the
    template/stylesheet the URL was written in, when it can be found there.
    """
    docs = root / "docs"
    config_sources = [root / "mkdocs.yml", *sorted((root / "overrides").rglob("*"))]
    problems = []
    for html_file in sorted(site.rglob("*.html")):
        parser = _Loads()
        parser.feed(html_file.read_text(encoding="utf-8"))
        page_dir = html_file.relative_to(site).parent.as_posix()
        sources = [docs / f"{page_dir}.md", docs / page_dir / "index.md", *config_sources]
        for url in parser.urls:
            if is_third_party(url):
                where = _where_written(url, sources, root) or str(html_file.relative_to(site))
                problems.append(f"{where}: loads {url} from another host")
    for css in sorted(site.rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        for groups in re.findall(
            r"@import\s+(?:url\()?['\"]?([^'\"); ]+)|url\(['\"]?([^'\")]+)", text
        ):
            url = next(u for u in groups if u)
            if is_third_party(url):
                source = [docs / css.relative_to(site), *config_sources]
                where = _where_written(url, source, root) or str(css.relative_to(site))
                problems.append(f"{where}: loads {url} from another host")
    return sorted(set(problems))


_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
#: Elements that are content although they hold no text.
_CONTENT_WITHOUT_TEXT = {"img", "math", "svg", "pre", "table", "iframe", "video"}


class _Boxes(HTMLParser):
    """Admonitions (``div.admonition``) and collapsible blocks (``details``), with whether
    anything but their title was inside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.boxes: list[tuple[str, bool]] = []  #: (title, has content)
        self._stack: list[dict | None] = []  #: per open element: its box record, or None

    def _open_boxes(self) -> list[dict]:
        return [b for b in self._stack if b is not None]

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        in_title = tag in {"summary"} or (tag == "p" and "admonition-title" in classes)
        for box in self._open_boxes():
            if box["title_depth"] is None and not in_title and tag in _CONTENT_WITHOUT_TEXT:
                box["content"] = True
        if tag in _VOID:
            return
        record = None
        if tag == "details" or (tag == "div" and "admonition" in classes):
            record = {"title": "", "content": False, "title_depth": None, "depth": len(self._stack)}
        self._stack.append(record)
        if in_title:
            for box in self._open_boxes()[-1:]:
                box["title_depth"] = len(self._stack)

    def handle_endtag(self, tag):
        if tag in _VOID or not self._stack:
            return
        depth = len(self._stack)
        record = self._stack.pop()
        for box in self._open_boxes()[-1:]:
            if box["title_depth"] == depth:
                box["title_depth"] = None
        if record is not None:
            self.boxes.append((" ".join(record["title"].split()), record["content"]))

    def handle_data(self, data):
        boxes = self._open_boxes()
        if not boxes or not data.strip():
            return
        innermost = boxes[-1]
        if innermost["title_depth"] is not None:
            innermost["title"] += data
        else:
            for box in boxes:
                box["content"] = True


def empty_boxes(html_text: str) -> list[str]:
    """Titles of the admonitions and ``<details>`` of a page that hold nothing but their title."""
    parser = _Boxes()
    parser.feed(html_text)
    return [title or "(untitled)" for title, has_content in parser.boxes if not has_content]
