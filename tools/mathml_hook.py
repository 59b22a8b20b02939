"""MkDocs hook: typeset LaTeX as MathML at build time.

`pymdownx.arithmatex` (generic mode) marks maths as ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>``. This hook replaces each with MathML from
`latex2mathml`, which browsers render natively: no JavaScript, no fonts to download, no request to
any host (SPEC P5), and no page weight beyond the markup itself.

A formula that `latex2mathml` cannot convert faithfully fails the build with the page's name
(under ``strict``), instead of showing raw LaTeX to readers.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert
from mkdocs.exceptions import PluginError

_MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])</(?P=tag)>',
    re.DOTALL,
)
#: ``aligned`` is not supported by latex2mathml; ``split`` renders the same layout.
_REWRITES = [(r"\begin{aligned}", r"\begin{split}"), (r"\end{aligned}", r"\end{split}")]


def latex_to_mathml(tex: str, display: bool) -> str:
    """Convert one formula; raise ValueError when the result would not be faithful.

    Parameters
    ----------
    tex : str
        LaTeX source without delimiters.
    display : bool
        Display (block) maths if True, inline otherwise.
    """
    source = tex.strip()
    for old, new in _REWRITES:
        source = source.replace(old, new)
    mathml = convert(source, display="block" if display else "inline")
    # latex2mathml passes unknown commands (``\lVert`` after ``\Big``, ``\arg``) through as text,
    # and stray alignment marks as identifiers.
    bad = re.findall(r"\\[A-Za-z]+", mathml) + re.findall(r"<mi>&</mi>", mathml)
    if bad:
        raise ValueError(f"unsupported LaTeX {sorted(set(bad))} in: {tex.strip()}")
    try:
        ET.fromstring(mathml)
    except ET.ParseError as error:
        raise ValueError(f"invalid MathML ({error}) from: {tex.strip()}") from error
    # Screen readers announce MathML; the LaTeX is kept as the accessible fallback text.
    return mathml.replace("<math ", f'<math alttext="{html.escape(source, quote=True)}" ', 1)


def on_page_content(html_text: str, page, config, files) -> str:  # noqa: ARG001 (MkDocs API)
    """Replace every arithmatex element of a page with MathML."""

    def replace(match: re.Match) -> str:
        display = match["tag"] == "div"
        try:
            mathml = latex_to_mathml(html.unescape(match["tex"]), display)
        except Exception as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from error
        return f'<div class="math-display">{mathml}</div>' if display else mathml

    return _MATH.sub(replace, html_text)
