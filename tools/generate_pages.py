"""`make pages`: write the pages derived from the question pages and `snippets/` into `docs/`.

Usage: ``python -m tools.generate_pages [--check]``.

* ``questions/index.md`` — every question: part 1, the original post's twenty as it words them
  (linked once their page exists); part 2, the questions beyond it, under their own heading;
* ``questions/errata.md`` — one row per claim of the original post that a page corrects, linking
  to the ``###`` section that corrects it (anchors computed by Python-Markdown configured as
  `mkdocs.yml` configures it, so they are the ids the build writes);
* ``questions/cheat-sheet.md`` — the short answers on one printable page;
* ``questions/self-test.md`` — every question and follow-up question, answers collapsed;
* ``reference/*.md`` — the snippet library: the building blocks of `snippets/nn/`, one page per
  module, and an index by topic (`tools/library_pages.py`).

The files are committed, so that any MkDocs-compatible builder builds the site without a plugin;
`tests/test_generated_pages.py` fails when one differs from what this writes now. ``--check``
reports stale files without writing.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from tools.library_pages import library_pages
from tools.pages import QuestionPage, original_questions, question_pages
from tools.paths import DOCS
from tools.site_config import markdown_converter

#: The folders whose files are all written here (any other file in them is stale).
GENERATED_FOLDERS = ("reference",)
_MADE_HERE = "# Written by `make pages` (tools/generate_pages.py), not by hand: "
_FROM_QUESTIONS = _MADE_HERE + "edit the question pages, then run `make pages`."
#: Kept out of search: the page repeats other pages' text, and a query should land on those.
_NOT_SEARCHED = "search:\n  exclude: true"


def _front_matter(*lines: str) -> str:
    """Front matter that says how the page is made (a YAML comment: nothing of it is published;
    the page's H1 stays its first element, which MkDocs takes for its title)."""
    return "\n".join(["---", *lines, "---", "", ""])


def _derived(title: str) -> str:
    """The front matter of a page that repeats the question pages (kept out of search)."""
    return _front_matter(_FROM_QUESTIONS, f'title: "{title}"', _NOT_SEARCHED) + f"# {title}"


_MATH_OR_CODE = re.compile(r"(\$[^$\n]+\$|`[^`\n]+`)")


def _question(page: QuestionPage) -> str:
    """The question a page answers, without its ``Qn.`` prefix."""
    title = str(page.meta.get("title") or page.h1 or "")
    return re.sub(r"^Q\d+\.\s*", "", title)


def _heading(page: QuestionPage) -> str:
    """A derived page's heading for a question, linking to its page."""
    return f"## [Q{page.number}. {_question(page)}]({page.path.name})"


def _derived_page(title: str, introduction: str, body: list[str]) -> str:
    """A page that repeats the question pages: front matter, title, introduction, ``body``."""
    return "\n".join([_derived(title), "", introduction, "", *body])


def _index_entry(page: QuestionPage) -> list[str]:
    """A question as a list item: its title linked, its one-sentence summary, difficulty and
    tags on a line of their own (a list, not a table: it reads on a 375 px phone)."""
    tags = ", ".join(page.meta.get("tags", []))
    return [
        f"- **[Q{page.number}. {_question(page)}]({page.path.name})**  ",
        f"    {' '.join(str(page.meta.get('summary', '')).split())}  ",
        f"    *{page.meta.get('difficulty', '')}* · {tags}",
    ]


def questions_index(pages: list[QuestionPage]) -> str:
    by_number = {page.number: page for page in pages}
    original = original_questions()
    missing = [number for number in original if number not in by_number]
    lines = [
        _front_matter(_FROM_QUESTIONS, "title: All questions", _NOT_SEARCHED) + "# All questions",
        "",
        "Each question with the one sentence its page answers, its difficulty and its tags. "
        "The [cheat sheet](cheat-sheet.md) has every short answer on one page, the "
        "[self-test](self-test.md) every follow-up question, and the [errata](errata.md) every "
        "claim of the original post that the pages correct.",
        "",
        "## Part 1: the original post's twenty questions",
        "",
    ]
    for number, wording in original.items():
        page = by_number.get(number)
        lines += _index_entry(page) if page else [f"- Q{number}. {wording} *(not answered yet)*"]
    if missing:
        lines += ["", f"{len(missing)} of the twenty are not answered yet."]
    beyond = [page for page in pages if page.part == 2]
    if beyond:
        lines += ["", "## Part 2: the core questions the post never asked", ""]
        for page in beyond:
            lines += _index_entry(page)
    return "\n".join(lines) + "\n"


def _portable(text: str, page: QuestionPage) -> str:
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


@cache
def _converter():
    return markdown_converter()


def _toc(page: QuestionPage) -> list[dict]:
    """The page's table-of-contents tokens, exactly as the build computes them.

    The page's headings are converted by Python-Markdown with the extensions and options of
    `mkdocs.yml`, so ``toc``'s slugify and de-duplication of ids (``_1``, ``_2``…) give the ids
    the built page carries. Only the headings are converted (ids depend on nothing else), which
    keeps this cheap: code blocks and includes are what make a whole page slow to convert.
    """
    headings = [
        "#" * h.level + " " + h.text for h in page.document.headings if h.line >= page.body_start
    ]
    converter = _converter()
    converter.reset()
    converter.convert("\n\n".join(headings))
    return converter.toc_tokens


def claim_anchors(page: QuestionPage) -> list[str]:
    """The ``id`` of each ``###`` claim of the page's errata section, in order."""

    def find(tokens):
        for token in tokens:
            if token["level"] == 2 and token["name"] == page.errata_heading:
                return token
            found = find(token["children"])
            if found:
                return found
        return None

    section = find(_toc(page))
    ids = [t["id"] for t in section["children"] if t["level"] == 3] if section else []
    if len(ids) != len(page.corrections):
        raise ValueError(
            f"docs/{page.uri}: {len(page.corrections)} `###` claims in the page model but "
            f"{len(ids)} headings in the built section; the errata links would be wrong"
        )
    return ids


def errata(pages: list[QuestionPage]) -> str:
    """The claims of the original post (questions 1-20) that the pages correct."""
    pages = [page for page in pages if page.part == 1]
    body = ['<div class="errata" markdown>', ""]
    for page in pages:
        body += [_heading(page), "", "| The original said | The correction |", "|---|---|"]
        for (claim, correction), anchor in zip(page.corrections, claim_anchors(page), strict=True):
            body.append(
                f"| [{_cell(claim)}]({page.path.name}#{anchor}) "
                f"| {_cell(_portable(correction, page))} |"
            )
        body.append("")
    claims = sum(len(page.corrections) for page in pages)
    return _derived_page(
        "Errata: what the original post got wrong",
        f"Every claim of the original post that this site corrects: {claims} claims across "
        f"{len(pages)} questions. Each row quotes the few words corrected, gives the correction in "
        "one sentence, and links to the section that explains why it matters.",
        [*body, "</div>"],
    )


def cheat_sheet(pages: list[QuestionPage]) -> str:
    body = ['<div class="cheat-sheet" markdown>', ""]
    for page in pages:
        # One block per question, so that printing never splits an answer across pages.
        body += ['<section class="cheat-sheet__answer" markdown>', "", _heading(page), ""]
        body += [_portable(page.short_answer, page), "", "</section>", ""]
    return _derived_page(
        "Cheat sheet",
        "The short answers of all the questions on one page: what a strong candidate says in "
        "thirty seconds. Each heading links to the full answer. Printing this page (Ctrl+P) leaves "
        "out the navigation.",
        [*body, "</div>"],
    )


def self_test(pages: list[QuestionPage]) -> str:
    body = []
    for page in pages:
        body += [_heading(page), "", '??? abstract "Short answer"']
        body += [_indent(_portable(page.short_answer, page)), ""]
        for question, answer in page.follow_ups:
            body += [f'??? question "{question}"', _indent(_portable(answer, page)), ""]
    return _derived_page(
        "Self-test",
        "Every question of the site and every follow-up question. Answer aloud, then open the box "
        "to compare: the short answer is what a strong candidate says in thirty seconds, and each "
        "heading links to the full answer.",
        body,
    )


def generated_pages(docs: Path = DOCS) -> dict[Path, str]:
    """Every page this tool writes, by path, with its text."""
    pages = question_pages(docs)
    library = _MADE_HERE + "after adding or renaming a function of snippets/nn/, run `make pages`."
    texts = {
        "questions/index.md": questions_index(pages),
        "questions/errata.md": errata(pages),
        "questions/cheat-sheet.md": cheat_sheet(pages),
        "questions/self-test.md": self_test(pages),
        **library_pages(pages, library, docs.parent / "snippets" / "nn"),
    }
    return {docs / name: text.rstrip("\n") + "\n" for name, text in texts.items()}


def _stray_files(docs: Path, written: set[Path]) -> list[Path]:
    """Files in the generated folders that this tool does not write."""
    return sorted(
        path
        for folder in GENERATED_FOLDERS
        for path in (docs / folder).rglob("*")
        if path.is_file() and path not in written
    )


def differences(docs: Path = DOCS) -> list[str]:
    """How the generated files on disk differ from what this tool writes now, one line each."""
    pages = generated_pages(docs)
    found = []
    for path, text in pages.items():
        name = path.relative_to(docs.parent).as_posix()
        if not path.exists():
            found.append(f"{name} is missing")
        elif path.read_text(encoding="utf-8") != text:
            found.append(f"{name} is stale")
    found += [
        f"{path.relative_to(docs.parent).as_posix()} is not written by `make pages`"
        for path in _stray_files(docs, set(pages))
    ]
    return found


def write(docs: Path = DOCS) -> list[str]:
    """Write every generated file that changed and remove stray ones; what was done."""
    pages = generated_pages(docs)
    done = []
    for path, text in pages.items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        done.append(f"wrote {path.relative_to(docs.parent)}")
    for path in _stray_files(docs, set(pages)):
        path.unlink()
        done.append(f"removed {path.relative_to(docs.parent)}")
    return done


def main(args: list[str]) -> int:
    if "--check" not in args:
        print(*write(), sep="\n")
        return 0
    found = differences()
    if found:
        print("run `make pages`:", *found, sep="\n  ")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
