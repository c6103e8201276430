"""trafilatura's extraction cascade (``trafilatura.core.trafilatura_sequence``, 2.3.1) for pages read without comments.

The same stages on the same trees, less three costs that cannot change the result:

- the raw-tree prunes (infinite-scroll containers, share buttons, comment sections) search
  only pages whose ids and classes hold a word their patterns need;

- in fast mode the cleaned tree's backup copy is not made: only the external extractors
  (readability, jusText), which fast mode skips, and comment capture read it;
- the recall escalation is asked whether the extraction covers under a fifth of the page's
  text (``html2txt``, a copy and a clean-up of the whole page, a quarter of the cost of a
  short article) only when an upper bound on that text's length leaves the answer open.

``tests/ingest/test_html.py`` checks the text against trafilatura's own extraction in every mode.
"""

from __future__ import annotations

import contextlib
import functools
from copy import copy
from typing import Any

# Substrings an id or class must hold for each raw-tree prune to select anything (every
# alternative of its regular expressions contains one): a page whose ids and classes hold none
# is spared the XPath search, which tests every element.
RAW_PRUNE_NEEDLES = (("mvp-post-add-", "infinite"), ("elementor-share-buttons",))
COMMENT_NEEDLES = ("omment", "comol", "disqus_thread", "dsq-comments")


def article_body(tree: Any, options: Any) -> tuple[Any, str]:
    """The article's body element and its text, as ``trafilatura_sequence`` finds them; the tree is used up."""
    from trafilatura import core
    from trafilatura.baseline import baseline
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

    if options.comments:  # comments are routed through stages we do not repeat here
        body, text, _, _ = core.trafilatura_sequence(tree, options, options.url)
        return body, str(text)
    is_forum = core._forum_thread_page(tree)
    names = "\n".join(_ids_and_classes()(tree))
    for xpath, needles in zip(RAW_TREE_PRUNE_XPATH, RAW_PRUNE_NEEDLES, strict=True):
        if _any_in(needles, names):
            tree = prune_unwanted_nodes(tree, [xpath])
    if (options.focus == "precision" or not is_forum) and _any_in(COMMENT_NEEDLES, names):
        tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned = tree_cleaning(copy(tree), options)
    backup = cleaned if options.fast else copy(cleaned)  # read only by the external extractors
    cleaned = convert_tags(cleaned, options, options.url)
    if options.focus == "precision" and not is_forum:
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = core._extract_and_compare(cleaned, backup, tree, options)
    # 3. rescue: the baseline on the raw tree, when the extraction is shorter than trafilatura's minimum
    if len(text) < options.min_extracted_size and options.focus != "precision":
        baseline_body, baseline_text, baseline_length = baseline(tree)
        if baseline_length > len(text):
            body, text = baseline_body, baseline_text
    # 4. recall escalation, for a short extraction that covers little of the page
    if options.focus == "balanced" and 0 < len(text) < core.ESCALATION_MAX_LENGTH and _covers_little(text, tree):
        body, text = _escalated(tree, options, body, text)
    return body, str(text)


@functools.cache
def _ids_and_classes() -> Any:
    from lxml.etree import XPath

    return XPath("//@id|//@class", smart_strings=False)


def _any_in(needles: tuple[str, ...], names: str) -> bool:
    return any(needle in names for needle in needles)


def _escalated(tree: Any, options: Any, body: Any, text: str) -> tuple[Any, str]:
    """trafilatura's stage 4: a recall-mode retry (and jusText outside fast mode), kept when clearly longer."""
    from trafilatura import core
    from trafilatura.external import justext_rescue

    recall = copy(options)  # a copy: the caller's options keep their focus
    recall.focus = "recall"
    retry_body, retry_text = None, ""
    with contextlib.suppress(Exception):  # trafilatura, too, keeps the first extraction when the retry fails
        retry_body, retry_text = core._recall_retry(tree, recall, options.url)
    justext_body, justext_text = None, ""
    if not options.fast:
        with contextlib.suppress(Exception):  # as trafilatura: a failed candidate is no candidate
            justext_body, justext_text = justext_rescue(copy(tree), options)
    if len(justext_text) > len(retry_text) and len(justext_text) > core.ESCALATION_JUSTEXT_RATIO * len(text):
        return justext_body, justext_text
    if len(retry_text) >= options.min_extracted_size and len(retry_text) > core.ESCALATION_ACCEPT_RATIO * len(text):
        return retry_body, retry_text
    return body, text


def _covers_little(text: str, tree: Any) -> bool:
    """Whether ``text`` is under a fifth of the page text; html2txt runs only when a bound leaves it open."""
    from trafilatura import core
    from trafilatura.baseline import html2txt

    if len(text) >= core.ESCALATION_PAGE_SHARE * page_text_bound(tree):
        return False
    return len(text) < core.ESCALATION_PAGE_SHARE * len(html2txt(tree))


def page_text_bound(tree: Any) -> int:
    """An upper bound on ``len(html2txt(tree))``, from the raw tree without copying or cleaning it.

    html2txt removes scripts, styles and other boilerplate (keeping what follows them), puts a
    space before each block element's text and after it, and joins the words with single spaces.
    Removing text never adds a word and each space it puts in splits at most one, so its length
    is at most the body's non-space characters, less the scripts' and styles' own, plus one space
    per word of the body and two per block element. Counting whitespace instead (as this bound
    once did) sent 31 of the 79 short ScrapingHub extractions on to html2txt; this bound, 24.
    """
    from trafilatura.baseline import _BLOCK_ELEMS

    body = tree.find(".//body")
    if body is None:
        body = tree  # html2txt reads a tree without <body> whole
    words = body.text_content().split()
    removed = sum(_visible_length(element.text) for element in body.iter("script", "style"))
    blocks = sum(1 for _ in body.iter(*_BLOCK_ELEMS))
    return sum(map(len, words)) - removed + len(words) + 2 * blocks


def _visible_length(text: str | None) -> int:
    """Characters of ``text`` that are not whitespace."""
    return sum(map(len, text.split())) if text else 0
