"""Layer 4: the site builds strictly, links resolve, and nothing is loaded from another host."""

from __future__ import annotations

import re
from pathlib import Path

from tools.blocks import ROOT
from tools.site_checks import broken_links, third_party_loads


def test_strict_build_has_no_warning(site_build):
    assert site_build.returncode == 0, site_build.log
    warnings = [
        line for line in site_build.log.splitlines() if re.match(r"^(WARNING|ERROR)\b", line)
    ]
    assert not warnings, "\n".join(warnings)


def test_pages_load_nothing_from_another_host(site: Path):
    problems = third_party_loads(site, ROOT)
    assert not problems, "\n".join(problems)


def test_internal_links_and_anchors_resolve(site: Path):
    problems = broken_links(ROOT / "docs", site)
    assert not problems, "\n".join(problems)


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


def test_figures_load_lazily(site: Path):
    """The hidden light/dark variant of a figure is never downloaded (page weight budget)."""
    eager = []
    for html_file in (site / "questions").rglob("index.html"):
        for tag in re.findall(r"<img\b[^>]*>", html_file.read_text(encoding="utf-8")):
            if "/figures/" in tag and 'loading="lazy"' not in tag:
                eager.append(f"{html_file.relative_to(site)}: {tag[:90]}")
    assert not eager, "add { loading=lazy } after the image:\n" + "\n".join(eager)
