"""The fusion scorer: duplicated and wrongly merged events counted from groups of labelled mentions."""

from __future__ import annotations

import pytest

from eventwire.eval.fusion import (
    SETS,
    Label,
    gdelt_rule_groups,
    ipe_dir,
    labels_in_text,
    missing_corpus,
    read_labels,
    score_groups,
    set_articles,
)

LABELS_TABLE = [
    Label("a", 0, 5, "riot"),
    Label("b", 10, 15, "riot"),
    Label("c", 0, 5, "arrest"),
    Label("c", 20, 25, "x"),
    Label("c", 2, 25, "x"),
]


@pytest.mark.parametrize(
    ("groups", "fused", "duplicated", "merged"),
    [
        pytest.param([[("a", 0, 5), ("b", 10, 15)], [("c", 0, 5)]], 2, 0, 0, id="perfect"),
        pytest.param([[("a", 0, 5)], [("b", 10, 15)], [("c", 0, 5)]], 3, 1, 0, id="one event split"),
        pytest.param([[("a", 0, 5), ("b", 10, 15), ("c", 1, 3)]], 1, 0, 1, id="two events merged"),
        pytest.param([[("a", 0, 5), ("b", 10, 15), ("c", 20, 25)], [("c", 0, 5)]], 2, 0, 0, id="x mentions ignored"),
        pytest.param([[("a", 0, 5), ("b", 10, 15), ("z", 0, 5)], [("c", 0, 5)]], 2, 0, 0, id="unlabelled ignored"),
        pytest.param([[("c", 0, 5)], [("c", 2, 25)]], 1, 0, 0, id="overlapping triggers: the exact label first"),
        pytest.param([[("c", 0, 5)], [("c", 20, 25)], [("c", 4, 21)]], 2, 1, 0, id="no exact label: the first overlap"),
    ],
)
def test_eval_fusion_scores(groups: list[list[tuple[str, int, int]]], fused: int, duplicated: int, merged: int) -> None:
    scores = score_groups(groups, LABELS_TABLE)
    assert (scores["fused_events"], scores["duplicated"], scores["wrongly_merged"]) == (fused, duplicated, merged)
    assert scores["real_events"] == 2


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        pytest.param("test", "ipe-", id="IndiaPoliceEvents test"),
        pytest.param("late", "ipe-", id="IndiaPoliceEvents late"),
        pytest.param("late2", "ipe-", id="IndiaPoliceEvents late2"),
        pytest.param("late3", "ipe-", id="IndiaPoliceEvents late3"),
        pytest.param("lucknow", "ipe-", id="IndiaPoliceEvents lucknow"),
        pytest.param("mumbai", "ipe-", id="IndiaPoliceEvents mumbai"),
        pytest.param("polnear-dev", "", id="PolNeAR dev"),
        pytest.param("polnear-test", "", id="PolNeAR test"),
        pytest.param("polnear-june", "", id="PolNeAR June"),
    ],
)
def test_eval_fusion_set_holds_at_least_50_real_events(name: str, prefix: str) -> None:
    labels = read_labels(*SETS[name].labels)
    assert len({label.event for label in labels if label.event != "x"}) >= 50
    assert all(label.article_id.startswith(prefix) and label.start < label.end for label in labels)


def test_eval_fusion_late4_is_the_held_out_half_rich_in_events_told_by_several_articles() -> None:
    labels = [label for label in read_labels(*SETS["late4"].labels) if label.event != "x"]
    articles_of: dict[str, set[str]] = {}
    for label in labels:
        articles_of.setdefault(label.event, set()).add(label.article_id)
    assert len(articles_of) >= 45
    assert sum(len(ids) > 1 for ids in articles_of.values()) >= 10


