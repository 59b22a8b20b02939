"""Python-Markdown extensions that rewrite a page's final HTML (the maths, the search marks).

A postprocessor registered below raw HTML restoration (priority 30) sees the page as MkDocs,
ProperDocs or any other builder running Python-Markdown gets it, with stashed HTML (highlighted
code, mkdocstrings' output, arithmatex's maths) in place.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor


def html_extension(rewrite: Callable[[str], str], name: str, priority: int) -> type[Extension]:
    """An extension class whose postprocessor ``name`` applies ``rewrite`` to the final HTML."""

    class _Rewrite(Postprocessor):
        def run(self, text: str) -> str:
            return rewrite(text)

    class _Extension(Extension):
        def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
            md.postprocessors.register(_Rewrite(md), name, priority)

    _Extension.__name__ = _Extension.__qualname__ = f"{name.title().replace('_', '')}Extension"
    return _Extension
