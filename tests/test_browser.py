"""Layer 5: the reader's experience, proven in a real browser (SPEC P3, P4, P5).

Chromium (the system's where there is one; `.ci/run` installs Debian's ``chromium``) is driven by
Playwright against the built site, served on 127.0.0.1 under the path of ``site_url`` as GitHub
Pages serves it. One browser per session; every page of the site is opened once, and what the
tests below check is measured during that one visit (`audit`).

* search: natural queries land on the right page (the hit rate is printed);
* copy: a code block's copy button copies exactly the program the tests executed;
* rendering: maths typeset, images load, light/dark toggle remembered, no sideways scrolling at
  375 px;
* requests: no page asks any host but the local server for anything;
* accessibility: axe-core finds no serious or critical violation on any page, in either scheme;
* offline: the ``make build-offline`` variant works from ``file://``, search included.
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import os
import shutil
import threading
import urllib.parse
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tools.blocks import ROOT, extract_blocks, mkdocs_config
from tools.pages import question_pages

playwright_api = pytest.importorskip("playwright.sync_api")

#: Two groups, so that `make test`'s two xdist workers can share the browser layer: the audit of
#: every page in one, the interaction tests (search, copy, toggle, offline) in the other.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
AUDIT_GROUP = pytest.mark.xdist_group("browser-audit")

#: No background traffic of Chromium's own (updates, sync, field trials): every request seen
#: comes from the page.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
NARROW = 375
AXE_BLOCKING = {"serious", "critical"}

# --- Search: natural queries and the page that must be among the first three results ---------
# Written against the agreed page names, before looking at results; where search misses, improve
# the site (summaries, headings, tags, boosts), not this table.
SEARCHES = [
    (
        "difference between deep learning and machine learning",
        "01-deep-learning-vs-machine-learning",
    ),
    ("representation learning", "01-deep-learning-vs-machine-learning"),
    ("what is a perceptron", "02-perceptron"),
    ("step function", "02-perceptron"),
    ("perceptron convergence theorem", "02-perceptron"),
    ("is deep learning better than machine learning", "03-is-deep-learning-better"),
    ("gradient boosting on tabular data", "03-is-deep-learning-better"),
    ("applications of deep learning", "04-applications"),
    ("computer vision", "04-applications"),
    ("overfitting", "05-overfitting"),
    ("bias variance tradeoff", "05-overfitting"),
    ("early stopping", "05-overfitting"),
    ("activation functions", "06-activation-functions"),
    ("why do we need non-linearity", "06-activation-functions"),
    ("relu vs sigmoid", "06-activation-functions"),
    ("fourier transform", "07-fourier-transform"),
    ("fft convolution", "07-fourier-transform"),
    ("positional encoding", "07-fourier-transform"),
    ("perceptron learning rule", "08-training-a-perceptron"),
    ("how to train a perceptron", "08-training-a-perceptron"),
    ("loss function", "09-loss-function"),
    ("cross-entropy", "09-loss-function"),
    ("why not optimise accuracy directly", "09-loss-function"),
    ("pytorch or tensorflow", "10-frameworks"),
    ("is theano still maintained", "10-frameworks"),
    ("swish activation", "11-swish"),
    ("silu", "11-swish"),
    ("autoencoder", "12-autoencoders"),
    ("anomaly detection with reconstruction error", "12-autoencoders"),
    ("gradient descent steps", "13-gradient-descent"),
    ("stochastic vs mini-batch gradient descent", "13-gradient-descent"),
    ("xor problem", "14-single-vs-multi-layer-perceptron"),
    ("multi-layer perceptron", "14-single-vs-multi-layer-perceptron"),
    ("universal approximation theorem", "14-single-vs-multi-layer-perceptron"),
    ("why normalise inputs", "15-data-normalisation"),
    ("batch normalization", "15-data-normalisation"),
    ("feature scaling standardisation", "15-data-normalisation"),
    ("forward propagation", "16-forward-propagation"),
    ("forward pass", "16-forward-propagation"),
    ("backpropagation", "17-backpropagation"),
    ("chain rule", "17-backpropagation"),
    ("hyperparameters vs parameters", "18-hyperparameters"),
    ("batch size and epochs", "18-hyperparameters"),
    ("learning rate warmup", "18-hyperparameters"),
    ("hyperparameter tuning", "19-tuning-hyperparameters"),
    ("random search vs grid search", "19-tuning-hyperparameters"),
    ("hyperband", "19-tuning-hyperparameters"),
    ("lstm", "20-lstm"),
    ("exploding gradients", "20-lstm"),
    ("vanishing gradient in recurrent networks", "20-lstm"),
]
SEARCH_HIT_RATE = 0.95

# --- Serving ----------------------------------------------------------------------------------


def _base_path() -> str:
    """The path GitHub Pages serves the site under, from ``site_url`` (e.g. ``/repo/``)."""
    path = urllib.parse.urlparse(mkdocs_config().get("site_url") or "/").path or "/"
    return path if path.endswith("/") else path + "/"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site under ``prefix``, quietly."""

    prefix = "/"

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, format, *args):  # noqa: A002 (http.server API)
        pass


