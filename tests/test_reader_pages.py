"""The pages generated for practice (`make pages`), the offline variant's configuration and
the "Report an error" route, checked in the built site."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tools import site_config
from tools.pages import question_pages
from tools.paths import DOCS, ROOT

PAGES = question_pages()
#: The errata list the original post's claims: questions 1-20.
ORIGINAL = [page for page in PAGES if page.part == 1]
TEMPLATE = ROOT / ".github" / "ISSUE_TEMPLATE" / "report-an-error.yml"


class _Page(HTMLParser):
    """The ids, links (``href``) and ``<details>`` of a built page's article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.details: list[dict] = []
        self.h2: list[str] = []
        self._in_article = False
        self._h2: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "article":
            self._in_article = True
        if not self._in_article:
            return
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "details":
            self.details.append(a)
        if tag == "h2":
            self._h2 = []

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        if tag == "h2" and self._h2 is not None:
            self.h2.append("".join(self._h2).replace("¶", "").strip())
            self._h2 = None

    def handle_data(self, data):
        if self._h2 is not None:
            self._h2.append(data)


def _parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _built(site: Path, uri: str) -> Path:
    """The HTML file of a page of `docs/` (``questions/02-perceptron.md``)."""
    return site / uri.removesuffix(".md") / "index.html"


def test_errata_lists_every_corrected_claim_and_links_to_its_section(site: Path):
    errata = _parse(site / "questions" / "errata" / "index.html")
    links = [
        urllib.parse.urljoin("questions/errata/", link)
        for link in errata.links
        if "#" in link and not link.startswith(("#", "http"))
    ]
    claims = sum(len(page.corrections) for page in ORIGINAL)
    assert claims > 0
    assert len(links) == claims, f"{len(links)} links to claims, {claims} claims on the pages"
    for link in links:
        path, anchor = link.split("#")
        target = _parse(site / path / "index.html")
        assert anchor in target.ids, f"errata link {link}: no id {anchor!r} on that page"
    # Each link lands on a heading inside "What the original answer got wrong", in page order.
    for page in ORIGINAL:
        built = _built(site, page.uri).read_text(encoding="utf-8")
        section = built.split('id="what-the-original-answer-got-wrong"', 1)[1]
        section = re.split(r"<h2 ", section, maxsplit=1)[0]
        ids_in_section = re.findall(r'<h3 id="([^"]+)"', section)
        mine = [
            link.split("#")[1] for link in links if link.startswith(page.uri.removesuffix(".md"))
        ]
        assert mine == ids_in_section, f"docs/{page.uri}: errata anchors {mine} != {ids_in_section}"


def test_cheat_sheet_has_every_short_answer(site: Path):
    built = (site / "questions" / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    sheet = _parse(site / "questions" / "cheat-sheet" / "index.html")
    assert [h.split(" ", 1)[0] for h in sheet.h2] == [f"Q{p.number}." for p in PAGES], sheet.h2
    assert 'class="cheat-sheet"' in built
    sections = re.split(r"<h2 ", built.split('class="cheat-sheet"', 1)[1])[1:]
    for page, section in zip(PAGES, sections, strict=True):
        text = html.unescape(re.sub(r"<[^>]+>", " ", section))
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"\$[^$]*\$", " ", page.short_answer))
        missing = [w for w in words if w not in text]
        assert not missing, f"docs/{page.uri}: cheat sheet lacks {missing[:5]} of its short answer"


def test_self_test_has_every_question_and_follow_up_collapsed(site: Path):
    page = _parse(site / "questions" / "self-test" / "index.html")
    assert [h.split(" ", 1)[0] for h in page.h2] == [f"Q{p.number}." for p in PAGES], page.h2
    kinds = [d.get("class", "").split() for d in page.details]
    assert sum("abstract" in k for k in kinds) == len(PAGES), "a short answer per question"
    assert sum("question" in k for k in kinds) == sum(len(p.follow_ups) for p in PAGES)
    assert not [d for d in page.details if "open" in d], "answers must start collapsed"


def test_practice_pages_and_tags_are_in_the_navigation_and_out_of_search(site: Path):
    home = (site / "index.html").read_text(encoding="utf-8")
    for target in ("questions/errata/", "questions/cheat-sheet/", "questions/self-test/", "tags/"):
        assert f'href="{target}"' in home, f"{target} missing from the navigation"
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    for derived in ("questions/errata/", "questions/cheat-sheet/", "questions/self-test/"):
        assert f'"location":"{derived}' not in index.replace(" ", ""), derived


def test_tags_page_lists_every_tag(site: Path):
    text = (site / "tags" / "index.html").read_text(encoding="utf-8")
    for page in PAGES:
        for tag in page.meta["tags"]:
            assert html.escape(str(tag)) in text, f"tag {tag!r} of docs/{page.uri} not listed"


def test_every_question_page_offers_to_report_an_error(site: Path):
    repo_url = site_config.load().repo_url.rstrip("/")
    for page in PAGES:
        built = _parse(_built(site, page.uri))
        reports = [link for link in built.links if link.startswith(f"{repo_url}/issues/new?")]
        assert len(reports) == 1, f"docs/{page.uri}: {len(reports)} 'Report an error' links"
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(reports[0]).query)
        assert query["template"] == [TEMPLATE.name]
        assert query["page"] == [f"docs/{page.uri}"], query
        assert page.meta["title"] in query["title"][0]
    home = _parse(site / "index.html")
    assert not [link for link in home.links if "/issues/new?" in link], "only on question pages"


def test_issue_template_is_a_valid_github_issue_form_asking_for_page_claim_and_source():
    form = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"] if item.get("id")}
    for needed in ("page", "claim", "source"):
        assert fields[needed]["validations"]["required"] is True, needed
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-issue-forms",
            str(TEMPLATE),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("config", ["mkdocs.offline.yml"])
def test_offline_variant_hosts_its_search_shim_itself(config):
    offline = yaml.safe_load((ROOT / config).read_text(encoding="utf-8"))
    assert offline["INHERIT"] == "mkdocs.yml"
    for script in offline["extra"]["polyfills"]:
        assert not re.match(r"^[a-z]+://|^//", script), f"{script}: loaded from another host"
        assert (DOCS / script).is_file(), script
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^build-offline:.*\n\tOFFLINE=true .*-f mkdocs\.offline\.yml", makefile, re.M)


def test_each_question_page_describes_itself_with_its_summary(site: Path):
    """The meta description (search engines, link previews) is the page's own summary, not the
    site's description repeated on every page."""
    seen = set()
    for page in PAGES:
        built = _built(site, page.uri).read_text(encoding="utf-8")
        found = [
            html.unescape(d)
            for d in re.findall(r'<meta name="description" content="([^"]*)"', built)
        ]
        assert found == [str(page.meta["summary"])], f"docs/{page.uri}: meta description {found}"
        seen.add(found[0])
    assert len(seen) == len(PAGES), "two pages share a description"
