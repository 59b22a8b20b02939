"""`make bench`: measure the site and its pipeline, print a table, write `bench/results.json`.

Timings are medians of several runs; every ratio is measured within one run, so that the noise of a
shared machine cancels. Nothing here is a test: budgets (README, "Performance") are printed next
to the numbers. A maintainer tool: it needs the test extra (Playwright, pytest-codeblocks) and
shares the test support's local server and block extraction.

Usage: ``python -m tools.bench [--runs N] [--suite-runs N] [--skip-test-suite] [--skip-lighthouse]``
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.blocks import extract_blocks
from tests.support.local_site import CHROMIUM_ARGS, chromium, serve
from tools.pages import question_pages
from tools.paths import DOCS, ROOT, markdown_pages
from tools.programs import run_program
from tools.site_config import resolve_includes

BENCH = ROOT / "bench"
ENV = {**os.environ, "DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "1"}
#: pytest selections for the test layers (README, "The promises, and how the tests keep them"),
#: run one after another, each with -n 2.
LAYERS = {
    "1 published blocks": ["tests/test_published_blocks.py", "tests/test_harness.py"],
    "2 guard": ["tests/test_guard.py"],
    "3 reference implementations": [
        "tests/snippets",
        "tests/nn",
        "tests/test_building_blocks.py",
        "snippets",
    ],
    "4 site": [
        "tests/test_site.py",
        "tests/test_build.py",
        "tests/test_mathml.py",
        "tests/test_markdown_reader.py",
        "tests/test_generated_pages.py",
        "tests/test_navigation.py",
        "tests/test_tags.py",
        "tests/test_page_structure.py",
        "tests/test_page_standard_faults.py",
        "tests/test_mapping.py",
        "tests/test_repository.py",
        "tests/test_faults.py",
        "tests/test_reader_pages.py",
    ],
    "5 browser": ["tests/test_browser.py"],
}


def timed(command: list[str], cwd: Path = ROOT, check: bool = True) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True)
    if check and done.returncode != 0:
        # A failing suite still has a duration worth reporting, but say so loudly.
        print(f"warning: {' '.join(command[-4:])} exited {done.returncode}", flush=True)
    return time.perf_counter() - start


def median_time(command: list[str], runs: int) -> dict:
    times = [timed(command) for _ in range(runs)]
    return {"median_s": round(statistics.median(times), 2), "runs_s": [round(t, 2) for t in times]}


# --- build ------------------------------------------------------------------------------------
def cold_build(runs: int) -> dict:
    """Strict build into an empty folder, in a fresh process (no warm caches)."""
    out = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)]
        return median_time(command, runs)
    finally:
        shutil.rmtree(out, ignore_errors=True)


# --- test suite -------------------------------------------------------------------------------
def test_suite(runs: int) -> dict:
    """Wall time of the whole suite as `make test` runs it (after install), and of each layer."""
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2"]
    whole = median_time(["make", "--no-print-directory", "test"], runs)
    layers = {}
    for name, selection in LAYERS.items():
        present = [s for s in selection if (ROOT / s).exists()]
        if present:
            layers[name] = round(timed([*pytest, *present]), 2)
    return {**whole, "layers_s (each run alone, includes its own build/startup)": layers}


# --- harness overhead -------------------------------------------------------------------------
def harness_overhead() -> dict:
    """Layer 1 as `make test` runs it (pytest, 2 workers, each block once) against running the
    same blocks bare, ``python block.py`` one after another: both in this run."""
    blocks = [b for page in markdown_pages() for b in extract_blocks(page)]
    runtime = str(ROOT / ".venv-runtime" / "bin" / "python")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, block in enumerate(blocks):
            path = Path(tmp) / f"block{i}.py"
            path.write_text(block.code, encoding="utf-8")
            files.append(path)
        start = time.perf_counter()
        for path in files:
            subprocess.run([runtime, str(path)], cwd=tmp, check=True, capture_output=True)
        bare = time.perf_counter() - start
    start = time.perf_counter()
    for block in blocks:
        run_program(block.code)
    harness_sequential = time.perf_counter() - start
    harness = timed(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "2",
            "tests/test_published_blocks.py",
        ]
    )
    return {
        "blocks": len(blocks),
        "bare_sequential_s": round(bare, 2),
        "harness_layer1_s (pytest -n 2, every block run once)": round(harness, 2),
        "ratio_layer1_over_bare": round(harness / bare, 2),
        "harness_one_run_sequential_s (isolated subprocess per block)": round(
            harness_sequential, 2
        ),
        "ratio_per_execution": round(harness_sequential / bare, 2),
    }


# --- page weight ------------------------------------------------------------------------------
def _kind(url: str, content_type: str) -> str:
    path = url.split("?")[0]
    for kind, endings in {
        "html": (".html", "/"),
        "css": (".css",),
        "js": (".js",),
        "fonts": (".woff", ".woff2", ".ttf", ".otf"),
        "images": (".svg", ".png", ".jpg", ".ico", ".webp", ".gif"),
        "json": (".json",),
    }.items():
        if path.endswith(endings):
            return kind
    return "html" if "html" in content_type else "other"


def page_weights(browser, base: str, paths: list[str]) -> dict:
    """Bytes each page makes the browser fetch, by kind: raw and gzip-compressed (GitHub Pages
    compresses text), measured with the cache disabled. Maths is inline MathML, so it counts in
    the HTML (its share is given separately)."""
    results = {}
    for path in paths:
        context = browser.new_context()
        page = context.new_page()
        fetched: dict[str, tuple[str, bytes]] = {}

        def on_response(response, fetched=fetched):
            try:
                body = response.body()
            except Exception:  # redirects and aborted requests have no body
                return
            fetched[response.url] = (response.headers.get("content-type", ""), body)

        page.on("response", on_response)
        # Material's search worker fetches the index after load, at a time that varies: wait for
        # it, so that every page (ours and the plain one) counts it.
        with page.expect_response(lambda r: r.url.endswith("search_index.json"), timeout=30_000):
            page.goto(base + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        mathml = page.evaluate(
            "() => [...document.querySelectorAll('math')].reduce((n, m) => n + m.outerHTML.length, 0)"
        )
        context.close()
        kinds: dict[str, dict[str, int]] = {}
        for url, (content_type, body) in fetched.items():
            entry = kinds.setdefault(_kind(url, content_type), {"raw": 0, "gzip": 0})
            entry["raw"] += len(body)
            entry["gzip"] += len(gzip.compress(body, 6))
        results[path] = {
            "by_kind": kinds,
            "total_raw": sum(k["raw"] for k in kinds.values()),
            "total_gzip": sum(k["gzip"] for k in kinds.values()),
            "mathml_raw": mathml,
        }
    return results


PLAIN_CONFIG = """site_name: Deep Learning Interview Answers
theme:
  name: material
  font: false
