"""Duplicate articles: which rewrites count as duplicates, how links are stored, and that nothing is dropped."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from eventwire.dedup import (
    _A,
    _B,
    DedupIndex,
    Fingerprint,
    _min_hashes,
    _shingle_hashes,
    check_article,
    dedup_store,
    estimate,
    fingerprint,
    load_index,
)
from eventwire.store import Store, open_store

# A made-up wire story (no real article text in the repository).
STORY = [
    "The city council of Northbridge voted on Tuesday to close the old river bridge to heavy trucks "
    "after engineers found deep cracks in two of its supporting piers.",
    "The decision, taken by seven votes to two, means freight traffic will be diverted through the "
    "industrial ring road for at least eighteen months while repairs are planned and funded.",
    "Mayor Alice Brennan said the council had no choice once the inspection report arrived, adding that "
    "the safety of residents and drivers had to come before the complaints of local haulage firms.",
    "Haulage companies warned that the detour would add forty minutes to every delivery and cost the "
    "region's small businesses several million pounds over the life of the closure.",
    "The bridge, built in 1911, carries around twelve thousand vehicles a day and was last strengthened "
    "in the 1970s, according to figures published by the regional transport authority.",
    "Engineers will return next month to take core samples from the piers, and a full cost estimate for "
    "the repairs is expected to be presented to the council before the end of the year.",
    "Opposition councillors who voted against the closure said a weight limit and closer monitoring "
    "would have been enough, and accused the mayor of acting in haste without consulting businesses.",
    "Residents living near the ring road have asked for new pedestrian crossings and lower speed limits "
    "before the diverted lorries begin using the route in the spring.",
]
OTHER_STORY = [
    "Fishermen in the southern harbour of Kelport staged a protest on Monday against new quotas that "
    "they say will halve their catch of cod and haddock over the next three years.",
    "About two hundred boats blocked the harbour entrance for six hours, delaying a ferry and several "
    "cargo ships, before coastguard officers persuaded the crews to return to their moorings.",
    "The fisheries minister said the quotas were based on the best scientific advice and were needed "
    "to let stocks recover after a decade of overfishing in the northern waters.",
    "Union leaders said they would meet the minister on Thursday and did not rule out further action "
    "if the government refused to offer compensation to the families most affected.",
]
SAME_STORY_OTHER_WRITER = [
    "Heavy lorries will be banned from Northbridge's river bridge after inspectors discovered cracks in "
    "the 1911 structure, councillors decided in a split vote this week.",
    "Brennan, the mayor, defended the move, telling reporters the inspection left the council no option.",
    "Freight operators estimate the diversion along the ring road will cost local firms millions and "
    "lengthen journeys considerably during a closure expected to last a year and a half.",
    "Critics on the council argued that a weight restriction would have sufficed.",
]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def rewrite(kind: str) -> str:
    """The story after one kind of editing a news desk does."""
    if kind == "exact":
        return text(STORY)
    if kind == "respaced":
        return text(STORY).upper().replace(",", " ,").replace("\n\n", "\n")
    if kind == "new headline and dateline":
        return "BRIDGE CLOSED TO TRUCKS\n\nNORTHBRIDGE (Wire) — " + text(STORY)
    if kind == "new lead":
        return text(["Trucks are banned from the Northbridge river bridge from today.", *STORY[1:]])
    if kind == "truncated":
        return text(STORY[:5])
    if kind == "updated":
        extra = "Late on Tuesday the regional government offered emergency funds to speed up the bridge repairs."
        return text([*STORY, extra])
    if kind == "paragraphs shuffled":
        return text([STORY[i] for i in (0, 2, 1, 4, 3, 6, 5, 7)])
    if kind == "last paragraphs cut":
        return text(STORY[:6])
    raise ValueError(kind)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("exact", "exact"),
        ("respaced", "exact"),
        ("new headline and dateline", "near"),
        ("new lead", "near"),
        ("truncated", "near"),
        ("updated", "near"),
        ("paragraphs shuffled", "near"),
        ("last paragraphs cut", "near"),
    ],
)
def test_dedup_rewrites_of_an_article_are_duplicates(kind: str, expected: str) -> None:
    index = DedupIndex()
    index.add("original", fingerprint(text(STORY)))
    found = index.match("copy", fingerprint(rewrite(kind)))
    assert found is not None
    assert (found.duplicate_of, found.kind) == ("original", expected)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(text(OTHER_STORY), id="another story"),
        pytest.param(text(SAME_STORY_OTHER_WRITER), id="same story, another writer"),
        pytest.param(text(STORY[:1]), id="too short to judge"),
        pytest.param("", id="empty"),
    ],
)
def test_dedup_distinct_articles_are_not_duplicates(other: str) -> None:
    index = DedupIndex()
    index.add("original", fingerprint(text(STORY)))
    assert index.match("other", fingerprint(other)) is None


def test_dedup_estimates_track_true_overlap() -> None:
    full, half = fingerprint(text(STORY)), fingerprint(text(STORY[:4]))
    jaccard, containment = estimate(full, half)
    assert 0.3 < jaccard < 0.7  # about half the shingles are shared
    assert containment > 0.85  # but the half is inside the whole


def test_dedup_signature_round_trips_through_text() -> None:
    print_ = fingerprint(text(STORY))
    back = Fingerprint.decode(print_.text_hash, print_.shingles, print_.encoded())
    assert (back.signature == print_.signature).all()


def test_dedup_a_re_stored_article_does_not_match_itself() -> None:
    index = DedupIndex()
    index.add("a", fingerprint(text(STORY)))
    assert index.match("a", fingerprint(text(STORY))) is None


# -- in the store --------------------------------------------------------------------------


def result(article_id: str, body: str) -> dict[str, Any]:
    return {"id": article_id, "title": None, "date": "2022-03-01", "text": body, "events": [], "places": []}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "ew.db")


def test_dedup_links_are_stored_and_articles_kept(store: Store) -> None:
    index = load_index(store)
    for article_id, body in [("a", text(STORY)), ("b", rewrite("truncated")), ("c", text(OTHER_STORY))]:
        store.save(result(article_id, body), origin=None, pipeline_version="1")
        check_article(store, index, article_id, body)
    assert [(d["article_id"], d["duplicate_of"], d["kind"]) for d in store.duplicates()] == [("b", "a", "near")]
    assert store.counts()["articles"] == 3


def test_dedup_index_persists_across_opens(store: Store, tmp_path: Path) -> None:
    store.save(result("a", text(STORY)), origin=None, pipeline_version="1")
    check_article(store, load_index(store), "a", text(STORY))
    store.close()
    with open_store(tmp_path / "ew.db") as again:
        index = load_index(again)
        assert len(index) == 1
        again.save(result("b", rewrite("updated")), origin=None, pipeline_version="1")
        found = check_article(again, index, "b", rewrite("updated"))
        assert found is not None and found.duplicate_of == "a"


def test_dedup_store_backfills_unsigned_articles_once(store: Store) -> None:
    for article_id, body in [("a", text(STORY)), ("b", rewrite("exact") + " "), ("c", text(OTHER_STORY))]:
        store.save(result(article_id, body), origin=None, pipeline_version="1")
    first = dedup_store(store)
    assert [(d.article_id, d.duplicate_of, d.kind) for d in first] == [("b", "a", "exact")]
    assert dedup_store(store) == []  # everything is signed now
    assert len(store.duplicates()) == 1


def test_dedup_an_article_stored_but_never_checked_is_caught_up_when_the_index_loads(store: Store) -> None:
    """A run killed between an article's save and its duplicate check leaves it unsigned; the next
    run (or watcher) must not skip it for good."""
    index = load_index(store)
    store.save(result("a", text(STORY)), origin=None, pipeline_version="1")
    check_article(store, index, "a", text(STORY))
    store.save(result("b", rewrite("exact") + " "), origin=None, pipeline_version="1")  # killed here
    again = load_index(store)
    assert len(again) == 2
    assert [(d["article_id"], d["duplicate_of"]) for d in store.duplicates()] == [("b", "a")]


def test_dedup_link_goes_when_the_article_is_replaced(store: Store) -> None:
    index = load_index(store)
    for article_id, body in [("a", text(STORY)), ("b", rewrite("new lead"))]:
        store.save(result(article_id, body), origin=None, pipeline_version="1")
        check_article(store, index, article_id, body)
    store.save(result("b", text(OTHER_STORY)), origin=None, pipeline_version="1")
    assert store.duplicates() == []
    assert check_article(store, index, "b", text(OTHER_STORY)) is None


@pytest.mark.parametrize(
    ("tokens", "shingles"),
    [
        ([], []),
        (["kyiv", "talks"], ["kyiv talks"]),  # shorter than a shingle: one shingle of all the words
        (["café", "zürich", "київ"], ["café zürich київ"]),  # non-ASCII words hash as their UTF-8 bytes
        (["a", "b", "c", "d", "e", "f"], ["a b c d e", "b c d e f"]),
        (
            ["a", "b", "c", "d", "e", "a", "b", "c", "d", "e"],
            ["a b c d e", "b c d e a", "c d e a b", "d e a b c", "e a b c d"],
        ),
    ],
)
def test_dedup_shingle_hashes_are_the_schemes_blake2b_words(tokens: list[str], shingles: list[str]) -> None:
    # Stored signatures stay valid only while each shingle hashes to the same 32-bit value.
    expected = {int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little") for s in shingles}
    hashes = _shingle_hashes(tokens)
    assert hashes.dtype == np.uint64 and sorted(hashes.tolist()) == sorted(expected)


@pytest.mark.parametrize(
    "hashes",
    [
        [0],
        [0xFFFFFFFF],  # the largest shingle hash: a x + b is then closest to twice the prime
        [1, 2, 3, 0xFFFFFFFE, 0xFFFFFFFF],
        list(np.random.RandomState(7).randint(0, 1 << 32, size=500, dtype=np.uint64)),
    ],
)
def test_dedup_min_hashes_are_the_schemes_modular_permutations(hashes: list[int]) -> None:
    # The scheme: min over shingles of ((a x + b) mod (2^61 - 1)) & 0xFFFFFFFF, in Python's exact integers.
    prime, mask = (1 << 61) - 1, 0xFFFFFFFF
    expected = [min(((int(a) * int(x) + int(b)) % prime) & mask for x in hashes) for a, b in zip(_A, _B, strict=True)]
    assert _min_hashes(np.array(hashes, dtype=np.uint64)).tolist() == expected