@pytest.mark.parametrize(
    ("name", "corpus", "compartment"),
    [
        pytest.param("dev", "ipe", "", id="IndiaPoliceEvents dev"),
        pytest.param("late", "ipe", "", id="IndiaPoliceEvents late: 17-22 March 2002"),
        pytest.param("late2", "ipe", "", id="IndiaPoliceEvents late2: 23-25 March 2002"),
        pytest.param("late3", "ipe", "", id="IndiaPoliceEvents late3: 26-28 March 2002"),
        pytest.param("late4", "ipe", "", id="IndiaPoliceEvents late4: 29-31 March 2002"),
        pytest.param("lucknow", "ipe", "", id="IndiaPoliceEvents lucknow: 10-16 March 2002"),
        pytest.param("mumbai", "ipe", "", id="IndiaPoliceEvents mumbai: 1-31 March 2002"),
        pytest.param("polnear-dev", "polnear", "train", id="PolNeAR dev: July 2016, PolNeAR train"),
        pytest.param("polnear-test", "polnear", "dev", id="PolNeAR test: September 2016, PolNeAR dev"),
        pytest.param("polnear-june", "polnear", "train", id="PolNeAR June: 7-9 June 2016, PolNeAR train"),
    ],
)
def test_eval_fusion_sets_name_their_corpus(name: str, corpus: str, compartment: str) -> None:
    assert (SETS[name].corpus, SETS[name].compartment) == (corpus, compartment)


@pytest.mark.parametrize(
    ("name", "places", "title"),
    [
        pytest.param(
            "dev",
            ("ahmedabad", "vadodara", "baroda", "gujarat"),
            "IndiaPoliceEvents Gujarat 2002-03-01..2002-03-06",
            id="the Gujarat sets keep the Gujarat places",
        ),
        pytest.param(
            "late3",
            ("ahmedabad", "vadodara", "baroda", "gujarat"),
            "IndiaPoliceEvents Gujarat 2002-03-26..2002-03-28",
            id="late3 too",
        ),
        pytest.param(
            "lucknow",
            ("/city/lucknow/",),
            "IndiaPoliceEvents Lucknow 2002-03-10..2002-03-16",
            id="lucknow: the Lucknow city pages",
        ),
        pytest.param(
            "mumbai",
            ("/city/mumbai/",),
            "IndiaPoliceEvents Mumbai 2002-03-01..2002-03-31",
            id="mumbai: the Mumbai city pages of the whole month",
        ),
    ],
)
def test_eval_fusion_ipe_sets_read_the_articles_of_their_places(name: str, places: tuple[str, ...], title: str) -> None:
    assert (SETS[name].places, SETS[name].title) == (places, title)


@pytest.mark.skipif(not ipe_dir().is_dir(), reason="IndiaPoliceEvents gold data not available")
@pytest.mark.parametrize(
    ("name", "place", "count"),
    [
        pytest.param("lucknow", "/city/lucknow/", 54, id="lucknow: 54 Lucknow city pages"),
        pytest.param("mumbai", "/city/mumbai/", 62, id="mumbai: 62 Mumbai city pages"),
    ],
)
def test_eval_fusion_city_sets_read_only_their_city_pages_of_their_days(name: str, place: str, count: int) -> None:
    chosen = SETS[name]
    articles = set_articles(chosen)
    assert len(articles) == count and all(place in article.url.lower() for article in articles)
    assert all(chosen.first_day <= str(article.date) <= chosen.last_day for article in articles)


def _trigger(label: Label) -> tuple[str, int, int]:
    return (label.article_id, label.start, label.end)


@pytest.mark.parametrize(
    "gujarat_set",
    [
        pytest.param("test", id="ipe-150, ipe-514, ipe-949 of 8-15 March"),
        pytest.param("late3", id="ipe-894 of 28 March"),
        pytest.param("late4", id="ipe-1000 of 31 March"),
    ],
)
def test_eval_fusion_mumbai_labels_articles_it_shares_with_a_gujarat_set_as_that_set_does(gujarat_set: str) -> None:
    mumbai = {_trigger(label): label.event for label in read_labels(*SETS["mumbai"].labels)}
    in_both = [label for label in read_labels(*SETS[gujarat_set].labels) if _trigger(label) in mumbai]
    # a Mumbai page with a Gujarat place in its URL: one trigger, one event name (or x) in both files
    assert in_both and all(mumbai[_trigger(label)] == label.event for label in in_both)


