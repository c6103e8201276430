"""A page's author as trafilatura's ``extract_author`` finds it, at a fifth of the cost.

trafilatura (2.3.1) copies the whole tree, prunes comment, date and figure sections from the
copy, then runs three XPath searches for bylines; libxml2 re-reads the attributes for each of
their thirty-odd tests on every element (and ``re:test`` calls back into Python). That was
about 40% of the metadata time on news pages. Here one walk over the page, reading each
element's attributes once, finds what all four searches select (the same tests, as Python
comparisons and the same regular expressions), and runs on the page as it is: a candidate
inside a pruned section is skipped, and only a candidate holding one is copied and pruned.
``tests/ingest/test_authors.py`` checks both against trafilatura on real pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# trafilatura's bounds on an author string (``extract_metainfo``'s len_limit for authors).
_MIN_CHARS, _MAX_CHARS = 2, 120

# AUTHOR_XPATHS[0]: specific author markup, and any <author> element.
_SPECIFIC_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_SPECIFIC_CLASS = re.compile("author-?name|AuthorName|authorName")
_SPECIFIC_TEST_IDS = ("AuthorCard", "AuthorURL")
# AUTHOR_XPATHS[1]: almost generic bylines.
_GENERIC_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_GENERIC_CLASSES = ("byline", "username", "byl", "BBL")
_GENERIC_ID = re.compile("author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
# AUTHOR_XPATHS[2]: any element, last resort.
_ANY_ID = re.compile("[Aa]uthor")
_ANY_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
# AUTHOR_DISCARD_XPATHS: comment lists, sidebars, dates, figures (never the root itself: ``.//*``).
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_CLASSES = ("comments", "title", "date")
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
_DISCARD_ALWAYS = frozenset({"time", "figure"})


@dataclass
class AuthorMarkup:
    """What trafilatura's author XPaths select on a page, in document order; and what its pruning drops."""

    searches: tuple[list[Any], list[Any], list[Any]] = field(default_factory=lambda: ([], [], []))
    discarded: set[Any] = field(default_factory=set)


def page_author(tree: Any) -> str | None:
    """The author named in the page's markup (bylines, author links), normalised as trafilatura does."""
    from trafilatura.json_metadata import normalize_authors

    markup = author_markup(tree)
    for found in markup.searches:
        for element in found:
            if element in markup.discarded or any(above in markup.discarded for above in element.iterancestors()):
                continue  # gone from trafilatura's pruned copy
            content = _text(element, markup.discarded)
            if content and _MIN_CHARS < len(content) < _MAX_CHARS:
                return normalize_authors(None, content)
    return None


def author_markup(tree: Any) -> AuthorMarkup:
    """One walk over the page: the elements each author search selects, and those pruning removes."""
    markup = AuthorMarkup()
    specific, generic, anything = markup.searches
    # <rel>me</rel> inside an element is one of the specific tests (a child element, not an attribute).
    rel_me = {rel.getparent() for rel in tree.iter("rel") if rel.xpath("string()") == "me"}
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # comments and processing instructions
        if tag in _DISCARD_ALWAYS:
            markup.discarded.add(element)
        if not element.attrib:  # most elements: only the tag and child tests can match
            if tag == "author" or (tag in _SPECIFIC_TAGS and element in rel_me):
                specific.append(element)
            continue
        attrs = _Attributes(element)
        if tag == "author" or (tag in _SPECIFIC_TAGS and (_is_specific(attrs) or element in rel_me)):
            specific.append(element)
        if tag in _GENERIC_TAGS and _is_generic(attrs):
            generic.append(element)
        if _is_any(attrs):
            anything.append(element)
        if tag in _DISCARD_TAGS and element is not tree and _is_discarded(attrs):
            markup.discarded.add(element)
    return markup


class _Attributes:
    """The attributes the tests read, each read once ('' when absent, as XPath's string tests see it)."""

    __slots__ = ("cls", "element", "ident", "itemprop")

    def __init__(self, element: Any) -> None:
        self.element = element
        self.cls: str = element.get("class") or ""
        self.ident: str = element.get("id") or ""
        self.itemprop: str = element.get("itemprop") or ""

    def get(self, name: str) -> str:
        return str(self.element.get(name) or "")


def _is_specific(attrs: _Attributes) -> bool:
    return (
        attrs.get("rel") == "author"
        or attrs.ident == "author"
        or attrs.cls == "author"
        or attrs.itemprop == "author name"
        or attrs.get("data-testid") in _SPECIFIC_TEST_IDS
        or _SPECIFIC_CLASS.search(attrs.cls) is not None
    )


def _is_generic(attrs: _Attributes) -> bool:
    return (
        attrs.cls in _GENERIC_CLASSES
        or "author" in attrs.itemprop
        or _GENERIC_ID.search(attrs.ident) is not None
        or _GENERIC_CLASS.search(attrs.cls) is not None
    )


def _is_any(attrs: _Attributes) -> bool:
    return (
        "author" in attrs.itemprop
        or _ANY_ID.search(attrs.ident) is not None
        or _ANY_CLASS.search(attrs.cls) is not None
        or "Byline" in attrs.get("data-component")
    )


def _is_discarded(attrs: _Attributes) -> bool:
    return (
        attrs.ident == "comments"
        or attrs.cls in _DISCARD_CLASSES
        or _DISCARD_ID.search(attrs.ident) is not None
        or _DISCARD_CLASS.search(attrs.cls) is not None
        or "Figure" in attrs.get("data-component")
    )


def _text(element: Any, discarded: set[Any]) -> str:
    """The element's text as trafilatura reads it from its pruned copy of the page."""
    from copy import deepcopy

    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.utils import trim
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    if any(inner in discarded for inner in element.iterdescendants()):
        # Rare: prune a copy of this element alone, as trafilatura pruned its copy of the page.
        element = prune_unwanted_nodes(deepcopy(element), AUTHOR_DISCARD_XPATHS)
    return str(trim(" ".join(element.itertext())))
