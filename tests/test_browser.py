"""Layer 5: the reader's experience, proven in a real browser (promises P3, P4, P5: README).

Chromium (the system's where there is one, its headless shell first: `.ci/run` installs Debian's
``chromium-headless-shell``; `tests/support/local_site.py`) is driven by Playwright against the
built site, served on 127.0.0.1 under the path of ``site_url`` as GitHub Pages serves it. One
browser per xdist worker, a fresh context per test. Every page of the site is opened once
(`test_every_page_in_the_browser`, in two parts) and checked during that visit:

* requests: the page asks no host but the local server for anything;
* rendering: no script error, every image loads, maths is typeset (MathML laid out, non-zero
  size), no sideways scrolling at 375 px;
* accessibility: no serious or critical axe-core violation, and text contrast (WCAG AA) in the
  light and the dark scheme;
* copy buttons: on a question page each Python block's button copies exactly the program the
  suite runs; on a snippet library page, exactly the function of `snippets/nn/`.

And: search (natural queries land on the right page; the hit rate is printed), the light/dark
toggle (works, remembered across pages and reloads), and the ``make build-offline`` variant from
``file://``, search included.
"""

from __future__ import annotations

import dataclasses
import json
import re
import urllib.parse
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright import sync_api as playwright_api

from tests.pending import PENDING_VERSION_2
from tests.support.blocks import extract_blocks
from tests.support.build import build_site
from tests.support.local_site import CHROMIUM_ARGS, chromium, serve
from tools import site_config
from tools.make_figures import SMALLEST_TEXT
from tools.pages import question_pages
from tools.paths import ROOT, library_modules
from tools.sync_blocks import canonical_blocks

#: One browser per xdist worker, started when a worker first needs it. (xdist_group marks are not
#: used: pytest-xdist 3.8's loadgroup does not group under pytest 9, whose node ids it cannot
#: rewrite; a test here is a unit of work that `make test`'s two workers can share.)
pytestmark = [pytest.mark.browser]

DESKTOP = {"width": 1280, "height": 800}
NARROW = 375
AXE_BLOCKING = {"serious", "critical"}

