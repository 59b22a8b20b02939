"""Question pages not yet rewritten to page standard version 2 ("answer first", CONTRIBUTING.md).

A page listed here is checked against version 1 of the outline (corrections before the answer,
short answer in an admonition) and is exempt from the version-2 rules: reading-path budget, visible
core program, program lengths, citations, building-block copies. Remove a page's number when it is
rewritten; the list must end empty, and `test_pending_pages_still_need_it` fails for a page that
is listed but already passes version 2.
"""

PENDING_VERSION_2: frozenset[int] = frozenset()
