"""Shared fixtures: one strict build of the site per test session, shared by all workers."""

from __future__ import annotations

import dataclasses
import fcntl
import json
from pathlib import Path

import pytest

from tests.support.build import Build, build_site
from tests.support.seeding import rng  # noqa: F401  (a fixture, registered by import)
from tools.programs import RuntimePythonError, runtime_python


def pytest_configure(config):
    """A wrong ``$RUNTIME_PYTHON`` stops the run at once, in one line naming it, instead of
    failing every published block with a traceback."""
    try:
        runtime_python()
    except RuntimePythonError as error:
        raise pytest.UsageError(str(error)) from None


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, worker_id) -> Build:
    """The site, built once for the whole session (xdist workers share it through a lock), by a
    process that cannot import a test package (`tests/support/build.py`)."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    record = shared / "site-build.json"
    with open(shared / "site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            build = build_site(shared / "site")
            record.write_text(json.dumps({**dataclasses.asdict(build), "site": str(build.site)}))
        data = json.loads(record.read_text())
    return Build(Path(data["site"]), data["returncode"], data["log"])


@pytest.fixture(scope="session")
def site(site_build) -> Path:
    """The built site's folder; fails every dependent test if the strict build failed."""
    if site_build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{site_build.log}", pytrace=False)
    return site_build.site


def pytest_terminal_summary(terminalreporter):
    """Print what tests recorded with ``record_property("summary", …)`` (e.g. the search hit
    rate), also when they pass and when they ran in an xdist worker."""
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            for name, value in getattr(report, "user_properties", []):
                if name == "summary" and report.when == "call":
                    terminalreporter.write_line(str(value))
