"""Layer 4: the site builds strictly, links resolve, and nothing is loaded from another host."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from tests.support.site_checks import broken_links, empty_boxes, third_party_loads
from tools.paths import DOCS, ROOT, library_modules
from tools.search_exclusions import mark_search_exclusions
from tools.sync_blocks import canonical_blocks


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
    problems = broken_links(DOCS, site)
    assert not problems, "\n".join(problems)


def test_the_snippet_library_documents_every_building_block_and_nothing_else(site: Path):
    """One page per module of `snippets/nn/`, an entry per public function; no page documents a
    demonstration program's internals."""
    pages = {p.parent.name for p in (site / "reference").glob("*/index.html")}
    modules = {p.stem for p in library_modules()}
    assert pages == modules, f"missing: {modules - pages}; not building blocks: {pages - modules}"
    missing = [
        f"reference/{block.path.stem}/: no entry for {name}"
        for name, block in canonical_blocks().items()
        if f'id="snippets.nn.{block.path.stem}.{name}"'
        not in (site / "reference" / block.path.stem / "index.html").read_text(encoding="utf-8")
    ]
    assert not missing, "\n".join(missing)


def test_the_snippet_library_is_searchable(site: Path):
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"location":"reference/activations/#snippets.nn.activations.relu"' in index


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


def test_no_box_is_empty_in_the_built_pages(site: Path):
    """A `???`/`!!!` block whose content is not indented renders as an empty box with its text
    spilling out below: caught here in the HTML, whatever the Markdown looked like."""
    empty = [
        f"{html_file.relative_to(site)}: box {title!r} is empty"
        for html_file in sorted(site.rglob("*.html"))
        for title in empty_boxes(html_file.read_text(encoding="utf-8"))
    ]
    assert not empty, "\n".join(empty)


def test_empty_boxes_are_found_in_html():
    html = (
        '<details class="question"><summary>Why?</summary></details>'
        '<details class="question"><summary>How?</summary><p>Like this.</p></details>'
        '<div class="admonition note"><p class="admonition-title">Note</p></div>'
        '<div class="admonition note"><p class="admonition-title">Figure</p><p><img src="a.svg">'
        "</p></div>"
        '<details class="note"><summary>Outer</summary><details><summary>Inner</summary>'
        "<p>text</p></details></details>"
    )
    assert empty_boxes(html) == ["Why?", "Note"]


def test_search_exclusions_mark_code_depth_and_reference_lists():
    html = (
        '<h2 id="short-answer">Short answer</h2><p>Prose.</p>'
        '<div class="language-python highlight"><pre><code>x = 1</code></pre></div>'
        '<details class="example"><summary>Program</summary></details>'
        '<details class="note">\n<summary>Going deeper: more</summary></details>'
        '<details class="note"><summary>A note</summary></details>'
        '<details class="mkdocstrings-source"><summary>Source</summary></details>'
        '<details class="question"><summary>Why?</summary></details>'
        '<h2 id="in-code">In code</h2><h2 id="pitfalls">Pitfalls</h2>'
        '<h2 id="references">References</h2><h2 id="related-questions">Related</h2>'
    )
    marked = mark_search_exclusions(html)
    assert marked.count("data-search-exclude") == 8
    assert '<h2 id="short-answer">' in marked and '<details class="question">' in marked
    assert '<details class="note"><summary>A note' in marked, "only Going-deeper notes go"
    assert mark_search_exclusions(marked) == marked, "marking twice must change nothing"


def _search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_search_index_holds_prose_not_code_or_depth(site: Path):
    """Checked on the index itself, not only on the marks: Material's parser matches elements by
    tag name, so a mark on an element with a nested element of the same tag leaks (the snippet
    library's line-numbered source did)."""
    docs = _search_index(site)
    leaks = [
        d["location"]
        for d in docs
        # Code reaches the index as <pre>; a Going-deeper note's title starts its text (prose
        # may name one "in quotes").
        if "<pre>" in d["text"]
        or re.search(r'(?<!")Going deeper', d["text"])
        or re.search(r"#(in-code|pitfalls|references|related-questions)$", d["location"])
    ]
    assert not leaks, leaks
    sections = {d["location"].partition("#")[2] for d in docs}
    assert {"short-answer", "the-full-answer", "follow-up-questions"} <= sections


def test_search_index_fits_its_budget(site: Path):
    """Part of every first visit: at most 150 kB compressed (gzip level 9), whatever the number of
    pages (README, "Budgets")."""
    raw = (site / "search" / "search_index.json").read_bytes()
    size = len(gzip.compress(raw, 9))
    print(f"search index: {len(raw) / 1000:.0f} kB, {size / 1000:.0f} kB gzip")
    assert size <= 150_000


def test_built_pages_keep_code_out_of_search(site: Path):
    page = (site / "questions" / "02-perceptron" / "index.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<div class="language-[\w-]+ highlight"[^>]*>', page)
    assert blocks and all("data-search-exclude" in b for b in blocks)
    assert 'id="references" data-search-exclude' in page