def test_eval_fusion_polnear_splits_do_not_share_days() -> None:
    dev, test = SETS["polnear-dev"], SETS["polnear-test"]
    assert dev.last_day < test.first_day


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        pytest.param("dev", "test", id="IPE dev before test"),
        pytest.param("test", "late", id="IPE test before late"),
        pytest.param("late", "late2", id="IPE late before late2"),
        pytest.param("late2", "late3", id="IPE late2 before late3"),
        pytest.param("late3", "late4", id="IPE late3 before late4"),
    ],
)
def test_eval_fusion_ipe_sets_do_not_share_days(earlier: str, later: str) -> None:
    assert SETS[earlier].last_day < SETS[later].first_day


@pytest.mark.skipif(not ipe_dir().is_dir(), reason="IndiaPoliceEvents gold data not available")
@pytest.mark.parametrize("name", ["late", "late2", "late3", "late4", "lucknow", "mumbai"])
def test_eval_fusion_late_labels_name_window_articles_and_offsets_inside_their_text(name: str) -> None:
    chosen = SETS[name]
    articles = set_articles(chosen)
    texts = {article.id: article.text for article in articles}
    labels = labels_in_text(read_labels(*chosen.labels), articles)
    assert labels and all(label.article_id in texts for label in labels)
    # a trigger inside the text, and not blank: the offsets point at a word
    assert all(0 <= label.start < label.end <= len(texts[label.article_id]) for label in labels)
    assert all(texts[label.article_id][label.start : label.end].strip() for label in labels)


def test_eval_fusion_polnear_labels_lie_in_their_set_days() -> None:
    for name in ("polnear-dev", "polnear-test", "polnear-june"):
        chosen = SETS[name]
        days = {label.article_id.split("_")[1] for label in read_labels(*chosen.labels)}
        assert all(chosen.first_day <= day <= chosen.last_day for day in days)


def test_eval_fusion_polnear_june_lies_before_dev_in_the_same_compartment() -> None:
    june, dev = SETS["polnear-june"], SETS["polnear-dev"]
    assert june.compartment == dev.compartment and june.last_day < dev.first_day


@pytest.mark.skipif(missing_corpus(SETS["polnear-june"]) is not None, reason="PolNeAR gold data not available")
def test_eval_fusion_polnear_june_labels_every_window_article_with_offsets_inside_its_text() -> None:
    chosen = SETS["polnear-june"]
    articles = set_articles(chosen)
    texts = {article.id: article.text for article in articles}
    labels = labels_in_text(read_labels(*chosen.labels), articles)
    # every article of the window yielded a mention, and every labelled article is one of them
    assert {label.article_id for label in labels} == set(texts)
    assert all(0 <= label.start < label.end <= len(texts[label.article_id]) for label in labels)
    assert all(texts[label.article_id][label.start : label.end].strip() for label in labels)


def test_eval_fusion_gdelt_rule_merges_only_identical_attributes() -> None:
    mention = {"source_code": "INDCOP", "target_code": None, "date_value": "2002-03-01", "lat": None}
    records = [
        {"type": "COERCE", "mentions": [{**mention, "article_id": "a", "trigger_start": 0, "trigger_end": 5}]},
        {"type": "COERCE", "mentions": [{**mention, "article_id": "b", "trigger_start": 10, "trigger_end": 15}]},
        {"type": "COERCE", "mentions": [{**mention, "date_value": "2002-03", "article_id": "c", "trigger_start": 0}]},
    ]
    assert sorted(len(g) for g in gdelt_rule_groups(records)) == [1, 2]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param(Label("a", 0, 5, "riot"), (0, 5), id="before the repair"),
        pytest.param(Label("a", 20, 25, "riot"), (18, 23), id="after it: two characters fewer"),
        pytest.param(Label("b", 10, 15, "riot"), (10, 15), id="an article with nothing repaired"),
    ],
)
def test_eval_fusion_labels_move_into_the_repaired_text(label: Label, expected: tuple[int, int]) -> None:
    from eventwire.ingest.base import record_result
    from eventwire.model import Article

    # "it\u00e2\u20ac\u2122s": the apostrophe's three characters of mojibake become one
    text = "riots in it\u00e2\u20ac\u2122s city: police fired at a mob and arrested twenty people on monday morning."
    articles = [record_result("x", {"id": name, "text": text if name == "a" else "plain"}, None) for name in "ab"]
    assert all(isinstance(a, Article) for a in articles)
    [moved] = labels_in_text([label], articles)
    assert (moved.start, moved.end) == expected
