"""A Python-Markdown extension: LaTeX typeset as MathML when the page is converted.

`pymdownx.arithmatex` (generic mode) marks maths as ``<span class="arithmatex">\\(…\\)</span>``
and ``<div class="arithmatex">\\[…\\]</div>``. This extension's postprocessor, which runs after
raw HTML is restored, replaces each with MathML from `latex2mathml`, which browsers render
natively: no JavaScript, no fonts to download, no request to any host, and no page weight beyond
the markup itself. Being a Markdown extension (``markdown_extensions: [tools.mathml]``), not a
MkDocs hook, it works wherever Python-Markdown does: MkDocs, ProperDocs, Zensical, mkdocstrings.

A formula that `latex2mathml` cannot convert faithfully raises `MathConversionError`, which fails
the build; MkDocs names the page (``Error reading page 'questions/….md'``), the error names the
formula.
"""

from __future__ import annotations

import dataclasses
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from latex2mathml.converter import convert
from markdown import Extension

from tools.html_extension import html_extension


class MathConversionError(ValueError):
    """A formula that would not reach readers as written."""


@dataclasses.dataclass(frozen=True)
class Rule:
    """One correction: ``pattern`` (a regular expression) replaced by ``replacement``."""

    name: str
    pattern: str
    replacement: str | Callable[[re.Match], str]

    def apply(self, text: str) -> str:
        return re.sub(self.pattern, self.replacement, text)


#: Rewrites of the LaTeX source before conversion.
REWRITES = [
    # latex2mathml does not support ``aligned``; ``split`` renders the same layout.
    Rule("aligned as split", r"\\(begin|end)\{aligned\}", r"\\\1{split}"),
]

_FUNCTIONS = "log|ln|exp|tanh|sinh|cosh|sin|cos|tan|max|min|det|sup|inf|lim|arg|Pr"
_OPERAND = r"(?=<(?:mi|mn|msub|msup|msubsup|mrow|mfrac)\b)"
_SCRIPT_LETTERS = dict(
    zip("BEFHILMR", "\u212c\u2130\u2131\u210b\u2110\u2112\u2133\u211b", strict=True)
)


def _script_letter(match: re.Match) -> str:
    letter = match[1]
    return f"<mi>{_SCRIPT_LETTERS.get(letter, chr(0x1D49C + ord(letter) - ord('A')))}</mi>"


#: Corrections to latex2mathml's output for how Chromium lays MathML out, each found by looking at
#: rendered pages: TeX spacing and sizes that MathML Core only gets with explicit attributes.
#: `tests/test_mathml.py` holds one test per rule.
POLISH = [
    # \lVert … \rVert: a bare norm bar must not stretch to the height of a following exponent.
    Rule("norm bar", r"<mo>&#x02016;</mo>", '<mo stretchy="false">&#x02016;</mo>'),
    # \big( … \big)^2: a sized delimiter carrying a script keeps its size inside an mrow.
    Rule(
        "sized delimiter with a script",
        r'<(msup|msub|msubsup)><mo (minsize="[^"]+" maxsize="[^"]+")>([^<]+)</mo>',
        r'<\1><mrow><mo \2 stretchy="true" symmetric="true">\3</mo></mrow>',
    ),
    Rule(
        "sized delimiter",
        r'<mo (minsize="[^"]+" maxsize="[^"]+")>',
        r'<mo \1 stretchy="true" symmetric="true">',
    ),
    # f': the prime character is already raised; as a superscript it floats tiny and high.
    Rule(
        "prime",
        r"<msup>(<mi>[^<]+</mi>)<mi>&#x02032;</mi></msup>",
        r'\1<mo lspace="0" rspace="0">&#x02032;</mo>',
    ),
    # \log p, \tanh z: TeX puts a thin space between a function name and its operand.
    Rule(
        "function name before its operand",
        rf"(?<!<msup>)(?<!<msub>)(?<!<msubsup>)(<mi>(?:{_FUNCTIONS})</mi>)" + _OPERAND,
        r'\1<mspace width="0.1667em"/>',
    ),
    Rule(
        "function name with a script before its operand",
        rf"(<(msup|msub)><mi>(?:{_FUNCTIONS})</mi>(?:<mi>[^<]*</mi>|<mn>[^<]*</mn>|<mrow>(?:(?!</?mrow>).)*</mrow>)</\2>)"
        + _OPERAND,
        r'\1<mspace width="0.1667em"/>',
    ),
    # a / b: an ordinary symbol in TeX, without operator spacing.
    Rule("slash", r"<mo>&#x0002F;</mo>", '<mo lspace="0" rspace="0">&#x0002F;</mo>'),
    # \mathbf{1}, \mathbb{1}: Chromium ignores mathvariant; use the mathematical characters.
    Rule("bold one", r'<mn mathvariant="bold">1</mn>', "<mn>&#x1D7CF;</mn>"),
    Rule("double-struck one", r'<mn mathvariant="double-struck">1</mn>', "<mn>&#x1D7D9;</mn>"),
    Rule("script letter", r'<mi mathvariant="script">([A-Z])</mi>', _script_letter),
]


def latex_to_mathml(
    tex: str, display: bool, rewrites: list[Rule] = REWRITES, polish: list[Rule] = POLISH
) -> str:
    """Convert one formula to MathML, corrected for Chromium, with the LaTeX as its alt text.

    Parameters
    ----------
    tex : str
        LaTeX source without delimiters.
    display : bool
        Display (block) maths if True, inline otherwise.
    rewrites, polish : list of Rule
        The corrections applied to the source and to the MathML (the tests leave one out).

    Raises
    ------
    MathConversionError
        When the result would not be faithful: an unsupported command, a stray ``&``, or MathML
        that is not well-formed.
    """
    source = tex.strip()
    for rule in rewrites:
        source = rule.apply(source)
    mathml = convert(source, display="block" if display else "inline")
    for rule in polish:
        mathml = rule.apply(mathml)
    # latex2mathml passes unknown commands (``\lVert`` after ``\Big``, ``\arg``) through as text,
    # and stray alignment marks as identifiers.
    bad = re.findall(r"\\[A-Za-z]+", mathml) + re.findall(r"<mi>&</mi>", mathml)
    if bad:
        raise MathConversionError(f"unsupported LaTeX {sorted(set(bad))} in: {source}")
    try:
        ET.fromstring(mathml)
    except ET.ParseError as error:
        raise MathConversionError(f"invalid MathML ({error}) from: {source}") from error
    # Screen readers announce MathML; the LaTeX is kept as the accessible fallback text.
    return mathml.replace("<math ", f'<math alttext="{html.escape(source, quote=True)}" ', 1)


_MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])</(?P=tag)>',
    re.DOTALL,
)


def typeset(html_text: str) -> str:
    """Replace every arithmatex element of converted HTML with MathML."""

    def replace(match: re.Match) -> str:
        display = match["tag"] == "div"
        mathml = latex_to_mathml(html.unescape(match["tex"]), display)
        return f'<div class="math-display">{mathml}</div>' if display else mathml

    return _MATH.sub(replace, html_text)


#: ``markdown_extensions: [pymdownx.arithmatex: {generic: true}, tools.mathml]``; priority 5,
#: after raw HTML is restored (arithmatex stashes the maths there).
MathMLExtension = html_extension(typeset, "mathml", 5)


def makeExtension(**kwargs) -> Extension:  # noqa: N802 (Python-Markdown API)
    return MathMLExtension(**kwargs)
