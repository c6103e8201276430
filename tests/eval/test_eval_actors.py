"""The PLV actor-code scorer: labels, matching a gold span to a resolved actor, country / sector scoring."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.eval.actors import (
    LABELS_PATH,
    ActorLabel,
    Candidate,
    Codes,
    Report,
    best_match,
    in_sample,
    labels_of_split,
    main,
    parse_codes,
    plv_path,
    read_labels,
    read_plv_rows,
    run_pipeline,
    score,
    score_span,
    sector_cell,
    split_of,
)
from eventwire.model import ActorRef

USA_GOV = ActorRef("US government", "USA", "GOV", "organisation")
IRAN = ActorRef("Iran", "IRN", None, "country")
UN_COUNCIL = ActorRef("UN Security Council", None, "IGO", "organisation", org_sector="GOV")
AMNESTY = ActorRef("Amnesty International", None, "NGO", "organisation")
NOTHING = ActorRef("Siemens", None, None, "organisation")
JAPAN_MEDIA = ActorRef("NHK", "JPN", "MED", "organisation")
COMPOUND = ActorRef("US and Iran", kind="group", members=[USA_GOV, IRAN])
ISLAMIC_STATE = ActorRef("Islamic State", None, "REB", "organisation")


def codes(*items: str | None) -> Codes:
    return frozenset(items)


def label(country: Codes | None, sector: Codes | None, kind: str = "group", role: str = "source") -> ActorLabel:
    first = sorted("---" if code is None else code for code in sector)[0] if sector else "?"
    return ActorLabel(0, "1", "dev", role, country, sector, kind, first_sector=first)


def candidate(actor: ActorRef | None, start: int = 0, end: int = 5, origin: str = "participant") -> Candidate:
    return Candidate(start, end, actor, origin, "group")


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("cell", "same_slot", "expected"),
    [
        pytest.param("USA", None, codes("USA"), id="one code"),
        pytest.param("USA;IGO", None, codes("USA", "IGO"), id="alternatives or members"),
        pytest.param("---", None, codes(None), id="no code"),
        pytest.param("---;REB", None, codes(None, "REB"), id="no code or REB"),
        pytest.param("NGO", {"NGO": "IGO"}, codes("IGO"), id="country slot: NGO scored as IGO"),
        pytest.param("NGO", None, codes("NGO"), id="sector NGO kept"),
        pytest.param("?", None, None, id="undecided"),
        pytest.param("x", None, None, id="not an actor"),
    ],
)
def test_parse_codes(cell: str, same_slot: dict[str, str] | None, expected: Codes | None) -> None:
    assert parse_codes(cell, same_slot) == expected


def test_labels_follow_the_documented_sample_and_split() -> None:
    labels = read_labels()
    assert all(in_sample(item.sentence_id) and item.split == split_of(item.sentence_id) for item in labels)
    assert len({(item.row, item.role) for item in labels}) == len(labels)
    assert {item.role for item in labels} == {"source", "target"}
    assert len({item.row for item in labels}) == 617
    per_split = Counter(item.split for item in labels)
    assert per_split["dev"] >= 500 and per_split["test"] >= 500


def test_labels_not_an_actor_are_things_with_no_codes() -> None:
    things = [item for item in read_labels() if not item.is_actor]
    assert things and all(item.country is None and item.sector is None for item in things)


@pytest.mark.parametrize(("split", "kept"), [("dev", {"dev"}), ("test", {"test"}), ("all", {"dev", "test"})])
def test_labels_of_split(split: str, kept: set[str]) -> None:
    assert {item.split for item in labels_of_split(read_labels(), split)} == kept


def test_labels_of_an_unknown_split_is_an_error() -> None:
    with pytest.raises(ValueError, match="odd"):
        labels_of_split([], "odd")


# ---------------------------------------------------------------- matching

TEXT = "The US government and Iran met in Geneva."
US_SPAN = (0, 17)  # "The US government"


US_PART = candidate(USA_GOV, 4, 17)
US_WHOLE = candidate(USA_GOV, 0, 17)
THE_PART = candidate(USA_GOV, 0, 4)
IRAN_PART = candidate(IRAN, 22, 26)
US_MENTION = candidate(USA_GOV, 4, 6, "mention")
UNRESOLVED = candidate(None, 0, 17)


@pytest.mark.parametrize(
    ("participants", "mentions", "expected"),
    [
        pytest.param([US_PART, IRAN_PART], [US_MENTION], US_PART, id="the overlapping participant"),
        pytest.param([THE_PART, US_WHOLE], [], US_WHOLE, id="higher token F1 wins over a part"),
        pytest.param([IRAN_PART], [US_MENTION], US_MENTION, id="a mention when no participant overlaps"),
        pytest.param([UNRESOLVED], [US_MENTION], US_MENTION, id="an unresolved participant is skipped"),
        pytest.param([IRAN_PART], [candidate(IRAN, 22, 26, "mention")], None, id="no overlap: a miss"),
    ],
)
def test_best_match(participants: list[Candidate], mentions: list[Candidate], expected: Candidate | None) -> None:
    assert best_match(TEXT, [US_SPAN], participants, mentions) == expected


# ---------------------------------------------------------------- scoring


@pytest.mark.parametrize(
    ("gold_country", "gold_sector", "actor", "right"),
    [
        pytest.param(codes("USA"), codes("GOV"), USA_GOV, (True, True), id="both right"),
        pytest.param(codes("IRN"), codes(None), IRAN, (True, True), id="a state: no sector"),
        pytest.param(codes("IRN"), codes("GOV"), IRAN, (True, False), id="sector missing"),
        pytest.param(codes("IGO"), codes("GOV"), UN_COUNCIL, (True, True), id="organisation in the country slot"),
        pytest.param(codes("IGO"), codes(None), AMNESTY, (True, True), id="NGO scored as IGO"),
        pytest.param(codes("DEU", "MNC"), codes("BUS"), NOTHING, (False, False), id="resolved to nothing"),
        pytest.param(codes(None), codes(None), NOTHING, (True, True), id="nothing where none is stated"),
        pytest.param(codes("JPN"), codes("JRN"), JAPAN_MEDIA, (True, True), id="CAMEO MED read as JRN"),
        pytest.param(codes("IRN"), codes("GOV", None), COMPOUND, (True, True), id="compound: one member shared"),
        pytest.param(codes("IMG", "SYR"), codes("REB"), ISLAMIC_STATE, (True, True), id="armed group of no country"),
        pytest.param(codes("USA"), None, USA_GOV, (True, None), id="sector undecided: not scored"),
    ],
)
def test_score_span(
    gold_country: Codes, gold_sector: Codes | None, actor: ActorRef, right: tuple[bool, bool | None]
) -> None:
    scored = score_span(label(gold_country, gold_sector), candidate(actor))
    assert scored.matched and (scored.country, scored.sector) == right


def test_score_span_miss_is_wrong_on_both() -> None:
    scored = score_span(label(codes("USA"), codes("GOV")), None)
    assert (scored.matched, scored.country, scored.sector, scored.kind) == (False, False, False, None)


@pytest.mark.parametrize(
    ("gold_sector", "actor", "cell"),
    [
        pytest.param(codes("GOV"), USA_GOV, ("GOV", "GOV"), id="right"),
        pytest.param(codes("GOV"), IRAN, ("GOV", "---"), id="none predicted"),
        pytest.param(codes("CVL", "REF"), COMPOUND, ("CVL", "---;GOV"), id="wrong: every predicted code"),
        pytest.param(codes("GOV"), None, ("GOV", "miss"), id="miss"),
    ],
)
def test_sector_cell(gold_sector: Codes, actor: ActorRef | None, cell: tuple[str, str]) -> None:
    match = candidate(actor) if actor is not None else None
    assert sector_cell(label(codes("USA"), gold_sector), match) == cell


def test_report_tallies_roles_and_leaves_out_things() -> None:
    report = Report()
    report.add(label(codes("USA"), codes("GOV")), candidate(USA_GOV))
    report.add(label(codes("IRN"), codes("GOV"), role="target"), candidate(IRAN))
    report.add(label(codes("IRN"), codes(None), role="target"), None)
    report.add(label(None, None, kind="thing", role="target"), candidate(IRAN))
    out = report.to_dict()
    assert (out["source"]["n"], out["source"]["country"], out["source"]["both"]) == (1, 1.0, 1.0)
    assert (out["target"]["n"], out["target"]["coverage"], out["target"]["country"]) == (2, 0.5, 0.5)
    assert (out["target"]["sector"], out["combined"]["both"]) == (0.0, round(1 / 3, 4))
    assert out["not_actor_spans"] == 1
    assert out["matched_by"] == {"miss": 1, "participant": 2}
    assert len(report.errors) == 2


# ---------------------------------------------------------------- real file


def test_main_without_the_gold_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTWIRE_EVAL", str(tmp_path))
    assert main(["--split", "dev"]) == 2


@pytest.mark.skipif(not plv_path().is_file(), reason="PLV gold file not available")
def test_labels_name_their_plv_rows() -> None:
    labels = read_labels(LABELS_PATH)
    rows = read_plv_rows(plv_path(), {item.row for item in labels})
    assert all(rows[item.row][0] == item.sentence_id for item in labels)


@pytest.mark.skipif(not plv_path().is_file(), reason="PLV gold file not available")
def test_score_a_few_dev_rows_through_the_pipeline() -> None:
    labels = labels_of_split(read_labels(), "dev")[:6]
    rows = read_plv_rows(plv_path(), {item.row for item in labels})
    out = score(labels, rows, run_pipeline([rows[row][1].text for row in sorted(rows)])).to_dict()
    assert out["combined"]["n"] + out["not_actor_spans"] == 6
    assert all(0.0 <= out["combined"][key] <= 1.0 for key in ("coverage", "country", "sector", "both", "kind"))
