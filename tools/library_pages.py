"""The snippet library's pages (written by `make pages`): the building blocks of `snippets/nn/`.

One page per module, each function documented by mkdocstrings with its source (Material's copy
button copies it), followed by the question pages whose programs carry a copy of it (found in
the programs' source, as `make sync-blocks` finds them); and an index grouped by topic.
"""

from __future__ import annotations

import ast
import json
from collections import defaultdict
from pathlib import Path

from tools.pages import QuestionPage
from tools.paths import LIBRARY, library_modules
from tools.sync_blocks import canonical_blocks, copies, programs

#: The library's topics, in the order of its index and navigation, and each module's title.
TOPICS = {
    "Activations and losses": {"activations": "Activations", "losses": "Losses"},
    "Layers": {
        "layers": "Dense layers",
        "convolution": "Convolution",
        "recurrent": "Recurrent: LSTM",
        "attention": "Attention",
        "normalisation": "Normalisation",
    },
    "Training": {
        "optimisers": "Optimisers",
        "initialisation": "Initialisation",
        "regularisation": "Regularisation",
    },
    "Checking gradients": {"gradcheck": "Gradient check"},
}
TITLES = {module: title for modules in TOPICS.values() for module, title in modules.items()}


class UnknownModuleError(LookupError):
    """A module of `snippets/nn/` that no topic lists."""


def _summary(module: Path) -> str:
    """The first paragraph of a module's docstring, on one line."""
    doc = ast.get_docstring(ast.parse(module.read_text(encoding="utf-8"))) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _functions(module: Path) -> list[str]:
    """The public functions of a library module, in source order."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    ]


def used_in(pages: list[QuestionPage]) -> dict[str, list[QuestionPage]]:
    """For each building block, the question pages whose programs carry a copy of it."""
    by_number = {page.number: page for page in pages}
    found: dict[str, set[int]] = defaultdict(set)
    for copy in copies(programs(), canonical_blocks()):
        found[copy.name].add(int(copy.path.name[1:3]))
    return {
        name: [by_number[n] for n in sorted(numbers) if n in by_number]
        for name, numbers in found.items()
    }


def _used_line(pages: list[QuestionPage]) -> str:
    if not pages:
        return "Used in: no question page yet."
    links = ", ".join(f"[Q{page.number}](../{page.uri})" for page in pages)
    return f"Used in: {links}."


def library_page(module: Path, used: dict[str, list[QuestionPage]], notice: str) -> str:
    """The page of one module: its summary, then each function and the pages that use it."""
    name = module.stem
    lines = [
        "---",
        notice,
        f"title: {json.dumps(TITLES[name])}",
        "---",
        "",
        f"# {TITLES[name]}",
        "",
        f"{_summary(module)} From `snippets/nn/{name}.py`: copy a function with the button on "
        "its source; it needs only NumPy.",
        "",
    ]
    for function in _functions(module):
        lines += [f"::: snippets.nn.{name}.{function}", "", _used_line(used.get(function, [])), ""]
    return "\n".join(lines)


def library_index(notice: str, library: Path = LIBRARY) -> str:
    """The library's front page: what it promises, and its modules grouped by topic."""
    lines = [
        "---",
        notice,
        "title: Snippet library",
        "---",
        "",
        "# Snippet library",
        "",
        "The building blocks of the site's programs, each defined once: activations, losses, "
        "layers and their backward passes, optimiser steps, initialisations, and the gradient "
        "check. Each function is NumPy only, numerically stable for every input, documented with "
        "its shapes, and tested: its docstring examples run, its gradient is checked against "
        "finite differences and against PyTorch's autograd. A question page's program that needs "
        "one carries an identical copy, so what you copy here is what the pages run.",
        "",
    ]
    for topic, modules in TOPICS.items():
        lines += [f"## {topic}", ""]
        for name in modules:
            module = library / f"{name}.py"
            functions = ", ".join(f"`{f}`" for f in _functions(module))
            lines.append(
                f"- [{TITLES[name]}]({name}.md): {_summary(module)} Functions: {functions}."
            )
        lines.append("")
    return "\n".join(lines)


def library_pages(
    pages: list[QuestionPage], notice: str, library: Path = LIBRARY
) -> dict[str, str]:
    """Every page of the library, by path under `docs/`."""
    modules = library_modules(library)
    unknown = [m.name for m in modules if m.stem not in TITLES]
    if unknown:
        raise UnknownModuleError(
            f"snippets/nn/{unknown[0]}: add it to a topic in tools/library_pages.py TOPICS"
        )
    used = used_in(pages)
    return {
        "reference/index.md": library_index(notice, library),
        **{f"reference/{module.stem}.md": library_page(module, used, notice) for module in modules},
    }
