"""Fault injection: every way the site's promise can break is caught, and says where.

Each test copies the project to a temporary folder, injects one fault into a real question page
(or its program, output or configuration), runs the part of the pipeline that must catch it, and
asserts that it fails with a message naming the Markdown file and line (or the config entry).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pymdownx.snippets import SnippetMissingError

from tests.support.blocks import check_block, extract_blocks, skipped_fences
from tests.support.build import build_site
from tests.support.site_checks import broken_links, third_party_loads
from tests.test_page_structure import structure_errors
from tools.pages import QuestionPage, question_pages
from tools.paths import ROOT

IGNORED = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "site",
    "site-*",
    ".pytest_cache",
    ".ruff_cache",
    "__pycache__",
    ".work",
    "bench",
)


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project (sources only) in a temporary folder."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=IGNORED)
    return copy


def victim(project: Path) -> tuple[Path, str, str]:
    """A question page of the copy with its first included program and output.

    Returns ``(page, program path, output path)``, paths relative to the project.
    """
    for page in question_pages(project / "docs"):
        m = re.search(
            r'    ```python\n    --8<-- "(?P<program>snippets/[^"]+\.py)"\n    ```\n\n'
            r'<!--pytest-codeblocks:expected-output-->\n```text[^\n]*\n--8<-- "(?P<output>[^"]+)"',
            page.text,
        )
        if m:
            return page.path, m["program"], m["output"]
    pytest.skip("no question page shows a program yet")  # only before the first page exists


def block_of(project: Path, page: Path, program: str):
    """The published block of ``page`` that includes ``program``."""
    fence = line_of(page, f'--8<-- "{program}"') - 1
    return next(b for b in extract_blocks(page, project / "mkdocs.yml") if b.line == fence)


def line_of(page: Path, needle: str) -> int:
    lines = page.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def rel(page: Path, project: Path) -> str:
    return page.relative_to(project).as_posix()


# a. a published block that raises ------------------------------------------------------------
def test_a_block_that_raises(project):
    page, program, _ = victim(project)
    with open(project / program, "a", encoding="utf-8") as f:
        f.write('\nraise RuntimeError("injected fault")\n')
    message = check_block(block_of(project, page, program), runs=1)
    assert re.search(rf"{re.escape(rel(page, project))}:\d+: block raised", message), message
    assert "RuntimeError: injected fault" in message and "Traceback" in message


# b. a shown output one character off ----------------------------------------------------------
def test_an_output_one_character_off(project):
    page, program, output = victim(project)
    text = (project / output).read_text(encoding="utf-8")
    i = next(i for i, c in enumerate(text) if c.isdigit())
    (project / output).write_text(text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :], "utf-8")
    message = check_block(block_of(project, page, program), runs=1)
    assert re.search(rf"{re.escape(rel(page, project))}:\d+: output differs", message), message


# c, d. an include of a missing file, of a missing section --------------------------------------
@pytest.mark.parametrize("fault", ["missing file", "missing section"])
def test_an_include_that_does_not_resolve(project, fault):
    page, program, _ = victim(project)
    broken = (
        "snippets/no_such_program.py" if fault == "missing file" else f"{program}:no_such_section"
    )
    text = page.read_text(encoding="utf-8").replace(f'--8<-- "{program}"', f'--8<-- "{broken}"', 1)
    page.write_text(text, encoding="utf-8")
    line = line_of(page, broken)
    with pytest.raises(SnippetMissingError) as caught:
        extract_blocks(page, project / "mkdocs.yml")
    assert f"{rel(page, project)}:{line}: " in str(caught.value)
    assert ("no_such_program.py" if fault == "missing file" else "no_such_section") in str(
        caught.value
    )


# e. a Python fence pytest-codeblocks would skip ------------------------------------------------
@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("```py", "```"),
        ('```python title="x.py"', "```"),
        ("~~~python", "~~~"),
        ("```pycon", "```"),
    ],
)
def test_a_fence_the_extractor_would_skip(project, opening, closing):
    page, program, _ = victim(project)
    text = page.read_text(encoding="utf-8")
    old = f'    ```python\n    --8<-- "{program}"\n    ```'
    new = f'    {opening}\n    --8<-- "{program}"\n    {closing}'
    page.write_text(text.replace(old, new, 1), "utf-8")
    line = line_of(page, f'--8<-- "{program}"') - 1  # the fence above the include
    messages = skipped_fences(page)
    assert any(m.startswith(f"{page}:{line}: fence") for m in messages), messages


# g. a block whose output changes between runs --------------------------------------------------
def test_an_unseeded_random_number(project):
    page, program, _ = victim(project)
    with open(project / program, "a", encoding="utf-8") as f:
        f.write("\nimport numpy as _np\n\nprint(_np.random.default_rng().random())\n")
    message = check_block(block_of(project, page, program), runs=2)
    assert re.search(
        rf"{re.escape(rel(page, project))}:\d+: output changes between runs", message
    ), message


# h. a block that never ends --------------------------------------------------------------------
@pytest.mark.slow
def test_a_block_that_never_ends_is_stopped_and_the_suite_goes_on(project):
    page, program, _ = victim(project)
    with open(project / program, "a", encoding="utf-8") as f:
        f.write(
            "\nimport time\nwhile True:  # sleeps, so it does not take a core from other tests\n    time.sleep(0.1)\n"
        )
    block = block_of(project, page, program)
    message = check_block(block, timeout=1, runs=1)
    assert re.search(
        rf"{re.escape(rel(page, project))}:\d+: block did not finish within 1 s", message
    )
    # The suite reports it and goes on to the next test.
    node = f"tests/test_published_blocks.py::test_block_runs_and_prints_what_the_page_shows[{rel(page, project)}:{block.line}]"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "-o",
            "addopts=",
            node,
            "tests/test_harness.py::test_a_passing_block_passes",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "BLOCK_TIMEOUT": "2", "RUNTIME_PYTHON": sys.executable},
    )
    assert "did not finish within 2 s (stopped)" in done.stdout, done.stdout
    assert re.search(r"\b1 failed, 1 passed", done.stdout), done.stdout


# i. a page missing a required section, a reference without an identifier ----------------------
def test_a_page_missing_a_section(project):
    page, _, _ = victim(project)
    page.write_text(page.read_text(encoding="utf-8").replace("\n## Pitfalls\n", "\n", 1), "utf-8")
    errors = structure_errors(QuestionPage(page, project / "docs"))
    assert any("sections must be exactly" in e and "Pitfalls" in e for e in errors), errors
    assert all(
        e.startswith(f"docs/{page.relative_to(project / 'docs').as_posix()}") for e in errors
    )


def test_a_reference_without_an_identifier(project):
    page, _, _ = victim(project)
    text = page.read_text(encoding="utf-8")
    text = text.replace(
        "\n## Related questions",
        "\n- Someone (2020). A paper nobody can look up.\n\n## Related questions",
        1,
    )
    page.write_text(text, "utf-8")
    errors = structure_errors(QuestionPage(page, project / "docs"))
    line = line_of(page, "## References")
    assert any(
        e.startswith(
            f"docs/{page.relative_to(project / 'docs').as_posix()}:{line}: reference without"
        )
        for e in errors
    ), errors


# f, j. broken links and third-party assets: faults the built site reveals ---------------------
# A build of the whole site takes most of a minute on two busy cores, so these four faults share
# one copy and one build: each goes into a different page (or the config), and each check must
# name exactly its own fault's file and line.
THIRD_PARTY = "https://cdn.example.com/tracker.js"


@pytest.fixture(scope="module")
def faulty_build(tmp_path_factory):
    project = tmp_path_factory.mktemp("faulty") / "project"
    shutil.copytree(ROOT, project, ignore=IGNORED)
    pages = [p.path for p in question_pages(project / "docs")][:3]
    faults = {}
    for page, addition, key in [
        (pages[0], "\nSee [this](no-such-page.md).\n", "link"),
        (pages[1], "\nSee [that](#no-such-anchor).\n", "anchor"),
        (pages[2], f'\n<script src="{THIRD_PARTY}"></script>\n', "page asset"),
    ]:
        with open(page, "a", encoding="utf-8") as f:
            f.write(addition)
        faults[key] = (page, len(page.read_text(encoding="utf-8").split("\n")) - 1)
    config = project / "mkdocs.yml"
    # Not strict, so that the site is written and the checks can read it; the log's warnings are
    # what strict mode turns into a failed build.
    config.write_text(
        config.read_text(encoding="utf-8").replace("strict: true", "strict: false"), "utf-8"
    )
    theme_asset = THIRD_PARTY.replace("tracker", "theme")
    config.write_text(
        config.read_text(encoding="utf-8") + f"\nextra_javascript:\n  - {theme_asset}\n", "utf-8"
    )
    faults["config asset"] = (config, line_of(config, theme_asset))
    build = build_site(project / "site", config, strict=False)
    assert build.returncode == 0, build.log
    return project, faults, build.log


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("link", "link 'no-such-page.md': no page questions/no-such-page.md"),
        ("anchor", "link '#no-such-anchor': no anchor #no-such-anchor in that page"),
    ],
)
def test_a_broken_link(faulty_build, fault, reason):
    project, faults, log = faulty_build
    page, line = faults[fault]
    where = page.relative_to(project).as_posix()
    assert f"{where}:{line}: {reason}" in broken_links(project / "docs", project / "site")
    # MkDocs' own validation warns too (fatal under --strict), naming the page but not the line.
    name = page.relative_to(project / "docs").as_posix()
    assert any(line.startswith("WARNING") and name in line for line in log.splitlines()), log


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["page asset", "config asset"])
def test_a_third_party_asset(faulty_build, fault):
    project, faults, _ = faulty_build
    source, line = faults[fault]
    problems = third_party_loads(project / "site", project)
    expected = f"{source.relative_to(project).as_posix()}:{line}: loads https://cdn.example.com/"
    assert any(p.startswith(expected) for p in problems), problems