# --- Search: natural queries and the page that must be among the first three results ---------
# Written against the agreed page names, before looking at results; where search misses, improve
# the site (summaries, headings, tags, boosts), not this table.
SEARCHES = [
    # Q1
    (
        "difference between deep learning and machine learning",
        "01-deep-learning-vs-machine-learning",
    ),
    ("deep learning vs machine learning", "01-deep-learning-vs-machine-learning"),
    ("representation learning", "01-deep-learning-vs-machine-learning"),
    ("feature engineering vs learned features", "01-deep-learning-vs-machine-learning"),
    # Q2
    ("what is a perceptron", "02-perceptron"),
    ("step function", ("02-perceptron", "06-activation-functions")),
    ("perceptron convergence theorem", "02-perceptron"),
    ("mcculloch pitts neuron", "02-perceptron"),
    # Q3
    ("is deep learning better than machine learning", "03-is-deep-learning-better"),
    ("gradient boosting on tabular data", "03-is-deep-learning-better"),
    ("neural networks vs xgboost", "03-is-deep-learning-better"),
    ("when not to use deep learning", "03-is-deep-learning-better"),
    # Q4
    ("applications of deep learning", "04-applications"),
    ("computer vision", "04-applications"),
    ("word error rate", "04-applications"),
    ("why models fail in production", "04-applications"),
    ("speech recognition", "04-applications"),
    # Q5
    ("overfitting", "05-overfitting"),
    ("bias variance tradeoff", "05-overfitting"),
    ("early stopping", "05-overfitting"),
    ("training loss goes down validation loss goes up", "05-overfitting"),
    ("regularisation", "05-overfitting"),
    ("regularization", "05-overfitting"),
    ("generalisation gap", "05-overfitting"),
    ("generalization gap", "05-overfitting"),
    # Q6
    ("activation functions", "06-activation-functions"),
    ("why do we need non-linearity", "06-activation-functions"),
    ("relu vs sigmoid", "06-activation-functions"),
    ("dying relu", "06-activation-functions"),
    # Q7
    ("fourier transform", "07-fourier-transform"),
    ("fft convolution", "07-fourier-transform"),
    ("spectrogram", "07-fourier-transform"),
    # Q8
    ("perceptron learning rule", "08-training-a-perceptron"),
    ("how to train a perceptron", "08-training-a-perceptron"),
    ("pocket algorithm", "08-training-a-perceptron"),
    # Q9
    ("loss function", "09-loss-function"),
    ("cross-entropy", "09-loss-function"),
    ("why not optimise accuracy directly", ("09-loss-function", "04-applications")),
    ("why not optimize accuracy directly", ("09-loss-function", "04-applications")),
    ("softmax cross entropy gradient", "09-loss-function"),
    ("minimise the loss", "09-loss-function"),
    ("minimize the loss", "09-loss-function"),
    # Q10
    ("pytorch or tensorflow", "10-frameworks"),
    ("is theano still maintained", "10-frameworks"),
    ("deep learning frameworks", "10-frameworks"),
    ("torch.compile", "10-frameworks"),
    # Q11
    ("swish activation", "11-swish"),
    ("silu", "11-swish"),
    # Q12
    ("autoencoder", "12-autoencoders"),
    ("anomaly detection with reconstruction error", "12-autoencoders"),
    ("variational autoencoder", "12-autoencoders"),
    ("autoencoder vs pca", "12-autoencoders"),
    # Q13
    ("gradient descent steps", "13-gradient-descent"),
    ("stochastic vs mini-batch gradient descent", "13-gradient-descent"),
    ("learning rate too high diverges", "13-gradient-descent"),
    ("optimisation", ("13-gradient-descent", "25-optimisers")),
    ("optimization", ("13-gradient-descent", "25-optimisers")),
    # Q14
    ("xor problem", "14-single-vs-multi-layer-perceptron"),
    ("multi-layer perceptron", "14-single-vs-multi-layer-perceptron"),
    ("universal approximation theorem", "14-single-vs-multi-layer-perceptron"),
    # Q15
    ("why normalise inputs", "15-data-normalisation"),
    ("why normalize inputs", "15-data-normalisation"),
    ("feature scaling standardisation", "15-data-normalisation"),
    ("standardization", "15-data-normalisation"),
    ("standardisation", "15-data-normalisation"),
    ("data normalization", "15-data-normalisation"),
    ("data leakage when scaling", "15-data-normalisation"),
    # Q16
    ("forward propagation", "16-forward-propagation"),
    ("forward pass", "16-forward-propagation"),
    # Q17
    ("backpropagation", "17-backpropagation"),
    ("chain rule", "17-backpropagation"),
    ("gradient checking", "17-backpropagation"),
    # Q18
    ("hyperparameters vs parameters", "18-hyperparameters"),
    ("batch size and epochs", ("18-hyperparameters", "13-gradient-descent")),
    ("learning rate warmup", ("18-hyperparameters", "25-optimisers")),
    # Q19
    ("hyperparameter tuning", "19-tuning-hyperparameters"),
    ("random search vs grid search", "19-tuning-hyperparameters"),
    ("hyperband", "19-tuning-hyperparameters"),
    # Q20
    ("lstm", "20-lstm"),
    ("lstm gates", "20-lstm"),
    ("vanishing gradient in recurrent networks", "20-lstm"),
    # Q21
    ("attention", "21-attention-and-transformers"),
    ("self-attention", "21-attention-and-transformers"),
    ("transformer", "21-attention-and-transformers"),
    ("why divide by square root of d_k", "21-attention-and-transformers"),
    ("multi-head attention", "21-attention-and-transformers"),
    ("causal mask", "21-attention-and-transformers"),
    # Q22
    ("positional encoding", "22-positional-encoding"),
    ("rope rotary embeddings", "22-positional-encoding"),
    ("alibi", "22-positional-encoding"),
    ("sinusoidal position embeddings", "22-positional-encoding"),
    # Q23
    ("exploding gradients", "23-vanishing-and-exploding-gradients"),
    ("vanishing gradients", "23-vanishing-and-exploding-gradients"),
    ("residual connection", "23-vanishing-and-exploding-gradients"),
    ("gradient clipping", "23-vanishing-and-exploding-gradients"),
    # Q24
    ("xavier initialization", "24-weight-initialisation"),
    ("he initialisation", "24-weight-initialisation"),
    ("weight initialization", "24-weight-initialisation"),
    ("why not initialise weights to zero", "24-weight-initialisation"),
    ("why not initialize weights to zero", "24-weight-initialisation"),
    # Q25
    ("adam", "25-optimisers"),
    ("adam optimizer", "25-optimisers"),
    ("adamw", "25-optimisers"),
    ("weight decay vs l2", "25-optimisers"),
    ("momentum", "25-optimisers"),
    ("optimiser", ("25-optimisers", "13-gradient-descent")),
    ("rmsprop", "25-optimisers"),
    # Q26
    ("dropout", "26-dropout-and-regularisation"),
    ("label smoothing", "26-dropout-and-regularisation"),
    ("inverted dropout", "26-dropout-and-regularisation"),
    ("data augmentation", "26-dropout-and-regularisation"),
    # Q27
    ("batch norm vs layer norm", "27-normalisation-layers"),
    ("rmsnorm", "27-normalisation-layers"),
    ("layer normalization", "27-normalisation-layers"),
    ("batch normalisation at inference", "27-normalisation-layers"),
    # Q28
    ("receptive field", "28-convolutional-layers"),
    ("1x1 convolution", "28-convolutional-layers"),
    ("convolution output size formula", "28-convolutional-layers"),
    ("depthwise separable convolution", "28-convolutional-layers"),
    # Q29
    ("word embeddings", "29-embeddings-and-tokenisation"),
    ("tokenization", "29-embeddings-and-tokenisation"),
    ("tokenisation", "29-embeddings-and-tokenisation"),
    ("bpe", "29-embeddings-and-tokenisation"),
    ("byte pair encoding", "29-embeddings-and-tokenisation"),
    # Q30
    ("lora", "30-fine-tuning"),
    ("fine-tuning", "30-fine-tuning"),
    ("catastrophic forgetting", "30-fine-tuning"),
    ("transfer learning", "30-fine-tuning"),
    # Q31
    ("perplexity", "31-language-models"),
    ("top-p sampling", "31-language-models"),
    ("kv cache", ("31-language-models", "21-attention-and-transformers")),
    ("temperature sampling", "31-language-models"),
    ("scaling laws", "31-language-models"),
    # Q32
    ("precision recall", "32-evaluating-a-classifier"),
    ("roc auc", "32-evaluating-a-classifier"),
    ("calibration", "32-evaluating-a-classifier"),
    ("imbalanced classes metric", "32-evaluating-a-classifier"),
    ("confusion matrix", "32-evaluating-a-classifier"),
    ("dilated convolution", "28-convolutional-layers"),
    ("transposed convolution", "28-convolutional-layers"),
    ("pooling layer", "28-convolutional-layers"),
    ("how does a cnn work", "28-convolutional-layers"),
    ("causal convolution", "28-convolutional-layers"),
    ("embedding layer gradient", "29-embeddings-and-tokenisation"),
    ("tied embeddings", "29-embeddings-and-tokenisation"),
    ("wordpiece", "29-embeddings-and-tokenisation"),
    ("sentence embeddings", "29-embeddings-and-tokenisation"),
    ("low-rank adaptation", "30-fine-tuning"),
    ("qlora", "30-fine-tuning"),
    ("feature extraction vs fine tuning", "30-fine-tuning"),
    ("nucleus sampling", "31-language-models"),
    ("chinchilla scaling", "31-language-models"),
    ("teacher forcing", "31-language-models"),
    ("rlhf dpo", "31-language-models"),
    ("expected calibration error", "32-evaluating-a-classifier"),
    ("temperature scaling calibration", "32-evaluating-a-classifier"),
    ("f1 score", "32-evaluating-a-classifier"),
    ("bootstrap confidence interval", "32-evaluating-a-classifier"),
    ("matthews correlation coefficient", "32-evaluating-a-classifier"),
]
SEARCH_HIT_RATE = 0.95

