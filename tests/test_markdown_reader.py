"""The one Markdown reader (`tools/markdown_reader.py`) finds what the page model and the checks
rely on, where the old line scanners disagreed: fences inside collapsed blocks, ``~~~`` fences,
``#`` lines of code, front matter."""

from __future__ import annotations

from tools.markdown_reader import MarkdownDocument

PAGE = """---
title: "Q1. A page"
---

# Q1. A page

??? example "Program: a.py"

    ```python
    --8<-- "snippets/a.py"
    ```

???+ note "Open"
    Text.

    ~~~py
    # a comment, not a heading
    ~~~

!!! question
Not indented: the box is empty.

``` python
x = 1
```

- Surname (2020). A title.
  <https://doi.org/10.1/x>
    - nested
- Other (2021).

## Section

    indented code
"""


def test_fences_are_found_in_boxes_with_their_lines_and_info_as_written():
    fences = MarkdownDocument(PAGE).fences
    assert [(f.line, f.indent, f.marker, f.info, f.language) for f in fences] == [
        (9, 4, "```", "python", "python"),
        (16, 4, "~~~", "py", "py"),
        (23, 0, "```", " python", "python"),
    ]
    assert fences[0].code == '--8<-- "snippets/a.py"\n'
    assert fences[0].end == 11


def test_headings_skip_code_and_front_matter():
    headings = MarkdownDocument(PAGE).headings
    assert [(h.level, h.line, h.text, h.nested) for h in headings] == [
        (1, 5, "Q1. A page", False),
        (2, 32, "Section", False),
    ]


def test_boxes_with_marker_kind_title_and_body():
    boxes = MarkdownDocument(PAGE).boxes
    assert [(b.line, b.marker, b.kind, b.title, b.collapsed) for b in boxes] == [
        (7, "???", "example", "Program: a.py", True),
        (13, "???+", "note", "Open", False),
        (20, "!!!", "question", "", False),
    ]
    assert boxes[0].body == '```python\n--8<-- "snippets/a.py"\n```'
    assert boxes[1].body.startswith("Text.\n\n~~~py")
    assert boxes[2].body == "", "content that is not indented is not in the box"


def test_list_items_and_code_lines():
    document = MarkdownDocument(PAGE)
    assert [(i.line, i.text, i.nested) for i in document.list_items] == [
        (27, "Surname (2020). A title. <https://doi.org/10.1/x> - nested", False),
        (29, "nested", True),
        (30, "Other (2021).", False),
    ]
    assert {9, 10, 11, 16, 17, 18, 23, 24, 25, 34} == set(document.code_lines)