@pytest.fixture(scope="session")
def server(site: Path):
    """The built site on http://127.0.0.1:<free port><site_url path>."""
    handler = type("Handler", (_Handler,), {"prefix": _base_path()})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}{_base_path()}"
    httpd.shutdown()
    httpd.server_close()


def _chromium() -> str | None:
    """The system Chromium (or Chrome); None lets Playwright use its own download, if any."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            chromium = p.chromium.launch(
                executable_path=_chromium(), args=CHROMIUM_ARGS, headless=True
            )
        except playwright_api.Error as error:
            pytest.fail(
                f"cannot start Chromium ({error.message.splitlines()[0]}); install it "
                "(Debian: apt-get install chromium; `.ci/run` does) or set CHROMIUM=/path",
                pytrace=False,
            )
        yield chromium
        chromium.close()


def _pages(site: Path) -> list[str]:
    """Every page of the built site, as a path relative to the site root ('' is the home)."""
    pages = [p.relative_to(site).parent.as_posix() + "/" for p in sorted(site.rglob("index.html"))]
    return ["" if p == "./" else p for p in pages] + ["404.html"]


def _question_path(page) -> str:
    return page.uri.removesuffix(".md") + "/"


# --- One visit per page: everything measured at once --------------------------------------------

_OPEN_EVERYTHING = """() => {
  for (const details of document.querySelectorAll("details")) details.open = true;
}"""

_MEASURE = """async () => {
  const images = [...document.querySelectorAll("img")];
  await Promise.all(images.map(img => img.decode().catch(() => null)));
  const broken = images
    .filter(img => !(img.complete && img.naturalWidth > 0))
    .map(img => img.currentSrc || img.src);
  const maths = [...document.querySelectorAll("math")];
  const visible = maths.filter(m => m.checkVisibility());
  const hiddenOutsideTabs = maths.filter(m => !m.checkVisibility() && !m.closest(".tabbed-block"));
  const flat = visible.filter(m => {
    const r = m.getBoundingClientRect();
    return !(r.width > 0 && r.height > 0);
  });
  const notMathLayout = visible.filter(m => !getComputedStyle(m).display.includes("math"));
  return {
    images: images.length,
    broken,
    maths: maths.length,
    mathProblems: [
      ...flat.map(m => "zero size: " + (m.getAttribute("alttext") || m.textContent).slice(0, 80)),
      ...notMathLayout.map(m => "not laid out as MathML: " + (m.getAttribute("alttext") || "").slice(0, 80)),
      ...hiddenOutsideTabs.map(m => "hidden: " + (m.getAttribute("alttext") || "").slice(0, 80)),
      ...[...document.querySelectorAll("math merror")].map(e => "merror: " + e.textContent.slice(0, 80)),
    ],
  };
}"""

_OVERFLOW = """() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width + 1) return null;
  const culprits = [...document.body.querySelectorAll("*")]
    .filter(e => e.getBoundingClientRect().right > width + 1 && e.checkVisibility())
    .filter(e => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return false;
      }
      return true;
    })
    .slice(0, 5)
    .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : ""));
  return {scrollWidth: root.scrollWidth, width, culprits};
}"""

#: Highlighted code and MathML consist of thousands of one-word elements (tokens) per page, whose
#: text colour is one of a dozen theme colours on one background. axe-core's colour-contrast rule
#: examines each one with hit-testing (three quarters of the audit's time); `_TOKEN_CONTRAST`
#: instead computes the WCAG ratio once per distinct colour pair, for every token of every page,
#: in both schemes, and axe-core audits the rest of the page: all its rules in the light scheme,
#: the colour rules again in the dark one.
#: The API reference has a page per module of `snippets/`, all from one template (mkdocstrings),
#: most of whose markup is the site navigation, the same on every page. The first module page is
#: audited like every other page; on the others the navigation is left out and the dark scheme is
#: checked only by the token check (a third of the audit's time saved).
_TOKENS = "pre code, pre code *, math, math *"
_AXE_CONTEXT = {"exclude": [["pre code"], ["math"]]}
_SAME_TEMPLATE_CONTEXT = {"exclude": [*_AXE_CONTEXT["exclude"], [".md-sidebar--primary"]]}
_AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]
#: Violations only, without CSS selectors (computing them for every checked node costs half the
#: run); a page with a blocking violation is audited again with selectors, to name the elements.
_AXE_FAST = {"resultTypes": ["violations"], "selectors": False, "ancestry": False, "xpath": False}
_AXE_RUN = """async ([context, options]) => {
  const results = await axe.run(context, options);
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => ((n.target || []).join(" ") || "") + " " + n.html.slice(0, 120)
      + " | " + (n.failureSummary || "").split("\\n").slice(1, 2).join(" ").slice(0, 200)),
  }));
}"""

_TOKEN_CONTRAST = """(selector) => {
  const rgba = c => { const v = c.match(/[\\d.]+/g).map(Number); return v.length > 3 ? v : [...v, 1]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = rgb => {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgrounds = new Map();
  const background = el => {
    if (!el) return [255, 255, 255];
    if (backgrounds.has(el)) return backgrounds.get(el);
    const c = rgba(getComputedStyle(el).backgroundColor);
    const value = c[3] >= 1 ? c.slice(0, 3) : over(c, background(el.parentElement));
    backgrounds.set(el, value);
    return value;
  };
  const seen = new Map();
  for (const el of document.querySelectorAll(selector)) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const bg = background(el.parentElement);
    const fg = over(rgba(style.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const key = fg.map(Math.round).join(",") + " on " + bg.map(Math.round).join(",");
    if (ratio < needed && !seen.has(key))
      seen.set(key, `${ratio.toFixed(2)}:1 < ${needed}:1 for <${el.tagName.toLowerCase()} class="${el.className}">${el.textContent.trim().slice(0, 30)}</…>: rgb(${key})`);
  }
  return [...seen.values()];
}"""


@dataclasses.dataclass
class Visit:
    """What one page did and showed."""

    requests: list[str] = dataclasses.field(default_factory=list)
    errors: list[str] = dataclasses.field(default_factory=list)
    images: int = 0
    broken_images: list[str] = dataclasses.field(default_factory=list)
    maths: int = 0
    math_problems: list[str] = dataclasses.field(default_factory=list)
    overflow: dict | None = None
    violations: dict[str, list[dict]] = dataclasses.field(
        default_factory=lambda: {"light": [], "dark": []}
    )
    token_contrast: dict[str, list[str]] = dataclasses.field(default_factory=dict)


def _axe(page, context: dict, options: dict) -> list[dict]:
    violations = page.evaluate(_AXE_RUN, [context, {**_AXE_FAST, **options}])
    if any(v["impact"] in AXE_BLOCKING for v in violations):  # again, naming the elements
        violations = page.evaluate(_AXE_RUN, [context, {"resultTypes": ["violations"], **options}])
    return violations


def _set_scheme(page, scheme: str) -> None:
    """Switch Material's colour scheme in place, as its palette toggle does, with transitions off
    (as Material switches them off) so that no colour is measured half-way."""
    page.evaluate(
        """s => {
          document.body.setAttribute("data-md-color-switching", "");
          document.body.setAttribute("data-md-color-scheme", s);
        }""",
        scheme,
    )


@pytest.fixture(scope="module")
def audit(browser, server, site) -> dict[str, Visit]:
    """Open every page once (desktop size, light scheme, every ``<details>`` opened) and measure
    it: requests, script errors, images, maths, width at 375 px, accessibility (axe-core and the
    token contrast check), then the same page in the dark scheme."""
    axe_script = Axe().axe_script
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    visits: dict[str, Visit] = {}
    current: list[Visit] = []  # the visit in progress, last
    modules = [p for p in _pages(site) if p.startswith("reference/q")]
    same_template = set(modules[1:])
    page.on("request", lambda r: current[-1].requests.append(r.url) if current else None)
    page.on("pageerror", lambda e: current[-1].errors.append(str(e)) if current else None)
    for path in _pages(site):
        visit = visits[path] = Visit()
        current.append(visit)
        page.goto(server + path, wait_until="load")
        page.evaluate(_OPEN_EVERYTHING)
        measured = page.evaluate(_MEASURE)
        visit.images, visit.broken_images = measured["images"], measured["broken"]
        visit.maths, visit.math_problems = measured["maths"], measured["mathProblems"]
        page.set_viewport_size({"width": NARROW, "height": DESKTOP["height"]})
        visit.overflow = page.evaluate(_OVERFLOW)
        page.set_viewport_size(DESKTOP)
        page.evaluate(axe_script)
        for scheme, material_scheme, options in (
            ("light", "default", {}),
            ("dark", "slate", {"runOnly": _AXE_COLOUR_RULES}),
        ):
            _set_scheme(page, material_scheme)
            if path not in same_template:
                visit.violations[scheme] = _axe(page, _AXE_CONTEXT, options)
            elif scheme == "light":
                visit.violations[scheme] = _axe(page, _SAME_TEMPLATE_CONTEXT, options)
            visit.token_contrast[scheme] = page.evaluate(_TOKEN_CONTRAST, _TOKENS)
    context.close()
    return visits


def _report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{path or '(home)'}: {p}" for path, found in problems.items() for p in found)


@AUDIT_GROUP
def test_every_page_is_audited(audit, site):
    assert len(audit) == len(_pages(site)) > 20
    questions = {_question_path(p) for p in question_pages()}
    assert questions <= set(audit), f"question pages not visited: {questions - set(audit)}"


@AUDIT_GROUP
def test_no_request_leaves_the_local_server(audit, server):
    origin = urllib.parse.urlsplit(server)
    problems = {
        path: [
            url
            for url in visit.requests
            if urllib.parse.urlsplit(url).netloc != origin.netloc
            and not url.startswith(("data:", "blob:", "about:"))
        ]
        for path, visit in audit.items()
    }
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "requests to another host:\n" + _report(problems)
    assert all(visit.requests for visit in audit.values())


@AUDIT_GROUP
def test_no_javascript_error(audit):
    problems = {path: visit.errors for path, visit in audit.items() if visit.errors}
    assert not problems, _report(problems)


@AUDIT_GROUP
def test_every_image_loads(audit):
    problems = {path: visit.broken_images for path, visit in audit.items() if visit.broken_images}
    assert not problems, "images that did not load:\n" + _report(problems)
    assert sum(visit.images for visit in audit.values()) > 0, "no image anywhere: vacuous"


@AUDIT_GROUP
def test_maths_is_typeset(audit, site):
    problems = {path: visit.math_problems for path, visit in audit.items() if visit.math_problems}
    assert not problems, "maths not typeset:\n" + _report(problems)
    # Every page whose built HTML holds MathML showed it (the audit counted it in the browser).
    for html_file in site.rglob("index.html"):
        path = html_file.relative_to(site).parent.as_posix() + "/"
        if "<math" in html_file.read_text(encoding="utf-8"):
            assert audit["" if path == "./" else path].maths > 0, path
    assert sum(visit.maths for visit in audit.values()) > 0, "no maths anywhere: vacuous"


@AUDIT_GROUP
def test_no_horizontal_scrolling_at_375_pixels(audit):
    problems = {
        path: [
            f"page is {v.overflow['scrollWidth']} px wide in a {v.overflow['width']} px viewport; "
            f"sticking out: {', '.join(v.overflow['culprits'])}"
        ]
        for path, v in audit.items()
        if v.overflow
    }
    assert not problems, _report(problems)


@AUDIT_GROUP
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_audit_finds_nothing_serious(audit, scheme):
    problems = {
        path: [
            f"[{v['impact']}] {v['id']}: {v['help']}\n      " + "\n      ".join(v["nodes"])
            for v in visit.violations[scheme]
            if v["impact"] in AXE_BLOCKING
        ]
        for path, visit in audit.items()
    }
    for path, visit in audit.items():
        problems.setdefault(path, []).extend(
            f"[token contrast] {p}" for p in visit.token_contrast[scheme]
        )
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"accessibility ({scheme} scheme):\n" + _report(problems)


# --- Copy buttons -------------------------------------------------------------------------------


def test_copy_button_copies_exactly_the_executed_program(browser, server):
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(server))
    context = browser.new_context(viewport=DESKTOP)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page = context.new_page()
    checked, problems = 0, []
    for question in question_pages():
        executed = [block.code.rstrip("\n") for block in extract_blocks(question.path)]
        page.goto(server + _question_path(question), wait_until="load")
        page.evaluate(_OPEN_EVERYTHING)
        buttons = page.locator("div.language-python button[data-md-type='copy']")
        if buttons.count() != len(executed):
            problems.append(
                f"docs/{question.uri}: {buttons.count()} copy buttons on Python blocks, "
                f"{len(executed)} programs executed"
            )
            continue
        for index, code in enumerate(executed):
            page.evaluate("navigator.clipboard.writeText('')")
            buttons.nth(index).click()
            copied = page.evaluate("navigator.clipboard.readText()")
            checked += 1
            if copied != code:
                problems.append(
                    f"docs/{question.uri}: block {index + 1} copies {len(copied)} characters, "
                    f"the executed program has {len(code)}: {copied[:60]!r}…"
                )
    context.close()
    assert not problems, "\n".join(problems)
    assert checked > 0, "no Python block found: vacuous"


# --- Colour scheme ------------------------------------------------------------------------------

_SCHEME = """() => ({
  scheme: document.body.getAttribute("data-md-color-scheme"),
  background: getComputedStyle(document.body).backgroundColor,
})"""


def _luminance(css_rgb: str) -> float:
    r, g, b = (int(float(x)) for x in css_rgb[css_rgb.index("(") + 1 : -1].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def _toggle_to(page, scheme: str) -> None:
    for _ in range(3):  # the toggle cycles: system preference -> light -> dark -> system
        if page.evaluate(_SCHEME)["scheme"] == scheme and page.evaluate(
            "document.body.getAttribute('data-md-color-media') !== '(prefers-color-scheme)'"
        ):
            return
        page.locator("form[data-md-component='palette'] label:visible").first.click()
    raise AssertionError(f"the toggle never reached the {scheme!r} scheme")


def test_colour_scheme_toggle_works_and_is_remembered(browser, server):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    page.goto(server, wait_until="load")
    first = page.evaluate(_SCHEME)
    assert first["scheme"] == "default" and _luminance(first["background"]) > 0.8, first

    _toggle_to(page, "slate")
    dark = page.evaluate(_SCHEME)
    assert _luminance(dark["background"]) < 0.3, f"dark scheme chosen but background is {dark}"

    question = _question_path(question_pages()[0])
    page.goto(server + question, wait_until="load")  # a full page load
    assert page.evaluate(_SCHEME)["scheme"] == "slate", "dark scheme forgotten on another page"
    page.reload(wait_until="load")
    assert page.evaluate(_SCHEME)["scheme"] == "slate", "dark scheme forgotten on reload"
    page.locator("a.md-nav__link[href]").filter(has_text="Home").first.click()  # instant nav
    page.wait_for_url(server)
    assert page.evaluate(_SCHEME)["scheme"] == "slate", "dark scheme forgotten by instant nav"

    _toggle_to(page, "default")
    page.reload(wait_until="load")
    light = page.evaluate(_SCHEME)
    assert light["scheme"] == "default" and _luminance(light["background"]) > 0.8, light
    context.close()


def test_dark_system_preference_is_followed(browser, server):
    context = browser.new_context(viewport=DESKTOP, color_scheme="dark")
    page = context.new_page()
    page.goto(server, wait_until="load")
    assert page.evaluate(_SCHEME)["scheme"] == "slate"
    context.close()


# --- Search -------------------------------------------------------------------------------------


def _search(page, query: str) -> list[str]:
    """The pages of the first three results, as site paths ('questions/02-perceptron/')."""
    field = page.locator("input.md-search__input")
    field.fill("")
    page.wait_for_function("document.querySelectorAll('li.md-search-result__item').length === 0")
    field.fill(query)
    page.wait_for_function(
        """() => document.querySelectorAll('li.md-search-result__item').length > 0
              || /^No matching/.test(document.querySelector('.md-search-result__meta').textContent.trim())"""
    )
    hrefs = page.evaluate(
        """() => [...document.querySelectorAll('li.md-search-result__item > a')]
                 .map(a => a.href)"""
    )
    pages = []
    for href in hrefs:
        path = urllib.parse.urlsplit(href).path
        if path not in pages:
            pages.append(path)
    return pages[:3]


def test_search_finds_the_right_page(browser, server, record_property):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(server, wait_until="load")
    base = urllib.parse.urlsplit(server).path
    existing = {p.path.stem for p in question_pages()}
    rows, misses, missing_pages = [], [], []
    for query, expected in SEARCHES:
        if expected not in existing:
            missing_pages.append(expected)
            continue
        found = [p.removeprefix(base) for p in _search(page, query)]
        hit = f"questions/{expected}/" in found
        rows.append(hit)
        if not hit:
            misses.append(f"  MISS {query!r}: wanted {expected}, got {found}")
    context.close()
    rate = sum(rows) / len(rows) if rows else 0.0
    summary = (
        f"search: {sum(rows)}/{len(rows)} queries find their page in the top 3 "
        f"({rate:.0%}; at least {SEARCH_HIT_RATE:.0%} required)"
    )
    if missing_pages:
        summary += f"; not yet written, so not searched: {sorted(set(missing_pages))}"
    record_property("summary", "\n".join([summary, *misses]))
    print(summary, *misses, sep="\n")
    assert len(SEARCHES) >= 30
    assert rate >= SEARCH_HIT_RATE, "\n".join([summary, *misses])


# --- Offline variant, from file:// ---------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    """``make build-offline``: mkdocs.offline.yml with OFFLINE=true, built strictly."""
    from tests.conftest import build_site

    destination = tmp_path_factory.mktemp("offline") / "site-offline"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OFFLINE", "true")
        build = build_site(destination, ROOT / "mkdocs.offline.yml")
    if build.returncode != 0:
        pytest.fail(f"offline build failed:\n{build.log}", pytrace=False)
    return destination


def test_offline_build_works_from_file_urls_with_search(browser, offline_site):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((offline_site / "index.html").as_uri(), wait_until="load")

    found = _search(page, "perceptron")  # file-system paths of the result pages
    assert found, "search found nothing from file://"
    assert all(p.endswith(".html") for p in found), f"offline results must name files: {found}"
    assert str(offline_site / "questions" / "02-perceptron.html") in found, found
    page.locator("li.md-search-result__item > a").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://"), page.url
    assert urllib.parse.urlsplit(page.url).path == found[0]
    assert page.locator("article h1").count() == 1

    page.goto((offline_site / "questions" / "02-perceptron.html").as_uri(), wait_until="load")
    assert "perceptron" in page.locator("article h1").inner_text().lower()
    link = page.locator("nav.md-nav--primary a.md-nav__link[href$='.html']").last
    link.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.locator("article h1").count() == 1

    outside = [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert not outside, f"the offline site requested: {outside}"
    assert not errors, errors
    context.close()