# --- Serving ----------------------------------------------------------------------------------


def _base_path() -> str:
    """The path GitHub Pages serves the site under, from ``site_url`` (e.g. ``/repo/``)."""
    path = urllib.parse.urlparse(site_config.load().site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


@pytest.fixture(scope="session")
def server(site: Path):
    """The built site on http://127.0.0.1:<free port><site_url path>."""
    httpd, url = serve(site, prefix=_base_path())
    yield url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            launched = p.chromium.launch(
                executable_path=chromium(headless_shell=True), args=CHROMIUM_ARGS, headless=True
            )
        except playwright_api.Error as error:
            pytest.fail(
                f"cannot start Chromium ({error.message.splitlines()[0]}); install it "
                "(Debian: apt-get install chromium-headless-shell; `.ci/run` does) or set "
                "CHROMIUM=/path",
                pytrace=False,
            )
        yield launched
        launched.close()


def _reading_context(browser, site: Path, **options):
    """A browser context for tests that read pages but do not search.

    Material builds the search index in a web worker on every page load: a Lunr index of the
    whole site, half a second of CPU per page. Here the index is served empty (with the site's
    own search configuration); the search tests use the real one.
    """
    config = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    empty = {"config": config["config"], "docs": []}
    context = browser.new_context(**{"viewport": DESKTOP, **options})
    context.route("**/search/search_index.json", lambda route: route.fulfill(json=empty))
    return context


def _close(context) -> None:
    context.unroute_all(behavior="ignoreErrors")
    context.close()


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
  // Lazy images (and the other scheme's figure, hidden) load only when shown: load them all.
  const images = [...document.querySelectorAll("img")];
  for (const img of images) img.loading = "eager";
  await Promise.all(images.map(img => img.complete ? null : new Promise(done => {
    img.addEventListener("load", done, {once: true});
    img.addEventListener("error", done, {once: true});
    setTimeout(done, 10000);
  })));
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

#: On a phone: the rendered width of each figure (its text size follows from it), and the wide
#: equations, which must scroll inside their own box and show the edge shadow that says so
#: (docs/stylesheets/extra.css).
_NARROW = """() => ({
  figures: [...document.querySelectorAll("img[src*='/figures/']")]
    .filter(img => img.checkVisibility())
    .map(img => [img.src, img.getBoundingClientRect().width]),
  mathWithoutCue: [...document.querySelectorAll(".math-display")]
    .filter(box => box.checkVisibility() && box.scrollWidth > box.clientWidth + 1)
    .filter(box => {
      const style = getComputedStyle(box);
      return !["auto", "scroll"].includes(style.overflowX)
        || (style.backgroundImage.match(/radial-gradient/g) || []).length < 2;
    })
    .map(box => (box.querySelector("math")?.getAttribute("alttext") || "").slice(0, 60)),
})"""
#: No text of a figure may render smaller than this on a 375 px phone (CSS px).
FIGURE_TEXT_PX = 9

#: Accessibility is audited by axe-core, plus a text-contrast check of our own.
#:
#: axe-core's colour-contrast rule hit-tests every text element for its background: 60 % of an
#: audit, as a question page has thousands of one-word elements (highlighted code and MathML
#: tokens) and every page repeats the navigation. `_TEXT_CONTRAST` computes the same WCAG ratio for
#: every visible text element from computed colours (backgrounds composited up the ancestors,
#: exact for this theme's flat colours) at a hundredth of the cost. So:
#: * every page, both schemes: `_TEXT_CONTRAST` over all text;
#: * every page, light scheme: every axe-core rule but the two colour rules (color-contrast and
#:   link-in-text-block, whose work `_TEXT_CONTRAST` does), code and MathML tokens left out; on
#:   the question pages and on the snippet library's module pages but the first of each (pages
#:   of one template) the navigation is left out too, as it is the same on every page;
#: * one page of each template (`colour_sample`): axe-core's colour rules too, in light and in dark,
#:   which cross-check `_TEXT_CONTRAST`.
_TEXT = "body *"
_AXE_CONTEXT = {"exclude": [["pre code"], ["math"]]}
_SAME_TEMPLATE_CONTEXT = {"exclude": [*_AXE_CONTEXT["exclude"], [".md-sidebar--primary"]]}
_NO_CONTRAST = {
    "rules": {"color-contrast": {"enabled": False}, "link-in-text-block": {"enabled": False}}
}
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

_TEXT_CONTRAST = """(selector) => {
  const rgba = c => { const v = c.match(/[\\d.]+/g).map(Number); return v.length > 3 ? v : [...v, 1]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = rgb => {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (x, y) => { const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p); return (hi + 0.05) / (lo + 0.05); };
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
    const bg = background(el);
    const fg = over(rgba(style.color), bg);
    const ratio = contrast(fg, bg);
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const key = fg.map(Math.round).join(",") + " on " + bg.map(Math.round).join(",");
    if (ratio < needed && !seen.has(key))
      seen.set(key, `${ratio.toFixed(2)}:1 < ${needed}:1 for <${el.tagName.toLowerCase()} class="${el.className}">${el.textContent.trim().slice(0, 30)}</…>: rgb(${key})`);
  }
  // Links in running text: underlined, or 3:1 against the text around them (as axe-core's
  // link-in-text-block rule asks).
  for (const a of document.querySelectorAll(".md-content :is(p, li, td, th, dd, figcaption) > a[href]:not(.md-button, .headerlink)")) {
    if (!a.textContent.trim() || !a.checkVisibility()) continue;
    if (!a.parentElement.textContent.replace(a.textContent, "").trim()) continue;  // not in text
    if (getComputedStyle(a).textDecorationLine.includes("underline")) continue;
    const bg = background(a);
    const ratio = contrast(over(rgba(getComputedStyle(a).color), bg), over(rgba(getComputedStyle(a.parentElement).color), bg));
    if (ratio < 3) seen.set("link " + a.href, `link not underlined and ${ratio.toFixed(2)}:1 < 3:1 against its text: ${a.textContent.trim().slice(0, 40)}`);
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
    #: at 375 px: (figure src, rendered width in CSS px) of each visible figure
    figures: list[tuple[str, float]] = dataclasses.field(default_factory=list)
    #: at 375 px: wide equations that do not scroll inside their own box with a visible cue
    math_without_cue: list[str] = dataclasses.field(default_factory=list)
    #: axe-core's violations by scheme (None: not audited by axe-core in that scheme)
    violations: dict[str, list[dict] | None] = dataclasses.field(
        default_factory=lambda: {"light": None, "dark": None}
    )
    text_contrast: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    #: Python blocks whose copy button was clicked, and what did not copy exactly
    copied: int = 0
    copy_problems: list[str] = dataclasses.field(default_factory=list)


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


def _is_module_page(path: str) -> bool:
    """A page of the snippet library documenting one module of `snippets/nn/`."""
    return path.startswith("reference/") and path != "reference/"


def _audit(browser, server, site, part: str) -> dict[str, Visit]:
    """Open every page of one part of the site once (desktop size, light scheme, every
    ``<details>`` opened) and measure it: requests, script errors, images, maths, width at 375 px,
    accessibility (axe-core and the text-contrast check), then the same page in the dark scheme,
    and last its copy buttons (`_expected_copies`), clicked one by one.

    Parts: ``reader`` (home, questions, practice pages, tags, the library's index, 404) and
    ``reference`` (the snippet library's module pages)."""
    pages = _pages(site)
    paths = [p for p in pages if _is_module_page(p) == (part == "reference")]
    first_module = next(p for p in pages if _is_module_page(p))
    questions = [_question_path(q) for q in question_pages()]
    same_template = {p for p in paths if _is_module_page(p) or p in questions} - {
        first_module,
        questions[0],
    }
    colour_sample = {"", questions[0], "questions/errata/", first_module}  # one per template
    copies = _expected_copies()
    axe_script = Axe().axe_script
    context = _reading_context(browser, site, color_scheme="light")
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(server))
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page = context.new_page()
    visits: dict[str, Visit] = {}
    current: list[Visit] = []  # the visit in progress, last
    page.on("request", lambda r: current[-1].requests.append(r.url) if current else None)
    page.on("pageerror", lambda e: current[-1].errors.append(str(e)) if current else None)
    for path in paths:
        visit = visits[path] = Visit()
        current.append(visit)
        page.goto(server + path, wait_until="load")
        page.evaluate(_OPEN_EVERYTHING)
        measured = page.evaluate(_MEASURE)
        visit.images, visit.broken_images = measured["images"], measured["broken"]
        visit.maths, visit.math_problems = measured["maths"], measured["mathProblems"]
        page.set_viewport_size({"width": NARROW, "height": DESKTOP["height"]})
        visit.overflow = page.evaluate(_OVERFLOW)
        narrow = page.evaluate(_NARROW)
        visit.figures = [tuple(f) for f in narrow["figures"]]
        visit.math_without_cue = narrow["mathWithoutCue"]
        page.set_viewport_size(DESKTOP)
        page.evaluate(axe_script)
        _set_scheme(page, "default")
        if path in colour_sample:
            visit.violations["light"] = _axe(page, _AXE_CONTEXT, {})
        elif path in same_template:
            visit.violations["light"] = _axe(page, _SAME_TEMPLATE_CONTEXT, _NO_CONTRAST)
        else:
            visit.violations["light"] = _axe(page, _AXE_CONTEXT, _NO_CONTRAST)
        visit.text_contrast["light"] = page.evaluate(_TEXT_CONTRAST, _TEXT)
        _set_scheme(page, "slate")
        if path in colour_sample:
            visit.violations["dark"] = _axe(page, _AXE_CONTEXT, {"runOnly": _AXE_COLOUR_RULES})
        visit.text_contrast["dark"] = page.evaluate(_TEXT_CONTRAST, _TEXT)
        if path in copies:
            selector, expected = copies[path]
            visit.copy_problems = _copy_each(page, selector, expected)
            visit.copied = len(expected)
    _close(context)
    return visits


def _report(problems: dict[str, list[str]]) -> str:
    return "\n".join(
        f"  {path or '(home)'}: {p}" for path, found in problems.items() for p in found
    )


def _foreign_requests(visits: dict[str, Visit], server: str) -> dict[str, list[str]]:
    netloc = urllib.parse.urlsplit(server).netloc
    return {
        path: [
            url
            for url in visit.requests
            if urllib.parse.urlsplit(url).netloc != netloc
            and not url.startswith(("data:", "blob:", "about:"))
        ]
        for path, visit in visits.items()
    }


def _maths_problems(visits: dict[str, Visit], site: Path) -> dict[str, list[str]]:
    problems = {path: list(visit.math_problems) for path, visit in visits.items()}
    for path, visit in visits.items():  # a page whose HTML holds MathML showed it in the browser
        html_file = site / path / "index.html" if path.endswith("/") or not path else site / path
        if "<math" in html_file.read_text(encoding="utf-8") and visit.maths == 0:
            problems[path].append("MathML in the page, none shown")
    return problems


def _overflow(visits: dict[str, Visit]) -> dict[str, list[str]]:
    return {
        path: [
            f"page is {v.overflow['scrollWidth']} px wide in a {v.overflow['width']} px viewport; "
            f"sticking out: {', '.join(v.overflow['culprits'])}"
        ]
        if v.overflow
        else []
        for path, v in visits.items()
    }


def _small_figure_text(visits: dict[str, Visit], site: Path) -> dict[str, list[str]]:
    """Figures whose smallest text (written in the SVG's metadata by `make figures`) renders
    below FIGURE_TEXT_PX on a phone: scaled by the rendered width over the SVG's own width."""
    problems: dict[str, list[str]] = {}
    # Pages not yet rewritten to page standard version 2 keep their old figures until they are
    # (tests/pending.py); their rewrite redraws them for phones.
    pending = {_question_path(p) for p in question_pages() if p.number in PENDING_VERSION_2}
    for path, visit in visits.items():
        if path in pending:
            continue
        for src, rendered in visit.figures:
            file = urllib.parse.urlsplit(src).path.removeprefix(_base_path())
            svg = (site / file).read_text(encoding="utf-8")
            width = float(re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', svg)[1])
            smallest = float(re.search(rf"{SMALLEST_TEXT}([\d.]+)pt", svg)[1])
            # At natural size a point is 4/3 CSS px; the image is scaled by rendered / (4/3 width).
            px = smallest * rendered / width
            if px < FIGURE_TEXT_PX:
                problems.setdefault(path, []).append(
                    f"{file}: smallest text {px:.1f} px at {NARROW} px wide (needs "
                    f"{FIGURE_TEXT_PX}); stack its panels or enlarge its fonts"
                )
    return problems


def _accessibility(visits: dict[str, Visit], scheme: str) -> dict[str, list[str]]:
    return {
        path: [
            f"[{v['impact']}] {v['id']}: {v['help']}\n      " + "\n      ".join(v["nodes"])
            for v in visit.violations[scheme] or []
            if v["impact"] in AXE_BLOCKING
        ]
        + [f"[text contrast] {p}" for p in visit.text_contrast[scheme]]
        for path, visit in visits.items()
    }


@pytest.mark.parametrize("part", ["reader", "reference"])
def test_every_page_in_the_browser(browser, server, site, part, record_property):
    """Each part of the site is one test (two tests, which `make test`'s two workers share):
    every check is made on every page, and every failing check is reported."""
    visits = _audit(browser, server, site, part)
    expected = [p for p in _pages(site) if _is_module_page(p) == (part == "reference")]
    assert list(visits) == expected and len(expected) > 1
    if part == "reader":
        questions = {_question_path(p) for p in question_pages()}
        assert questions <= set(visits), f"question pages not visited: {questions - set(visits)}"
        assert sum(v.images for v in visits.values()) > 0, "no image found: vacuous"
        assert sum(v.maths for v in visits.values()) > 0, "no maths found: vacuous"
    assert all(visit.requests for visit in visits.values())
    copied = {path: v.copied for path, v in visits.items() if v.copied}
    if part == "reader":
        assert questions <= set(copied), f"no block copied on: {questions - set(copied)}"
    else:
        assert len(copied) == len(library_modules()), "a library module has no block copied"
    checks = {
        "requests to another host than the local server": _foreign_requests(visits, server),
        "JavaScript errors": {path: visit.errors for path, visit in visits.items()},
        "images that did not load": {path: v.broken_images for path, v in visits.items()},
        "maths not typeset": _maths_problems(visits, site),
        f"horizontal scrolling at {NARROW} px": _overflow(visits),
        f"wide equations without a scroll cue at {NARROW} px": {
            path: [f"$$ {m} $$" for m in v.math_without_cue] for path, v in visits.items()
        },
        f"figure text smaller than {FIGURE_TEXT_PX} px at {NARROW} px": _small_figure_text(
            visits, site
        ),
        "accessibility, light scheme (serious or critical)": _accessibility(visits, "light"),
        "accessibility, dark scheme (serious or critical)": _accessibility(visits, "dark"),
        "copy buttons that do not copy exactly the tested code": {
            path: v.copy_problems for path, v in visits.items()
        },
    }
    failed = {name: {k: v for k, v in found.items() if v} for name, found in checks.items()}
    failed = {name: found for name, found in failed.items() if found}
    axe_dark = sum(1 for v in visits.values() if v.violations["dark"] is not None)
    record_property(
        "summary",
        f"browser audit ({part}): {len(visits)} pages; axe-core on {len(visits)} (colour "
        f"contrast on {axe_dark}, in light and dark), text contrast on all in both schemes, "
        f"{sum(copied.values())} copy buttons on {len(copied)}; "
        + (
            "no problem"
            if not failed
            else "FAILED: " + ", ".join(f"{name} on {len(f)} pages" for name, f in failed.items())
        ),
    )
    assert not failed, "\n".join(f"{name}:\n{_report(found)}" for name, found in failed.items())


# --- Keyboard -----------------------------------------------------------------------------------

#: The focused element, and whether a reader can see it: visible, non-zero, horizontally on screen
#: (an element moved out of view, such as a closed drawer's link, is not), or an input whose label
#: is, or whose next sibling is the label Material shows and outlines for it (the colour-scheme
#: toggle is a visually hidden radio input followed by the button-like label of the next scheme).
_FOCUSED = """() => {
  const e = document.activeElement;
  const seen = el => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility({visibilityProperty: true}) && r.width > 0 && r.height > 0
      && r.right > 0 && r.left < innerWidth;
  };
  const name = e.tagName.toLowerCase() + "." + [...e.classList].join(".") + " "
    + (e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 40);
  const label = e.nextElementSibling?.tagName === "LABEL" ? [e.nextElementSibling] : [];
  return {name, body: e === document.body,
          visible: seen(e) || [...(e.labels || []), ...label].some(seen)};
}"""
TAB_STOPS = 45


@pytest.mark.parametrize("width", [DESKTOP["width"], NARROW])
def test_every_tab_stop_is_visible(browser, server, site, width):
    """Pressing Tab never lands on something invisible (a closed drawer's links, a zero-height
    search wrapper): checked over the first stops of the home page and a question page, where
    the header and navigation are."""
    context = _reading_context(browser, site, viewport={"width": width, "height": 800})
    page = context.new_page()
    invisible = []
    for path in ("", _question_path(question_pages()[0])):
        page.goto(server + path, wait_until="load")
        for _ in range(TAB_STOPS):
            page.keyboard.press("Tab")
            focused = page.evaluate(_FOCUSED)
            if not focused["body"] and not focused["visible"]:
                invisible.append(f"{path or '(home)'}: {focused['name']}")
    _close(context)
    assert not invisible, f"invisible Tab stops at {width} px:\n" + "\n".join(invisible)


# --- Home page ----------------------------------------------------------------------------------

#: Where a reader can go from the home page in one click, each visible without scrolling.
_HOME_DESTINATIONS = {
    "questions/#part-1-the-original-posts-twenty-questions",
    "questions/cheat-sheet/",
    "questions/self-test/",
    "questions/errata/",
    "reference/",
}
_PART_2 = "questions/#part-2-the-core-questions-the-post-never-asked"


@pytest.mark.parametrize("viewport", [DESKTOP, {"width": NARROW, "height": 812}])
def test_home_page_says_where_to_start_above_the_fold(browser, server, site, viewport):
    """Both parts of the questions, the cheat sheet, the self-test, the errata and the snippet
    library are one click away and visible on the first screen, on a desktop and on a phone."""
    context = _reading_context(browser, site, viewport=viewport)
    page = context.new_page()
    page.goto(server, wait_until="load")
    links = page.evaluate(
        """() => [...document.querySelectorAll("article a[href]")].map(a => {
             const r = a.getBoundingClientRect();
             return [new URL(a.href).pathname + new URL(a.href).hash,
                     r.bottom <= innerHeight && r.height > 0
                     && a.checkVisibility()];
           })"""
    )
    _close(context)
    wanted = set(_HOME_DESTINATIONS)
    if any(p.part == 2 for p in question_pages()):
        wanted.add(_PART_2)
    above_the_fold = {href.removeprefix(_base_path()) for href, visible in links if visible}
    assert wanted <= above_the_fold, f"not on the first screen: {sorted(wanted - above_the_fold)}"


def test_search_index_is_requested_after_the_first_paint(browser, server):
    """The search index waits for the page's first contentful paint (overrides/main.html), so on a
    slow phone its download never delays what the reader sees first; the search still works."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(server + "questions/21-attention-and-transformers/", wait_until="load")
    page.wait_for_function(
        "performance.getEntriesByType('resource').some(e => e.name.endsWith('/search_index.json'))"
    )
    paint, index = page.evaluate(
        """() => [performance.getEntriesByName("first-contentful-paint")[0].startTime,
                  performance.getEntriesByType("resource")
                    .find(e => e.name.endsWith("/search_index.json")).startTime]"""
    )
    found = _search(page, "attention")
    context.close()
    assert paint < index, f"search index requested at {index:.0f} ms, first paint at {paint:.0f} ms"
    assert any("21-attention-and-transformers" in path for path in found), found


# --- Printing -----------------------------------------------------------------------------------

#: A4 at 96 CSS px per inch, less Chromium's default print margins (1 cm each side).
_A4_PRINTABLE_HEIGHT_PX = (297 - 20) / 25.4 * 96


def test_cheat_sheet_prints_with_no_answer_split_across_pages(browser, server, site):
    """Under print media, each question with its short answer is one unbreakable block that fits
    on a page (so the break-inside rule can be honoured), and the navigation is not printed."""
    context = _reading_context(browser, site)
    page = context.new_page()
    page.goto(server + "questions/cheat-sheet/", wait_until="load")
    page.emulate_media(media="print")
    answers = page.evaluate(
        """() => [...document.querySelectorAll(".cheat-sheet__answer")].map(a => ({
             title: a.querySelector("h2").textContent.trim().slice(0, 50),
             breakInside: getComputedStyle(a).breakInside,
             height: a.getBoundingClientRect().height}))"""
    )
    sidebar = page.evaluate("getComputedStyle(document.querySelector('.md-sidebar')).display")
    _close(context)
    assert len(answers) == len(question_pages())
    assert sidebar == "none", "the navigation would be printed"
    split = [a["title"] for a in answers if a["breakInside"] != "avoid"]
    too_tall = [a["title"] for a in answers if a["height"] > _A4_PRINTABLE_HEIGHT_PX]
    assert not split, f"answers that may break across pages: {split}"
    assert not too_tall, f"answers taller than a printed page: {too_tall}"


# --- Copy buttons -------------------------------------------------------------------------------


#: Brings each block matching the selector into view until Material has mounted its copy button
#: (`content.lazy` mounts a block's button when the block first scrolls into view, as for a
#: reader), in one call; resolves with the indices of blocks whose button never came.
_MOUNT_COPY_BUTTONS = """async selector => {
  const missing = [];
  const blocks = [...document.querySelectorAll(selector)];
  for (const [index, block] of blocks.entries()) {
    block.scrollIntoView({block: "center"});
    const deadline = performance.now() + 5000;
    while (!block.querySelector("button[data-md-type='copy']") && performance.now() < deadline)
      await new Promise(next => requestAnimationFrame(next));
    if (!block.querySelector("button[data-md-type='copy']")) missing.push(index);
  }
  return missing;
}"""


def _copy_each(page, selector: str, expected: list[str]) -> list[str]:
    """Click the copy button of each block matching ``selector`` on the open page and compare
    what lands on the clipboard with ``expected``, block by block; the problems."""
    blocks = page.locator(selector)
    if blocks.count() != len(expected):
        return [f"{blocks.count()} Python blocks shown, {len(expected)} expected"]
    missing = page.evaluate(_MOUNT_COPY_BUTTONS, selector)
    problems = [f"block {index + 1} shows no copy button" for index in missing]
    for index, code in enumerate(expected):
        if index in missing:
            continue
        page.evaluate("navigator.clipboard.writeText('')")
        # A real mouse click at the button's centre. `force` skips Playwright's actionability
        # waits, which cost half the test: the button is mounted (above), and a button covered
        # by something else would not get the click, leaving the clipboard empty: a mismatch.
        blocks.nth(index).locator("button[data-md-type='copy']").click(force=True)
        copied = page.evaluate("navigator.clipboard.readText()")
        if copied != code:
            problems.append(
                f"block {index + 1} copies {len(copied)} characters, expected "
                f"{len(code)}: {copied[:60]!r}…"
            )
    return problems


def _expected_copies() -> dict[str, tuple[str, list[str]]]:
    """What each page's copy buttons must copy, by site path: (selector of the blocks, texts).

    A question page: every Python block, as `test_published_blocks.py` runs it
    (`tests.support.blocks.extract_blocks`). A snippet library page: each function's source, as
    the function of `snippets/nn/` that the tests check. Material leaves out the final newline."""
    copies = {
        _question_path(q): (
            "div.language-python",
            [block.code.rstrip("\n") for block in extract_blocks(q.path)],
        )
        for q in question_pages()
    }
    for block in canonical_blocks().values():
        path = f"reference/{block.path.stem}/"
        selector = "details.mkdocstrings-source div.language-python"
        copies.setdefault(path, (selector, []))[1].append(block.text.rstrip("\n"))
    return copies


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


def test_colour_scheme_toggle_works_and_is_remembered(browser, server, site):
    context = _reading_context(browser, site, color_scheme="light")
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
    _close(context)


def test_dark_system_preference_is_followed(browser, server, site):
    context = _reading_context(browser, site, color_scheme="dark")
    page = context.new_page()
    page.goto(server, wait_until="load")
    assert page.evaluate(_SCHEME)["scheme"] == "slate"
    _close(context)


# --- Search -------------------------------------------------------------------------------------


#: The search index is loaded and indexed by a web worker after the page has loaded.
_SEARCH_READY = """() => !/Initializing/i.test(
  document.querySelector('.md-search-result__meta').textContent)"""


#: Counts the queries the page sends to Material's search worker and the results it gets back
#: (message types 2 and 3 of its worker protocol). Typing a query key by key sends one query per
#: key; the results on screen are those of the whole query once the last query sent is the whole
#: query and every query has had its answer.
_COUNT_SEARCH_MESSAGES = """(() => {
  const Base = window.Worker;
  if (!Base) return;
  window.__search = {sent: 0, answered: 0, last: null};
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", e => {
        if (e.data && e.data.type === 3) window.__search.answered++;
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) {
        window.__search.sent++;
        window.__search.last = message.data;
      }
      return super.postMessage(message, ...rest);
    }
  };
})()"""

_ANSWERED = """query => window.__search.last === query
  && window.__search.sent === window.__search.answered"""

#: Resolves after two animation frames: the results of the last answer are on screen.
_PAINTED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"

#: Resolves when the search results have not changed for 400 ms: for a page whose worker cannot
#: be counted (the offline build runs search in an iframe, not a Worker), the results of a
#: shorter prefix ("what is a perceptro") must not be read as those of the whole query.
_RESULTS_SETTLED = """() => new Promise(done => {
  const list = document.querySelector(".md-search-result");
  let timer = setTimeout(() => { observer.disconnect(); done(true); }, 400);
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => { observer.disconnect(); done(true); }, 400);
  });
  observer.observe(list, {childList: true, subtree: true, characterData: true});
})"""


def _search(page, query: str) -> list[str]:
    """The pages of the first three results, as site paths ('questions/02-perceptron/'), for a
    query typed into the search box key by key, as a reader types it."""
    field = page.locator("input.md-search__input")
    field.focus()  # opens the search dialog, as a click on it does
    page.wait_for_function(_SEARCH_READY)
    field.fill("")
    field.press("Backspace")
    page.wait_for_function("document.querySelectorAll('li.md-search-result__item').length === 0")
    field.press_sequentially(query)
    page.wait_for_function(
        """() => document.querySelectorAll('li.md-search-result__item').length > 0
              || /^No matching/.test(document.querySelector('.md-search-result__meta').textContent.trim())"""
    )
    if page.evaluate("() => Boolean(window.__search && window.__search.sent)"):
        page.wait_for_function(_ANSWERED, arg=query)
        page.evaluate(_PAINTED)
    else:
        page.evaluate(_RESULTS_SETTLED)
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
    context.add_init_script(_COUNT_SEARCH_MESSAGES)
    page = context.new_page()
    page.goto(server, wait_until="load")
    base = urllib.parse.urlsplit(server).path
    existing = {p.path.stem for p in question_pages()}
    rows, misses, missing_pages = [], [], []
    for query, expected in SEARCHES:
        # A few queries are answered by two pages (a tuple): a hit is either in the top three.
        wanted = [
            e for e in (expected if isinstance(expected, tuple) else (expected,)) if e in existing
        ]
        if not wanted:
            missing_pages.append(expected)
            continue
        found = [p.removeprefix(base) for p in _search(page, query)]
        hit = any(f"questions/{e}/" in found for e in wanted)
        rows.append(hit)
        if not hit:
            misses.append(f"  MISS {query!r}: wanted {' or '.join(wanted)}, got {found}")
    context.close()
    rate = sum(rows) / len(rows) if rows else 0.0
    summary = (
        f"search: {sum(rows)}/{len(rows)} queries find their page in the top 3 "
        f"({rate:.0%}; at least {SEARCH_HIT_RATE:.0%} required)"
    )
    if missing_pages:
        summary += f"; not yet written, so not searched: {sorted(set(map(str, missing_pages)))}"
    record_property("summary", "\n".join([summary, *misses]))
    print(summary, *misses, sep="\n")
    assert len(SEARCHES) >= 120
    assert rate >= SEARCH_HIT_RATE, "\n".join([summary, *misses])


# --- Offline variant, from file:// ---------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory) -> Path:
    """``make build-offline``: mkdocs.offline.yml with OFFLINE=true, built strictly."""
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
    page.locator("a.md-footer__link--next").click()  # the next page, by a relative .html link
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.url.endswith(".html"), page.url
    assert page.locator("article h1").count() == 1

    outside = [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert not outside, f"the offline site requested: {outside}"
    assert not errors, errors
    context.close()
