"""The harness tests itself on fixture pages kept out of the site (`tests/fixtures/pages/`).

Each fault must fail with a message that names the Markdown file and line and says what is wrong.
"""

from __future__ import annotations

import pytest
from pymdownx.snippets import SnippetMissingError

from tests.support.blocks import check_block, extract_blocks, skipped_fences
from tools.paths import OUTPUTS, ROOT
from tools.write_outputs import write_output

PAGES = ROOT / "tests" / "fixtures" / "pages"


def only_block(name: str):
    (block,) = extract_blocks(PAGES / name)
    return block


def test_a_passing_block_passes():
    assert check_block(only_block("passing.md")) is None


def test_a_raising_block_fails_with_page_line_and_traceback():
    message = check_block(only_block("raising.md"))
    assert message.startswith("tests/fixtures/pages/raising.md:5: block raised (exit 1)")
    assert "Traceback (most recent call last)" in message
    assert "ZeroDivisionError: division by zero" in message
    assert "line 2, in divide" in message


def test_an_output_one_character_off_fails_with_a_diff():
    message = check_block(only_block("wrong_output.md"))
    assert message.startswith("tests/fixtures/pages/wrong_output.md:3: output differs")
    assert "-0.6341\n+0.6340" in message


def test_a_block_without_output_fails():
    message = check_block(only_block("no_output.md"))
    assert message.startswith("tests/fixtures/pages/no_output.md:3: block has no output block")


def test_a_block_that_never_ends_is_stopped_at_the_timeout():
    message = check_block(only_block("endless.md"), timeout=2)
    assert message == "tests/fixtures/pages/endless.md:3: block did not finish within 2 s (stopped)"


def test_a_missing_include_fails_naming_the_file():
    with pytest.raises(SnippetMissingError, match=r"missing_include.md:4: .*no_such_file.py"):
        extract_blocks(PAGES / "missing_include.md")


def test_a_missing_section_fails_naming_the_section():
    with pytest.raises(SnippetMissingError, match=r"missing_section.md:4: .*no_such_section"):
        extract_blocks(PAGES / "missing_section.md")


def test_skippable_fences_are_reported_with_lines():
    messages = skipped_fences(PAGES / "skippable_fence.md")
    where = [m.split(": ", 1)[0] for m in messages]
    page = "tests/fixtures/pages/skippable_fence.md"
    # py, title=, ~~~ and pycon fail; the exempted pycon (line 22) does not.
    assert where == [f"{page}:3", f"{page}:7", f"{page}:11", f"{page}:15"]
    assert all("not collected by pytest-codeblocks" in m for m in messages)


def test_the_extractor_really_skips_those_fences():
    """The guard exists because of this: pytest-codeblocks collects none of those blocks."""
    assert extract_blocks(PAGES / "skippable_fence.md") == []


def test_an_output_that_changes_between_runs_fails_a_single_run():
    """`make test` runs each block once: the page's output, written by two agreeing runs, is the
    run it is compared with."""
    message = check_block(only_block("unseeded.md"))
    assert message.startswith(
        "tests/fixtures/pages/unseeded.md:3: output differs from the one shown"
    )


def test_write_outputs_refuses_an_output_that_changes_between_runs(tmp_path):
    module = tmp_path / "q99_unseeded.py"
    module.write_text((ROOT / "tests" / "fixtures" / "snippets" / "unseeded.py").read_text())
    with pytest.raises(RuntimeError, match="output changes between runs"):
        write_output(module)
    assert not (OUTPUTS / "q99_unseeded.txt").exists()


def test_an_output_that_changes_between_runs_fails():
    message = check_block(only_block("unseeded.md"), runs=2)
    assert message.startswith("tests/fixtures/pages/unseeded.md:3: output changes between runs")
    assert "--- run 1" in message
