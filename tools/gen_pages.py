"""Pages generated at build time (mkdocs-gen-files): nothing here is written twice.

* ``SUMMARY.md`` — the navigation (mkdocs-literate-nav), derived from the pages that exist;
* ``questions/index.md`` — all twenty questions, linked once their page exists;
* ``questions/errata.md`` — one row per claim of the original post that a page corrects, linking
  to the ``###`` section that corrects it (anchors computed by Python-Markdown configured as MkDocs
  configures it, so they are the ids the build writes);
* ``questions/cheat-sheet.md`` — the short answers on one printable page;
* ``questions/self-test.md`` — every question and follow-up question, answers collapsed;
* ``reference/*.md`` — one API page per module of `snippets/` (mkdocstrings).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import markdown
import mkdocs_gen_files
from mkdocs.structure.files import InclusionLevel

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gen-files runs this file as a script
    sys.path.insert(0, str(ROOT))

from tools.pages import fenced_lines, original_questions, question_pages  # noqa: E402

SNIPPETS = ROOT / "snippets"


def questions_index() -> str:
    pages = {page.number: page for page in question_pages()}
    lines = [
        "# All twenty questions",
        "",
        "The questions as the original post words them, each linked to its corrected answer"
        + ("." if len(pages) == 20 else f"; {20 - len(pages)} are not answered yet."),
        "",
        "| # | Question | Difficulty | Tags |",
        "|---|---|---|---|",
    ]
    for number, wording in original_questions().items():
        page = pages.get(number)
        if page is None:
            lines.append(f"| {number} | {wording} | | *not yet answered* |")
            continue
        name = page.path.name
        tags = ", ".join(page.meta.get("tags", []))
        lines.append(
            f"| {number} | [{wording}]({name}) | {page.meta.get('difficulty', '')} | {tags} |"
        )
    return "\n".join(lines) + "\n"


#: Pages that repeat the question pages' text; kept out of search so that a query lands on the
#: question page itself.
_DERIVED = '---\ntitle: "{title}"\nsearch:\n  exclude: true\n---\n\n'
_MATH_OR_CODE = re.compile(r"(\$[^$\n]+\$|`[^`\n]+`)")


def _portable(text: str, page) -> str:
    """Markdown of ``page`` made to work on another page of `questions/`.

    Links to an anchor of the page itself (``](#x)``) are pointed at that page.
    """
    return re.sub(r"\]\(#", f"]({page.path.name}#", text)


def _cell(text: str) -> str:
    """Markdown on one line that is safe in a table cell (``|`` escaped, in maths ``\\vert``)."""
    parts = _MATH_OR_CODE.split(" ".join(text.split()))
    out = []
    for part in parts:
        if part.startswith("$"):
            part = part.replace("|", r"\vert ")
        elif not part.startswith("`"):
            part = part.replace("|", r"\|")
        out.append(part)
    return "".join(out)


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line.strip() else "" for line in text.split("\n"))


def _heading_ids(page) -> list[dict]:
    """The page's table-of-contents tokens, exactly as the build computes them.

    The page's headings are converted by Python-Markdown with the extensions and options of
    `mkdocs.yml` (the configuration MkDocs itself loaded), so ``toc``'s slugify and
    de-duplication of ids (``_1``, ``_2``…) give the ids the built page carries. Only the heading
    lines are converted (ids depend on nothing else), which keeps this cheap: code blocks and
    includes are what make a whole page slow to convert.
    """
    config = mkdocs_gen_files.config
    converter = markdown.Markdown(
        extensions=[e for e in config.markdown_extensions if isinstance(e, str)],
        extension_configs=config.mdx_configs,
    )
    headings = [
        line
        for number, line, fenced in fenced_lines(page.text)
        if number >= page.body_start and not fenced and re.match(r"^#{1,6} ", line)
    ]
    converter.convert("\n\n".join(headings))
    return converter.toc_tokens


def claim_anchors(page) -> list[str]:
    """The ``id`` of each ``###`` claim of "What the original answer got wrong", in order."""

    def find(tokens):
        for token in tokens:
            if token["level"] == 2 and token["name"] == "What the original answer got wrong":
                return token
            found = find(token["children"])
            if found:
                return found
        return None

    section = find(_heading_ids(page))
    ids = [t["id"] for t in section["children"] if t["level"] == 3] if section else []
    if len(ids) != len(page.corrections):
        raise ValueError(
            f"docs/{page.uri}: {len(page.corrections)} `###` claims read by tools/pages.py but "
            f"{len(ids)} headings in the built section; the errata links would be wrong"
        )
    return ids


def errata() -> str:
    pages = question_pages()
    claims = sum(len(page.corrections) for page in pages)
    lines = [
        _DERIVED.format(title="Errata: what the original post got wrong"),
        "# Errata: what the original post got wrong",
        "",
        f"Every claim of the original post that this site corrects: {claims} claims across "
        f"{len(pages)} questions. Each row quotes the few words corrected, gives the correction in "
        "one sentence, and links to the section that explains why it matters.",
        "",
        '<div class="errata" markdown>',
        "",
    ]
    for page in pages:
        lines += [
            f"## [Q{page.number}. {_question(page)}]({page.path.name})",
            "",
            "| The original said | The correction |",
            "|---|---|",
        ]
        for (claim, correction), anchor in zip(page.corrections, claim_anchors(page), strict=True):
            lines.append(
                f"| [{_cell(claim)}]({page.path.name}#{anchor}) "
                f"| {_cell(_portable(correction, page))} |"
            )
        lines.append("")
    lines.append("</div>")
    return "\n".join(lines) + "\n"


def _question(page) -> str:
    """The question a page answers, without its ``Qn.`` prefix."""
    title = str(page.meta.get("title") or page.h1 or "")
    return re.sub(r"^Q\d+\.\s*", "", title)


def cheat_sheet() -> str:
    lines = [
        _DERIVED.format(title="Cheat sheet"),
        "# Cheat sheet",
        "",
        "The short answers of all the questions on one page: what a strong candidate says in "
        "thirty seconds. Each heading links to the full answer. Printing this page (Ctrl+P) leaves "
        "out the navigation.",
        "",
        '<div class="cheat-sheet" markdown>',
        "",
    ]
    for page in question_pages():
        lines += [
            f"## [Q{page.number}. {_question(page)}]({page.path.name})",
            "",
            _portable(page.short_answer, page),
            "",
        ]
    lines.append("</div>")
    return "\n".join(lines) + "\n"


def self_test() -> str:
    lines = [
        _DERIVED.format(title="Self-test"),
        "# Self-test",
        "",
        "Every question of the site and every follow-up question. Answer aloud, then open the box "
        "to compare: the short answer is what a strong candidate says in thirty seconds, and each "
        "heading links to the full answer.",
        "",
    ]
    for page in question_pages():
        lines += [
            f"## [Q{page.number}. {_question(page)}]({page.path.name})",
            "",
            '??? abstract "Short answer"',
            _indent(_portable(page.short_answer, page)),
            "",
        ]
        for question, answer in page.follow_ups:
            lines += [f'??? question "{question}"', _indent(_portable(answer, page)), ""]
    return "\n".join(lines) + "\n"


def module_names() -> list[str]:
    return sorted(p.stem for p in SNIPPETS.glob("q[0-9][0-9]_*.py"))


def reference_page(module: str) -> str:
    # Kept out of search: a reader's query should land on the question page that shows the program.
    return f"---\nsearch:\n  exclude: true\n---\n\n# `{module}`\n\n::: snippets.{module}\n"


def reference_index(modules: list[str]) -> str:
    """The API reference's only navigation entry: the modules of each question, grouped under it
    (66 module pages in the sidebar would crowd it and add ~200 elements to every page)."""
    lines = [
        "# API reference",
        "",
        "Every module of `snippets/`, documented from its docstrings, under the question whose page",
        "shows it. Each program module is shown whole on its question page and executed by the",
        "tests; figure modules (`_fig_`) draw the page's figures.",
        "",
    ]
    # Every module belongs to a page (tests/test_mapping.py), so none is left out here.
    for page in question_pages():
        own = [m for m in modules if m.startswith(f"q{page.number:02d}_")]
        links = ", ".join(f"[`{m}`]({m}.md)" for m in own)
        lines.append(f"- **[Q{page.number}. {_question(page)}](../{page.uri})**: {links}")
    return "\n".join(lines) + "\n"


def summary() -> str:
    lines = ["- [Home](index.md)", "- [Questions](questions/index.md)"]
    for page in question_pages():
        lines.append(f"    - [{page.meta.get('title', page.h1)}]({page.uri})")
    lines.append("- Practice")
    lines.append("    - [Errata](questions/errata.md)")
    lines.append("    - [Cheat sheet](questions/cheat-sheet.md)")
    lines.append("    - [Self-test](questions/self-test.md)")
    lines.append("- [Tags](tags.md)")
    lines.append("- [API reference](reference/index.md)")
    return "\n".join(lines) + "\n"


def generate() -> None:
    modules = module_names()
    with mkdocs_gen_files.open("questions/index.md", "w") as f:
        f.write(questions_index())
    for name, text in (("errata", errata), ("cheat-sheet", cheat_sheet), ("self-test", self_test)):
        with mkdocs_gen_files.open(f"questions/{name}.md", "w") as f:
            f.write(text())
        mkdocs_gen_files.set_edit_path(f"questions/{name}.md", "../tools/gen_pages.py")
    for module in modules:
        path = f"reference/{module}.md"
        with mkdocs_gen_files.open(path, "w") as f:
            f.write(reference_page(module))
        mkdocs_gen_files.set_edit_path(path, f"../snippets/{module}.py")
        # Reached from the API reference page, not listed in the sidebar.
        mkdocs_gen_files.files.get_file_from_path(path).inclusion = InclusionLevel.NOT_IN_NAV
    with mkdocs_gen_files.open("reference/index.md", "w") as f:
        f.write(reference_index(modules))
    with mkdocs_gen_files.open("SUMMARY.md", "w") as f:
        f.write(summary())
    # literate-nav reads the navigation from SUMMARY.md; it is not a page of the site (else it is
    # built at /SUMMARY/ and found by search).
    mkdocs_gen_files.files.get_file_from_path("SUMMARY.md").inclusion = InclusionLevel.EXCLUDED


generate()
