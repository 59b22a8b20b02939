"""Where things are in the repository, and which pages and modules exist.

The one place that knows the layout: the build (`tools/generate_pages.py`), the maintainer tools
and the tests all ask here.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
#: The building blocks: each defined once, documented in the snippet library.
LIBRARY = SNIPPETS / "nn"
OUTPUTS = SNIPPETS / "outputs"
FIGURES = DOCS / "assets" / "figures"
MKDOCS_YML = ROOT / "mkdocs.yml"
#: The twenty questions as the original post words them.
ORIGINAL_QUESTIONS = ROOT / "tools" / "questions.yml"

#: ``docs/questions/NN-slug.md``: a question page.
QUESTION_PAGE_NAME = re.compile(r"^(?P<number>\d{2})-(?P<slug>[a-z0-9-]+)\.md$")
#: ``snippets/qNN_name.py``: a program or figure module of question NN.
SNIPPET_MODULE_NAME = re.compile(r"^q(?P<number>\d{2})_(?P<name>[a-z0-9_]+)\.py$")


def markdown_pages(docs: Path = DOCS) -> list[Path]:
    """Every Markdown page under ``docs``, sorted."""
    return sorted(docs.rglob("*.md"))


def question_page_files(docs: Path = DOCS) -> list[Path]:
    """The question pages ``docs/questions/NN-slug.md``, by number."""
    return sorted(p for p in (docs / "questions").glob("*.md") if QUESTION_PAGE_NAME.match(p.name))


def snippet_modules(snippets: Path = SNIPPETS) -> list[Path]:
    """Every module of a question page, ``snippets/qNN_*.py`` (programs and figures), sorted."""
    return sorted(p for p in snippets.glob("*.py") if SNIPPET_MODULE_NAME.match(p.name))


def library_modules(library: Path = LIBRARY) -> list[Path]:
    """The modules of the building blocks, ``snippets/nn/*.py`` (not ``__init__``), sorted."""
    return sorted(p for p in library.glob("*.py") if p.name != "__init__.py")


def is_figure_module(module: Path) -> bool:
    return module.stem[4:].startswith("fig_")


def program_modules(snippets: Path = SNIPPETS) -> list[Path]:
    """The programs shown on pages: ``snippets/qNN_*.py`` except figure modules."""
    return [p for p in snippet_modules(snippets) if not is_figure_module(p)]


def figure_modules(snippets: Path = SNIPPETS) -> list[str]:
    """Names of the figure modules, ``qNN_fig_*``."""
    return [p.stem for p in snippet_modules(snippets) if is_figure_module(p)]
