"""The repository keeps its promises to maintainers: figures current, gradients checked, pins
agreeing with pyproject.toml, code formatted, workflows valid."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tools.make_figures import render
from tools.paths import FIGURES, ROOT, figure_modules

GRADIENT_NAME = re.compile(r"\w+_(?:grad|backward|derivative)$")


@pytest.mark.parametrize("module", figure_modules())
def test_figure_is_current(module):
    """Each committed SVG equals what its figure module draws now (light and dark)."""
    for name, svg in render(module).items():
        path = FIGURES / name
        assert path.exists(), f"docs/assets/figures/{name} is missing: run `make figures`"
        assert path.read_bytes() == svg, f"docs/assets/figures/{name} is stale: run `make figures`"


def test_every_figure_file_has_a_module():
    modules = set(figure_modules())
    for svg in FIGURES.glob("*.svg"):
        assert svg.stem.removesuffix("-dark") in modules, (
            f"docs/assets/figures/{svg.name}: no module draws it"
        )


def _program_and_block_modules() -> list[Path]:
    """The page programs (`snippets/q*.py`) and the building blocks (`snippets/nn/*.py`)."""
    snippets = ROOT / "snippets"
    return sorted(snippets.glob("q*.py")) + sorted(snippets.glob("nn/*.py"))


def test_every_analytic_gradient_is_checked_by_finite_differences():
    tests = {
        p: p.read_text(encoding="utf-8")
        for folder in ("snippets", "nn")
        for p in (ROOT / "tests" / folder).glob("test_*.py")
    }
    unchecked = []
    for module in _program_and_block_modules():
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and GRADIENT_NAME.match(node.name):
                checked = any(
                    "check_gradient" in text and re.search(rf"\b{node.name}\b", text)
                    for text in tests.values()
                )
                if not checked:
                    path = module.relative_to(ROOT)
                    unchecked.append(f"{path}:{node.lineno}: {node.name}")
    assert not unchecked, "not checked against finite differences:\n" + "\n".join(unchecked)


def _module_generators(tree):
    """Names a module binds to ``np.random.default_rng(...)`` at its top level."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and ast.unparse(node.value.func).endswith("default_rng")
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def test_no_test_draws_from_a_generator_other_tests_share():
    """A test that draws from a module-level generator gets data that depend on which tests ran
    before it in its process, which pytest-xdist changes on every run (a gradient-check test
    failed one CI run in ten that way). Tests draw from the `rng` fixture instead."""
    shared = []
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _module_generators(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                bound = {a.arg for a in node.args.args} | {
                    t.id
                    for s in ast.walk(node)
                    if isinstance(s, ast.Assign)
                    for t in s.targets
                    if isinstance(t, ast.Name)
                }
                used = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} & names - bound
                if used:
                    shared.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.name} {used}")
    assert not shared, "draws from a shared generator:\n" + "\n".join(shared)


def _pins(path):
    pins = {}
    for line in path.read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", line)
        if m:
            pins[m[1].lower().replace("_", "-")] = m[2]
    return pins


def test_pins_satisfy_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    dev = _pins(ROOT / "requirements" / "dev.txt")
    runtime = _pins(ROOT / "requirements" / "runtime.txt")
    problems = []
    for text in declared:
        req = Requirement(text)
        name = req.name.lower().replace("_", "-")
        if name not in dev:
            problems.append(
                f"{name}: declared in pyproject.toml but not pinned in requirements/dev.txt"
            )
        elif not req.specifier.contains(dev[name], prereleases=True):
            problems.append(f"{name}=={dev[name]} (dev.txt) does not satisfy {req.specifier}")
    for text in project["dependencies"]:
        req = Requirement(text)
        name = req.name.lower()
        if runtime.get(name) != dev.get(name):
            problems.append(
                f"{name}: runtime.txt pins {runtime.get(name)}, dev.txt pins {dev.get(name)}"
            )
    assert not problems, "\n".join(problems)


def test_torch_environment_pins_what_dev_pins():
    """`make test-torch` runs the NumPy and pytest of the rest of the suite (`-c dev.txt` in
    requirements/torch.in); a `make lock` that re-pins dev.txt must re-pin torch.txt too."""
    dev = _pins(ROOT / "requirements" / "dev.txt")
    torch = _pins(ROOT / "requirements" / "torch.txt")
    assert torch.get("torch", "").startswith("2."), torch
    differ = {name: (v, dev[name]) for name, v in torch.items() if name in dev and v != dev[name]}
    assert not differ, f"requirements/torch.txt vs dev.txt (run `make lock`): {differ}"
    assert torch["numpy"] == dev["numpy"]


def test_code_is_linted_and_formatted():
    for command in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *command], cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_github_workflows_are_valid():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, workflows),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_numpy_matrix_covers_the_oldest_declared_numpy():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    numpy = next(Requirement(r) for r in project["dependencies"] if r.startswith("numpy"))
    lower = next(s.version for s in numpy.specifier if s.operator == ">=")
    oldest = re.search(r"^NUMPY_OLDEST := (\S+)$", (ROOT / "Makefile").read_text(), re.M)[1]
    assert oldest.startswith(lower), f"Makefile NUMPY_OLDEST={oldest}, pyproject numpy>={lower}"