plugins:
  - search
"""


def plain_site(tmp: Path) -> Path:
    """The same question texts (includes resolved) built by a plain Material configuration: no
    extensions, no plugins but search, no custom CSS, no hooks."""
    docs = tmp / "docs"
    (docs / "questions").mkdir(parents=True)
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    (docs / "index.md").write_text((DOCS / "index.md").read_text(encoding="utf-8"))
    for page in question_pages():
        text = resolve_includes(page.text)
        (docs / "questions" / page.path.name).write_text(text, encoding="utf-8")
    (tmp / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp / "site")],
        cwd=tmp,
        env=ENV,
        check=True,
        capture_output=True,
    )
    return tmp / "site"


def web_vitals(browser, base: str, paths: list[str], runs: int) -> dict:
    """Largest contentful paint and total blocking time (long tasks beyond 50 ms), medians."""
    script = """() => new Promise(resolve => {
        let lcp = 0, tbt = 0;
        new PerformanceObserver(l => { for (const e of l.getEntries()) lcp = e.startTime; })
            .observe({type: 'largest-contentful-paint', buffered: true});
        new PerformanceObserver(l => { for (const e of l.getEntries()) tbt += Math.max(0, e.duration - 50); })
            .observe({type: 'longtask', buffered: true});
        setTimeout(() => resolve({lcp, tbt}), 1500);
    })"""
    results = {}
    for path in paths:
        samples = []
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            page.goto(base + path, wait_until="load")
            samples.append(page.evaluate(script))
            context.close()
        results[path] = {
            "lcp_ms": round(statistics.median(s["lcp"] for s in samples), 1),
            "tbt_ms": round(statistics.median(s["tbt"] for s in samples), 1),
        }
    return results


DESKTOP = [
    "--form-factor=desktop",
    "--screenEmulation.disabled",
    "--throttling-method=provided",
]


def lighthouse(base: str, paths: list[str], runs: int, settings: list[str]) -> dict:
    """Lighthouse scores (npm `lighthouse`, pinned in bench/package.json, driving system Chromium):
    the median of `runs` runs per page, with the total blocking time that drives most of the
    performance score. `settings`: `DESKTOP` (this machine's own speed, no throttling) or `[]`
    (Lighthouse's default: a phone on slow 4G with a 4× slower CPU, simulated)."""
    binary = BENCH / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=BENCH, check=True, capture_output=True
        )
    results = {}
    for path in paths:
        samples = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as profile:
                done = subprocess.run(
                    [
                        str(binary),
                        base + path,
                        "--quiet",
                        "--output=json",
                        "--output-path=stdout",
                        "--only-categories=performance,accessibility",
                        *settings,
                        f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)} "
                        f"--user-data-dir={profile}",
                    ],
                    capture_output=True,
                    text=True,
                    env={**ENV, "CHROME_PATH": chromium() or ""},
                    timeout=300,
                )
            if done.returncode != 0:
                print(f"warning: lighthouse /{path}: {done.stderr.strip()[-200:]}", flush=True)
                continue
            report = json.loads(done.stdout)
            sample = {
                name: round(100 * report["categories"][name]["score"])
                for name in ("performance", "accessibility")
            }
            sample["tbt_ms"] = round(report["audits"]["total-blocking-time"]["numericValue"])
            samples.append(sample)
        if samples:
            results[path] = {
                key: statistics.median(s[key] for s in samples) for key in samples[0]
            } | {"runs": len(samples)}
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--suite-runs", type=int, default=3, help="runs of the whole test suite")
    parser.add_argument("--skip-test-suite", action="store_true")
    parser.add_argument("--skip-lighthouse", action="store_true")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    results: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
        },
    }
    print("cold strict build …", flush=True)
    results["cold_strict_build"] = cold_build(args.runs)

    site = Path(tempfile.mkdtemp(prefix="bench-site-"))
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT,
        env=ENV,
        check=True,
        capture_output=True,
    )
    index = site / "search" / "search_index.json"
    results["search_index"] = {
        "bytes": index.stat().st_size,
        "gzip_bytes": len(gzip.compress(index.read_bytes(), 6)),
    }

    print("page weight, plain Material comparison, web vitals …", flush=True)
    question_paths = [f"questions/{page.path.stem}/" for page in question_pages()]
    with tempfile.TemporaryDirectory() as tmp:
        plain = plain_site(Path(tmp))
        ours_server, ours = serve(site, compress=True)
        plain_server, plain_base = serve(plain, compress=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
            weights = page_weights(browser, ours, ["", *question_paths])
            plain_weights = page_weights(browser, plain_base, ["", *question_paths])
            vitals = web_vitals(browser, ours, ["", *question_paths], args.runs)
            browser.close()
        for path, weight in weights.items():
            base = plain_weights[path]
            weight["ratio_to_plain_raw"] = round(weight["total_raw"] / base["total_raw"], 3)
            weight["ratio_to_plain_gzip"] = round(weight["total_gzip"] / base["total_gzip"], 3)
        results["page_weight"] = weights
        results["web_vitals"] = vitals
        if not args.skip_lighthouse:
            print("lighthouse …", flush=True)
            pages = ["", *question_paths]
            results["lighthouse"] = lighthouse(ours, pages, args.runs, DESKTOP)
            # Simulated throttling multiplies the main-thread time it observes by 4, so machine
            # noise is amplified too: a median of several runs here as well.
            results["lighthouse_mobile"] = lighthouse(ours, pages, args.runs, [])
        ours_server.shutdown()
        plain_server.shutdown()
    shutil.rmtree(site, ignore_errors=True)

    print("harness overhead …", flush=True)
    results["harness_overhead"] = harness_overhead()
    if not args.skip_test_suite:
        print("test suite (this takes a few minutes) …", flush=True)
        results["make_test_after_install"] = test_suite(args.suite_runs)

    BENCH.mkdir(exist_ok=True)
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    return 0


def _ms(v: dict) -> str:
    return f"{v['lcp_ms']:.0f} ms / {v['tbt_ms']:.0f} ms"


def _scores(samples: list[dict]) -> str:
    return f"{min(s['performance'] for s in samples):.0f} / {min(s['accessibility'] for s in samples):.0f}"


def print_table(r: dict) -> None:
    q = [v for k, v in r["page_weight"].items() if k.startswith("questions/")]
    worst = max(q, key=lambda w: w["ratio_to_plain_gzip"]) if q else None
    rows = [
        ("cold strict build (median)", f"{r['cold_strict_build']['median_s']} s", "≤ 10 s"),
        (
            "search index",
            f"{r['search_index']['bytes'] / 1e3:.0f} kB ({r['search_index']['gzip_bytes'] / 1e3:.0f} kB gzip)",
            "",
        ),
        ("home page weight (gzip)", f"{r['page_weight']['']['total_gzip'] / 1e3:.0f} kB", ""),
    ]
    if worst:
        rows.append(
            (
                "question page weight ÷ plain Material, worst (gzip)",
                f"{worst['ratio_to_plain_gzip']:.2f}×",
                "≤ 1.2×",
            )
        )
        rows.append(
            (
                "question page weight ÷ plain Material, median (gzip)",
                f"{statistics.median(w['ratio_to_plain_gzip'] for w in q):.2f}×",
                "≤ 1.2×",
            )
        )
    h = r["harness_overhead"]
    rows.append(
        ("harness overhead: layer 1 ÷ bare blocks", f"{h['ratio_layer1_over_bare']:.2f}×", "≤ 1.5×")
    )
    rows.append(("harness overhead per execution", f"{h['ratio_per_execution']:.2f}×", ""))
    vitals = r["web_vitals"]
    q_vitals = [v for k, v in vitals.items() if k.startswith("questions/")]
    if "" in vitals:
        rows.append(("LCP / TBT, home", _ms(vitals[""]), ""))
    if q_vitals:
        worst_tbt = max(q_vitals, key=lambda v: v["tbt_ms"])
        rows.append(("LCP / TBT, question page with most TBT", _ms(worst_tbt), ""))
    for key, setting in (("lighthouse", "desktop"), ("lighthouse_mobile", "simulated phone")):
        scores = r.get(key, {})
        q_scores = [v for k, v in scores.items() if k.startswith("questions/")]
        if "" in scores:
            rows.append(
                (f"Lighthouse perf / a11y, {setting}, home", _scores([scores[""]]), "≥ 95 / 100")
            )
        if q_scores:
            rows.append(
                (
                    f"Lighthouse perf / a11y, {setting}, worst question page",
                    _scores(q_scores),
                    "≥ 95 / 100",
                )
            )
    if "make_test_after_install" in r:
        rows.append(
            (
                "make test after install (median)",
                f"{r['make_test_after_install']['median_s']} s",
                "≤ 180 s",
            )
        )
        layers = next(v for k, v in r["make_test_after_install"].items() if k.startswith("layers"))
        for name, seconds in layers.items():
            rows.append((f"  layer {name} (run alone)", f"{seconds} s", ""))
    width = max(len(row[0]) for row in rows)
    print(f"\n{'measure'.ljust(width)}  {'value':>24}  budget")
    for name, value, budget in rows:
        print(f"{name.ljust(width)}  {value:>24}  {budget}")
    print(f"\nwritten: {(BENCH / 'results.json').relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
