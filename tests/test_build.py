"""The build stands on its own: it imports no test package, and ProperDocs (the maintained MkDocs
1.x fork) builds the same pages as MkDocs."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

from tests.support.build import BLOCKED, build_site
from tools.paths import ROOT

#: Packages of the test extra that the build may import, with the reason.
SHARED_WITH_THE_BUILD = {"packaging": "MkDocs itself requires it"}


def test_the_site_builds_without_importing_a_test_package(site_build):
    """The session's build (`tests/conftest.py`) ran with every test package made unimportable."""
    assert site_build.returncode == 0, site_build.log


def test_every_test_package_is_blocked():
    test_extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["test"]
    modules: dict[str, set[str]] = {}
    for module, distributions in packages_distributions().items():
        for distribution in distributions:
            modules.setdefault(re.sub(r"[-_.]+", "-", distribution).lower(), set()).add(module)
    unblocked = {}
    for requirement in map(Requirement, test_extra):
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if name not in SHARED_WITH_THE_BUILD:
            missing = modules.get(name, set()) - set(BLOCKED)
            if missing:
                unblocked[name] = sorted(missing)
    assert not unblocked, f"add to BLOCKED in tests/support/build.py: {unblocked}"


def _site_with_extension(tmp_path: Path, extension_code: str) -> Path:
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# A page\n", encoding="utf-8")
    (project / "an_extension.py").write_text(extension_code, encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Guarded\nmarkdown_extensions:\n  - an_extension\n", encoding="utf-8"
    )
    return project


EXTENSION = """
{imports}
from markdown import Extension


class Nothing(Extension):
    def extendMarkdown(self, md):
        pass


def makeExtension(**kwargs):
    return Nothing(**kwargs)
"""


def test_the_guard_fails_a_build_that_imports_a_test_package(tmp_path):
    clean = _site_with_extension(tmp_path / "clean", EXTENSION.format(imports=""))
    assert build_site(tmp_path / "clean-site", clean / "mkdocs.yml").returncode == 0
    faulty = _site_with_extension(tmp_path / "faulty", EXTENSION.format(imports="import pytest"))
    build = build_site(tmp_path / "faulty-site", faulty / "mkdocs.yml")
    assert build.returncode != 0
    assert "the build imported pytest, a test-only package" in build.log, build.log


#: The only difference allowed between the two builds: the generator each names in its pages.
_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _normalised(path: Path) -> bytes:
    data = path.read_bytes()
    return _GENERATOR.sub(b'<meta name="generator">', data) if path.suffix == ".html" else data


def test_properdocs_builds_the_same_pages(site, tmp_path):
    build = build_site(tmp_path / "site-properdocs", program="properdocs")
    assert build.returncode == 0, build.log
    ours = {p.relative_to(site) for p in site.rglob("*") if p.is_file()}
    theirs = {p.relative_to(build.site) for p in build.site.rglob("*") if p.is_file()}
    assert ours == theirs, f"only MkDocs: {ours - theirs}; only ProperDocs: {theirs - ours}"
    different = [
        str(name)
        for name in sorted(ours)
        if _normalised(site / name) != _normalised(build.site / name)
    ]
    assert not different, f"ProperDocs builds these differently: {different}"
    generators = _GENERATOR.findall((build.site / "index.html").read_bytes())
    assert generators and b"ProperDocs" in generators[0], "the comparison must be of two builders"
