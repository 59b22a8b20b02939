"""Draw every figure of the site from its code, in a light and a dark variant.

Usage: ``python -m tools.make_figures [--check] [qNN_fig_name ...]``.

A figure module ``snippets/qNN_fig_<name>.py`` defines ``make_figure()`` returning a Matplotlib
figure. This tool draws it twice, under the light and the dark theme below, and writes
``docs/assets/figures/qNN_fig_<name>.svg`` and ``…-dark.svg``. Output is byte-for-byte repeatable
(fixed SVG hash salt, no date), so ``--check`` can tell whether the committed files are current.
"""

from __future__ import annotations

import importlib
import io
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text  # noqa: E402

from tools.paths import FIGURES, ROOT, figure_modules  # noqa: E402

_COMMON = {
    "svg.hashsalt": "dl-interview-answers",
    "svg.fonttype": "path",  # text as paths: identical on every reader's machine
    "font.size": 11,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.transparent": True,
}
#: Text and line colours chosen for Material's default (white) and slate (dark) backgrounds.
THEMES = {
    "": {
        "text.color": "#1f1f1f",
        "axes.labelcolor": "#1f1f1f",
        "axes.edgecolor": "#555555",
        "xtick.color": "#1f1f1f",
        "ytick.color": "#1f1f1f",
        "grid.color": "#888888",
    },
    "-dark": {
        "text.color": "#e2e4e9",
        "axes.labelcolor": "#e2e4e9",
        "axes.edgecolor": "#aaaaaa",
        "xtick.color": "#e2e4e9",
        "ytick.color": "#e2e4e9",
        "grid.color": "#aaaaaa",
        "legend.facecolor": "#2e303e",
        "legend.edgecolor": "#aaaaaa",
    },
}


#: How the smallest text size is written in a figure's SVG metadata (``<dc:description>``).
SMALLEST_TEXT = "smallest text: "


def smallest_text(figure) -> float:
    """The smallest font size (points) of the visible, non-empty texts of a figure."""
    sizes = [
        text.get_fontsize()
        for text in figure.findobj(matplotlib.text.Text)
        if text.get_visible() and text.get_text().strip()
    ]
    return min(sizes, default=float("inf"))


def render(module_name: str) -> dict[str, bytes]:
    """The SVG bytes of one figure, by file name, for both themes."""
    module = importlib.import_module(f"snippets.{module_name}")
    svgs = {}
    for suffix, theme in THEMES.items():
        with plt.rc_context({**_COMMON, **theme}):
            figure = module.make_figure()
            buffer = io.BytesIO()
            # The smallest text, in the SVG's metadata: the browser tests check it stays legible
            # (≥ 9 CSS px) when the figure is scaled down to a 375 px phone.
            description = f"{SMALLEST_TEXT}{smallest_text(figure):g}pt"
            figure.savefig(
                buffer,
                format="svg",
                metadata={"Date": None, "Description": description},
                bbox_inches="tight",
            )
            plt.close(figure)
        svgs[f"{module_name}{suffix}.svg"] = buffer.getvalue()
    return svgs


def main(args: list[str]) -> int:
    check = "--check" in args
    names = [a for a in args if a != "--check"] or figure_modules()
    FIGURES.mkdir(parents=True, exist_ok=True)
    stale = []
    for name in names:
        for file_name, svg in render(name).items():
            target = FIGURES / file_name
            if check:
                if not target.exists() or target.read_bytes() != svg:
                    stale.append(str(target.relative_to(ROOT)))
            else:
                target.write_bytes(svg)
                print(f"wrote {target.relative_to(ROOT)}")
    if stale:
        print("stale figures (run `make figures`):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
