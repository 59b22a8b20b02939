"""Layer 4: the site builds strictly, links resolve, and nothing is loaded from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tools.blocks import ROOT


def test_strict_build_has_no_warning(site_build):
    assert site_build.returncode == 0, site_build.log
    warnings = [
        line for line in site_build.log.splitlines() if re.match(r"^(WARNING|ERROR)\b", line)
    ]
    assert not warnings, "\n".join(warnings)


class _Loads(HTMLParser):
    """URLs a page makes the browser fetch (not links the reader may follow)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed"} and a.get("src"):
            self.urls.append(a["src"])
        if (
            tag == "link"
            and a.get("href")
            and not {"canonical", "alternate"} & set((a.get("rel") or "").split())
        ):
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("srcset"):
            self.urls += [part.split()[0] for part in a["srcset"].split(",")]
        if a.get("style"):
            self.urls += re.findall(r"url\(['\"]?([^'\")]+)", a["style"])


def _third_party(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith("data:")


def test_pages_load_nothing_from_another_host(site: Path):
    offenders = []
    for html_file in site.rglob("*.html"):
        parser = _Loads()
        parser.feed(html_file.read_text(encoding="utf-8"))
        offenders += [f"{html_file.relative_to(site)}: {u}" for u in parser.urls if _third_party(u)]
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(
            r"@import\s+(?:url\()?['\"]?([^'\"); ]+)|url\(['\"]?([^'\")]+)", text
        ):
            url = next(u for u in url if u)
            if _third_party(url):
                offenders.append(f"{css.relative_to(site)}: {url}")
    assert not offenders, "\n".join(offenders)


def test_api_reference_covers_every_module(site: Path):
    modules = {p.stem for p in (ROOT / "snippets").glob("q[0-9][0-9]_*.py")}
    documented = {p.parent.name for p in (site / "reference").glob("*/index.html")}
    assert modules == documented, f"missing: {modules - documented}; stale: {documented - modules}"


def test_every_image_has_alt_text(site: Path):
    missing = []
    for html_file in site.rglob("*.html"):
        for tag in re.findall(r"<img\b[^>]*>", html_file.read_text(encoding="utf-8")):
            if not re.search(r'\balt="[^"]{10,}"', tag):
                missing.append(f"{html_file.relative_to(site)}: {tag[:100]}")
    assert not missing, "\n".join(missing)


def test_maths_is_mathml_not_raw_latex(site: Path):
    for html_file in (site / "questions").rglob("index.html"):
        text = html_file.read_text(encoding="utf-8")
        assert 'class="arithmatex"' not in text, f"{html_file}: maths left untypeset"
