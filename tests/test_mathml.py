"""The maths extension (`tools/mathml.py`): one test per correction rule, and the failure path.

Each rule's test converts a formula and checks the MathML property the rule guarantees; the same
conversion without that rule must lack it, so every test proves its rule is needed.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import markdown
import pytest

from tests.support.build import build_site
from tools.mathml import POLISH, REWRITES, MathConversionError, Rule, latex_to_mathml, typeset
from tools.paths import ROOT

NS = "{http://www.w3.org/1998/Math/MathML}"


def tree(mathml: str) -> ET.Element:
    return ET.fromstring(mathml)


def elements(mathml: str, tag: str) -> list[ET.Element]:
    return list(tree(mathml).iter(NS + tag))


def thin_space_after(mathml: str, tag: str) -> bool:
    """Some ``tag`` element (``mi`` holding a function name, or ``msub``) is followed by a thin
    space."""
    for parent in tree(mathml).iter():
        children = list(parent)
        for first, second in zip(children, children[1:], strict=False):
            if first.tag == NS + tag and second.tag == NS + "mspace":
                return second.get("width") == "0.1667em"
    return False


def _norm_bars_do_not_stretch(m: str) -> bool:
    bars = [mo for mo in elements(m, "mo") if mo.text == "\u2016"]
    return len(bars) == 2 and all(mo.get("stretchy") == "false" for mo in bars)


def _sized_script_delimiter_in_mrow(m: str) -> bool:
    (msup,) = elements(m, "msup")
    base = msup[0]
    return (
        base.tag == NS + "mrow"
        and base[0].get("minsize") is not None
        and base[0].get("stretchy") == "true"
    )


def _sized_delimiters_stretch(m: str) -> bool:
    sized = [mo for mo in elements(m, "mo") if mo.get("minsize")]
    return len(sized) == 2 and all(
        mo.get("stretchy") == "true" and mo.get("symmetric") == "true" for mo in sized
    )


def _prime_is_an_operator(m: str) -> bool:
    primes = [mo for mo in elements(m, "mo") if mo.text == "\u2032"]
    return not elements(m, "msup") and len(primes) == 1 and primes[0].get("lspace") == "0"


def _slash_is_ordinary(m: str) -> bool:
    (slash,) = [mo for mo in elements(m, "mo") if mo.text == "/"]
    return slash.get("lspace") == "0" and slash.get("rspace") == "0"


def _number(character: str):
    return lambda m: [mn.text for mn in elements(m, "mn")] == [character]


def _identifier(character: str):
    return lambda m: [mi.text for mi in elements(m, "mi")] == [character]


#: rule name -> (LaTeX, the property the rule guarantees)
CASES = {
    "aligned as split": (
        r"\begin{aligned} a &= b \\ c &= d \end{aligned}",
        lambda m: len(elements(m, "mtr")) == 2,
    ),
    "norm bar": (r"\lVert x \rVert^2", _norm_bars_do_not_stretch),
    "sized delimiter with a script": (r"\big( x \big)^2", _sized_script_delimiter_in_mrow),
    "sized delimiter": (r"\big( x \big)", _sized_delimiters_stretch),
    "prime": (r"f'(x)", _prime_is_an_operator),
    "function name before its operand": (r"\log p", lambda m: thin_space_after(m, "mi")),
    "function name with a script before its operand": (
        r"\log_2 p",
        lambda m: thin_space_after(m, "msub"),
    ),
    "slash": (r"a / b", _slash_is_ordinary),
    "bold one": (r"\mathbf{1}", _number("\U0001d7cf")),
    "double-struck one": (r"\mathbb{1}", _number("\U0001d7d9")),
    "script letter": (r"\mathscr{L}", _identifier("\u2112")),
}


def test_every_rule_has_a_test():
    names = [rule.name for rule in [*REWRITES, *POLISH]]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert set(names) == set(CASES), f"untested: {set(names) - set(CASES)}"


def _without(name: str, tex: str) -> str | None:
    """The MathML without the rule called ``name``; None when that conversion fails."""
    try:
        return latex_to_mathml(
            tex,
            display=False,
            rewrites=[r for r in REWRITES if r.name != name],
            polish=[r for r in POLISH if r.name != name],
        )
    except MathConversionError:
        return None


@pytest.mark.parametrize("name", list(CASES))
def test_rule(name):
    tex, holds = CASES[name]
    assert holds(latex_to_mathml(tex, display=False)), f"{name}: property missing"
    without = _without(name, tex)
    assert without is None or not holds(without), f"{name}: the property holds without the rule"


def test_script_letters_outside_the_letterlike_block():
    """Letters with no Letterlike Symbols code point map to Mathematical Script Capitals."""
    assert _identifier("\U0001d49c")(latex_to_mathml(r"\mathscr{A}", display=False))


def test_the_latex_is_the_alt_text_and_display_maths_is_a_block():
    mathml = latex_to_mathml(r" a < b ", display=True)
    root = tree(mathml)
    assert root.get("alttext") == "a < b" and root.get("display") == "block"


@pytest.mark.parametrize(
    ("tex", "named"),
    [
        (r"\arg\min_x f(x)", r"\arg"),
        (r"a & b", "<mi>&</mi>"),
        (r"\Big\lVert x \Big\rVert", r"\lVert"),
    ],
)
def test_a_formula_that_cannot_be_converted_faithfully_raises(tex, named):
    with pytest.raises(MathConversionError, match="unsupported LaTeX") as raised:
        latex_to_mathml(tex, display=False)
    assert named in str(raised.value) and tex in str(raised.value)


def test_malformed_mathml_raises():
    broken = [Rule("drops the closing tag", r"</math>", "")]
    with pytest.raises(MathConversionError, match=r"invalid MathML .* from: x"):
        latex_to_mathml("x", display=False, polish=broken)


def test_the_extension_typesets_what_arithmatex_marks():
    md = markdown.Markdown(
        extensions=["pymdownx.arithmatex", "tools.mathml"],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
    html = md.convert("Inline $a < b$.\n\n$$\nx^2\n$$\n")
    assert 'class="arithmatex"' not in html
    assert '<math alttext="a &lt; b" ' in html
    assert '<div class="math-display"><math alttext="x^2" ' in html
    assert typeset("<p>no maths</p>") == "<p>no maths</p>"


def test_the_build_fails_naming_the_page_and_the_formula(tmp_path):
    """MkDocs (found on the venv's path, from any folder: `make install` writes a .pth file)
    loads the extension, and a formula it cannot convert fails the strict build."""
    project = tmp_path / "maths_site"
    shutil.copytree(ROOT / "tests" / "fixtures" / "maths_site", project)
    build = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert "Failed to load extension 'tools.mathml'" not in build.log, (
        "the venv cannot import this checkout's tools/: run `make install`\n" + build.log
    )
    assert build.returncode != 0
    assert (
        "Error reading page 'broken.md': unsupported LaTeX ['\\\\arg'] in: \\arg\\min_x f(x)"
        in (build.log)
    ), build.log
