"""The tag vocabulary, checked both ways.

`mkdocs.yml` lists the allowed tags (`tags_allowed` of Material's tags plugin), so a page with any
other tag fails the build. This test adds what the build cannot see: the list is short enough to
browse, and every tag on it labels at least two question pages, so the tags page groups pages
instead of listing one page per tag.
"""

from __future__ import annotations

from collections import Counter

from tools import site_config
from tools.pages import question_pages

MAX_TAGS = 40
MIN_PAGES = 2


def allowed_tags() -> set[str]:
    plugin = site_config.load().plugins["material/tags"]
    return {str(tag) for tag in plugin.config.tags_allowed}


def tag_counts() -> Counter[str]:
    return Counter(tag for page in question_pages() for tag in page.meta.get("tags", []))


def test_the_vocabulary_is_curated():
    allowed = allowed_tags()
    assert allowed, "mkdocs.yml: plugins > tags > tags_allowed is empty; list the vocabulary there"
    assert len(allowed) <= MAX_TAGS, f"{len(allowed)} tags allowed; keep at most {MAX_TAGS}"


def test_every_page_uses_only_allowed_tags():
    allowed = allowed_tags()
    wrong = [
        f"{page.path.name}: {tag!r}"
        for page in question_pages()
        for tag in page.meta.get("tags", [])
        if tag not in allowed
    ]
    assert not wrong, "tags not in mkdocs.yml's tags_allowed:\n" + "\n".join(wrong)


def test_every_allowed_tag_labels_at_least_two_pages():
    counts = tag_counts()
    thin = sorted(
        f"{tag!r}: {counts[tag]} page(s)" for tag in allowed_tags() if counts[tag] < MIN_PAGES
    )
    assert not thin, (
        f"every tag must label at least {MIN_PAGES} question pages (add it to another page it "
        "describes, or drop it from tags_allowed):\n" + "\n".join(thin)
    )


def test_every_page_has_two_to_five_tags():
    wrong = [
        f"{page.path.name}: {len(page.meta.get('tags', []))} tags"
        for page in question_pages()
        if not 2 <= len(page.meta.get("tags", [])) <= 5
    ]
    assert not wrong, "\n".join(wrong)


def test_a_tag_outside_the_vocabulary_fails_the_build():
    """The check Material's tags plugin runs on every page's front matter, with our allow list."""
    from material.plugins.tags.structure.tag.options import TagSet
    from mkdocs.config.base import ValidationError

    plugin = site_config.load().plugins["material/tags"]
    check = TagSet(allowed=plugin.config.tags_allowed)
    check.run_validation(sorted(allowed_tags())[:2])  # allowed tags pass
    try:
        check.run_validation(["tagz that nobody allowed"])
    except ValidationError as error:
        assert "tagz that nobody allowed" in str(error)
    else:
        raise AssertionError("a tag outside tags_allowed was accepted")