def _make(*args, **env):
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, **env},
        timeout=60,
    )


def test_a_second_make_test_does_not_reinstall():
    """After an install, the environments are up to date: `make test` goes straight to pytest."""
    done = _make("-n", ".venv/.installed", ".venv-runtime/.installed")
    assert done.returncode == 0 and "pip install" not in done.stdout, (
        "make would reinstall:\n" + done.stdout
    )


def test_an_interrupted_install_is_redone_from_scratch(tmp_path):
    """Without its stamp (written last), an environment is deleted and rebuilt, not patched."""
    done = _make(
        "-n", "-W", "requirements/dev.txt", f"VENV={tmp_path}/venv", f"{tmp_path}/venv/.installed"
    )
    commands = done.stdout.splitlines()
    rebuild = commands.index(f"rm -rf {tmp_path}/venv")
    assert commands[rebuild + 1] == f"python3 -m venv {tmp_path}/venv", done.stdout
    assert commands[-1] == f"touch {tmp_path}/venv/.installed", done.stdout


def test_a_missing_python_says_what_to_install():
    done = _make("check-python", "PYTHON=/nonexistent/python3")
    assert done.returncode != 0
    assert "Python 3.11 or newer is needed" in done.stdout + done.stderr


def test_github_workflows_pass_the_security_linter():
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "zizmor"),
            "--offline",
            "--config",
            ".github/zizmor.yml",
            ".github/workflows/",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_bench_times_every_test_file_in_a_layer():
    """`make bench` splits the suite by layer (tools/bench.py LAYERS): a new test file must join
    one, or the per-layer times stop adding up to the suite."""
    from tools.bench import LAYERS

    listed = {Path(s) for selection in LAYERS.values() for s in selection}
    tests = {p.relative_to(ROOT) for p in (ROOT / "tests").glob("test_*.py")}
    missing = sorted(str(p) for p in tests if p not in listed)
    assert not missing, f"add to a layer in tools/bench.py LAYERS: {missing}"


def _docstrings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield getattr(node, "name", path.stem), doc


def test_docstrings_write_powers_as_code():
    """The API reference renders docstrings as Markdown: `x1**2 + x2**2` outside backticks became
    bold "2 + x2" on a page once. Powers (and any `**`) go in a code span."""
    found = []
    for path in _program_and_block_modules():
        for name, doc in _docstrings(path):
            prose = re.sub(r"``.*?``|`[^`\n]*`", "", doc, flags=re.DOTALL)
            prose = re.sub(r"^\s*(>>>|\.\.\.).*$", "", prose, flags=re.MULTILINE)
            found += [
                f"{path.relative_to(ROOT)}: {name}: {m[0]}"
                for m in re.finditer(r"\S*\*\*\S*", prose)
            ]
    assert not found, "put in backticks (``x**2``):\n" + "\n".join(found)


def test_ci_run_exercises_every_command_of_the_workflow():
    """`.ci/run` (what CI runs here) runs each `make` command of the GitHub workflow, so the
    publishing path (`deploy` needs `test`, `numpy-matrix` and `torch-crosscheck`) cannot break
    without a red run."""
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    commands = {
        line.strip()
        for job in workflow["jobs"].values()
        for step in job["steps"]
        for line in str(step.get("run", "")).splitlines()
        if line.strip().startswith("make ")
    }
    assert {"make test", "make test-matrix", "make test-torch", "make build"} <= commands, commands
    ci_run = (ROOT / ".ci" / "run").read_text()
    ran = set(re.findall(r"^step \"[^\"]*\" (make [\w-]+)$", ci_run, re.MULTILINE))
    assert commands <= ran, f"in the workflow but not in .ci/run: {sorted(commands - ran)}"


#: A citation of a document that is not in the repository (the project's standards are stated
#: in README.md and CONTRIBUTING.md). Built from parts, so that this file does not match itself.
_OUTSIDE = re.compile(r"\b" + "SP" + r"EC\b|\.\./" + "shared")


def _outside_citations(name: str, text: str) -> list[str]:
    return [
        f"{name}:{number}: {line.strip()[:100]}"
        for number, line in enumerate(text.split("\n"), start=1)
        if _OUTSIDE.search(line)
    ]


def test_nothing_cites_a_document_outside_the_repository():
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    found = []
    for name in filter(None, tracked):
        path = ROOT / name
        if path.is_file():
            try:
                found += _outside_citations(name, path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:  # binary files cite nothing
                continue
    assert not found, "cite README.md or CONTRIBUTING.md instead:\n" + "\n".join(found)
    assert len(tracked) > 100, "git ls-files listed too few files: vacuous"


def test_an_outside_citation_is_found():
    text = "# Offline (" + "SP" + "EC P5).\nfine\nsee ../" + "shared/notes.md\n"
    assert _outside_citations("mkdocs.yml", text) == [
        "mkdocs.yml:1: # Offline (" + "SP" + "EC P5).",
        "mkdocs.yml:3: see ../" + "shared/notes.md",
    ]
