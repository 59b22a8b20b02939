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


_FUNCTIONS = "log|ln|exp|tanh|sinh|cosh|sin|cos|tan|max|min|det|sup|inf|lim|arg|Pr"
_OPERAND = r"(?=<(?:mi|mn|msub|msup|msubsup|mrow|mfrac)\b)"
_SCRIPT_LETTERS = dict(
    zip("BEFHILMR", "\u212c\u2130\u2131\u210b\u2110\u2112\u2133\u211b", strict=True)
)


def _script_letter(letter: str) -> str:
    return _SCRIPT_LETTERS.get(letter, chr(0x1D49C + ord(letter) - ord("A")))


#: Corrections to latex2mathml's output for how Chromium lays MathML out, each found by looking at
#: rendered pages: TeX spacing and sizes that MathML Core only gets with explicit attributes.
_POLISH = [
    # \lVert … \rVert: a bare norm bar must not stretch to the height of a following exponent.
    (r"<mo>&#x02016;</mo>", '<mo stretchy="false">&#x02016;</mo>'),
    # \big( … \big)^2: a sized delimiter carrying a script keeps its size inside an mrow.
    (
        r'<(msup|msub|msubsup)><mo (minsize="[^"]+" maxsize="[^"]+")>([^<]+)</mo>',
        r'<\1><mrow><mo \2 stretchy="true" symmetric="true">\3</mo></mrow>',
    ),
    (r'<mo (minsize="[^"]+" maxsize="[^"]+")>', r'<mo \1 stretchy="true" symmetric="true">'),
    # f': the prime character is already raised; as a superscript it floats tiny and high.
    (
        r"<msup>(<mi>[^<]+</mi>)<mi>&#x02032;</mi></msup>",
        r'\1<mo lspace="0" rspace="0">&#x02032;</mo>',
    ),
    # \log p, \tanh z: TeX puts a thin space between a function name and its operand.
    (
        rf"(?<!<msup>)(?<!<msub>)(?<!<msubsup>)(<mi>(?:{_FUNCTIONS})</mi>)" + _OPERAND,
        r'\1<mspace width="0.1667em"/>',
    ),
    (
        rf"(<(msup|msub)><mi>(?:{_FUNCTIONS})</mi>(?:<mi>[^<]*</mi>|<mn>[^<]*</mn>|<mrow>(?:(?!</?mrow>).)*</mrow>)</\2>)"
        + _OPERAND,
        r'\1<mspace width="0.1667em"/>',
    ),
    # a / b: an ordinary symbol in TeX, without operator spacing.
    (r"<mo>&#x0002F;</mo>", '<mo lspace="0" rspace="0">&#x0002F;</mo>'),
    # \mathbf{1}, \mathbb{1}: Chromium ignores mathvariant; use the mathematical characters.
    (r'<mn mathvariant="bold">1</mn>', "<mn>&#x1D7CF;</mn>"),
    (r'<mn mathvariant="double-struck">1</mn>', "<mn>&#x1D7D9;</mn>"),
]


def _polish(mathml: str) -> str:
    for pattern, replacement in _POLISH:
        mathml = re.sub(pattern, replacement, mathml)
    return re.sub(
        r'<mi mathvariant="script">([A-Z])</mi>',
        lambda m: f"<mi>{_script_letter(m[1])}</mi>",
        mathml,
    )


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
    mathml = _polish(convert(source, display="block" if display else "inline"))
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
