"""Layer 1: every Python block of every page runs as published and prints what the page shows.

Blocks are extracted by pytest-codeblocks' extractor from the page with its ``--8<--`` includes
resolved by pymdownx.snippets under the site's own configuration (`tests/support/blocks.py`), and each one
runs as ``__main__`` in a fresh isolated interpreter holding only the runtime dependencies.
"""

from __future__ import annotations

import pytest

from tests.support.blocks import check_block, extract_blocks
from tools.paths import ROOT, markdown_pages


def _cases():
    for page in markdown_pages():
        try:
            blocks = extract_blocks(page)
        except Exception as error:  # a missing include fails this page's case, named
            yield pytest.param(page, error, id=str(page.relative_to(ROOT)))
            continue
        for block in blocks:
            yield pytest.param(block, None, id=block.where)


CASES = list(_cases())


@pytest.mark.parametrize(("block", "error"), CASES)
def test_block_runs_and_prints_what_the_page_shows(block, error):
    if error is not None:
        pytest.fail(f"{block.relative_to(ROOT)}: {type(error).__name__}: {error}", pytrace=False)
    failure = check_block(block)
    if failure:
        pytest.fail(failure, pytrace=False)


def test_pages_have_blocks():
    """The suite must not pass vacuously: there are published programs to run."""
    assert sum(1 for case in CASES if case.values[1] is None) >= 3
