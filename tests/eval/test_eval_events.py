"""Tests of the event scorers (PLV, PLOVER GSR, Multi-CoPED)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from eventwire.eval import eval_root
from eventwire.eval.events import (
    OLD_MODE_MAP,
    OLD_TYPE_MAP,
    GoldActor,
    GsrRecord,
    Marked,
    SpanTally,
    classification,
    current_types,
    fold_split_types,
    gold_label,
    gsr_actor_errors,
    gsr_split,
    parity_split,
    parse_gsr_markup,
    parse_marked,
    penta_of,
    pick_event,
    plv_train_sentences,
    predicted_codes,
    predicted_label,
    read_multicoped_spans,
    score_gsr,
    score_multicoped,
    score_multicoped_spans,
    score_plv,
    sentence_key,
)
from eventwire.events.ontology import PLOVER_TYPES
from eventwire.events.pairs import span_counts, span_f1
from eventwire.model import ActorRef, Event, Participant, Provenance, Span

PLV_FILE = eval_root() / "events" / "plv" / "PLV_train.tsv"


# ---------------------------------------------------------------- marker parsing


def test_parse_marked_basic() -> None:
    m = parse_marked("<s>Iran</s> condemned <t>the US decision</t>.")
    assert m.text == "Iran condemned the US decision."
    assert [m.text[a:b] for a, b in m.source] == ["Iran"]
    assert [m.text[a:b] for a, b in m.target] == ["the US decision"]


def test_parse_marked_repeats_whitespace_and_missing() -> None:
    m = parse_marked("<s>The Libyan National Army (LNA) </s>agreed to meet <t>Chad</t> and <t>Chad</t>'s leader.")
    assert m.text == "The Libyan National Army (LNA) agreed to meet Chad and Chad's leader."
    assert [m.text[a:b] for a, b in m.source] == ["The Libyan National Army (LNA)"]
    assert [m.text[a:b] for a, b in m.target] == ["Chad", "Chad"]
    only_source = parse_marked("<s>Teachers</s> went on strike.")
    assert only_source.target == []
    unclosed = parse_marked("<s>Teachers went on strike.")
    assert unclosed.text == "Teachers went on strike." and unclosed.source == []


def test_parse_gsr_markup_nested_and_stray_brace() -> None:
    text = "The United Nations has sent 21 personnel to Bosnia on Wednesday to investigate."
    markup = (
        "The (SRC: United Nations) (EVT: has sent} 21 personnel (LOC:to (TAR: Bosnia)) on Wednesday "
        "(EVT: to investigate)."
    )
    m = parse_gsr_markup(text, markup)
    assert [text[a:b] for a, b in m.source] == ["United Nations"]
    assert [text[a:b] for a, b in m.target] == ["Bosnia"]
    assert [text[a:b] for a, b in m.event] == ["has sent", "to investigate"]
    both = parse_gsr_markup("Israel met Jordan.", "(SRC/TAR: Israel) (EVT: met) (SRC/TAR: Jordan).")
    assert both.source == both.target == [(0, 6), (11, 17)]
    edited = parse_gsr_markup("Israel left.", "(SRC: Isreal) (EVT: left).")
    assert edited.source == [] and edited.event == [(7, 11)]


# ---------------------------------------------------------------- span metric


def test_span_metric() -> None:
    text = "Iranian Foreign Minister Zarif condemned a decision"
    gold = [(0, 30)]  # 4 tokens
    assert span_f1(text, (0, 30), gold) == 1.0
    assert span_counts(text, (25, 30), gold) == (1, 1, 4)  # "Zarif"
    assert span_f1(text, (25, 30), gold) == pytest.approx(2 * 1 * 0.25 / 1.25)
    assert span_f1(text, (26, 28), gold) == pytest.approx(0.4)  # a partial token counts as the token
    assert span_f1(text, (31, 40), gold) == 0.0
    assert span_f1(text, None, gold) == 0.0
    assert span_counts(text, None, gold) == (0, 0, 4)
    assert span_counts(text, (31, 40), []) == (0, 1, 0)
    # several marked spans: the best one counts
    assert span_f1("Chad and Chad", (9, 13), [(0, 4), (9, 13)]) == 1.0


# ---------------------------------------------------------------- type mapping

MAPPING_CASES = [
    ("DEMAND", None, ("REQUEST",)),
    ("DISAPPROVE", None, ("ACCUSE",)),
    ("INVESTIGATE", "", ("ACCUSE",)),
    ("FIGHT", "heavy-weapons", ("ASSAULT",)),
    ("FIGHT", "deport", ("COERCE",)),
    ("COERCE", "destroy", ("ASSAULT",)),
    ("COERCE", "arrest", ("COERCE",)),
    ("YIELD", None, ("CONCEDE", "RETREAT")),
    ("AGREE", None, ("AGREE",)),
    ("RETREAT", "", ("RETREAT",)),
]


@pytest.mark.parametrize(("old", "mode", "expected"), MAPPING_CASES)
def test_current_types(old: str, mode: str | None, expected: tuple[str, ...]) -> None:
    assert current_types(old, mode) == expected


def test_mapping_targets_are_current_types() -> None:
    for targets in [*OLD_TYPE_MAP.values(), *OLD_MODE_MAP.values()]:
        assert set(targets) <= set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("pred", "old", "expected"),
    [("CONCEDE", "YIELD", "YIELD"), ("RETREAT", "YIELD", "YIELD"), ("AGREE", "YIELD", "AGREE"),
     ("REQUEST", "DEMAND", "REQUEST"), (None, "DEMAND", "NONE")],
)  # fmt: skip
def test_labels(pred: str | None, old: str, expected: str) -> None:
    assert predicted_label(pred, old) == expected
    assert gold_label("YIELD") == "YIELD" and gold_label("DEMAND") == "REQUEST"


def test_fold_split_types() -> None:
    pairs = [("YIELD", "YIELD"), ("AGREE", "RETREAT"), ("AGREE", "CONCEDE"), ("AGREE", "AGREE")]
    assert fold_split_types(pairs) == [("YIELD", "YIELD"), ("AGREE", "YIELD"), ("AGREE", "YIELD"), ("AGREE", "AGREE")]
    assert fold_split_types([("AGREE", "RETREAT")]) == [("AGREE", "RETREAT")]  # no YIELD gold: unchanged


def test_classification() -> None:
    out = classification([("A", "A"), ("A", "NONE"), ("B", "A")])
    assert out["accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert out["per_type"]["A"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert out["per_type"]["B"]["f1"] == 0.0
    assert out["macro_f1"] == 0.25
    assert "NONE" not in out["per_type"]


# ---------------------------------------------------------------- event choice


def _event(kind: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None, conf: float = 0.5) -> Event:
    def part(span: tuple[int, int] | None) -> Participant | None:
        return Participant(Span(span[0], span[1], ""), ActorRef("x")) if span else None

    return Event(kind, None, "", 0, 0.0, Span(0, 1, ""), Span(0, 1, ""), part(src), part(tgt),
                 False, False, False, Provenance("t", "1", conf))  # fmt: skip


def test_pick_event_and_penta() -> None:
    m = parse_marked("<s>Iran</s> met <t>Iraq</t> and Syria.")
    first = _event("CONSULT", (0, 4), (17, 22))  # target Syria
    best = _event("AGREE", (0, 4), (9, 13), conf=0.9)
    assert pick_event([first, best], m) is best
    unrelated = _event("ASSAULT", None, (17, 22))
    assert pick_event([unrelated], m) is unrelated  # no overlap: the first event
    assert pick_event([], m) is None
    assert penta_of([]) == 0
    assert penta_of([first, best]) == 1  # AGREE has the higher confidence
    assert penta_of([_event("ASSAULT", None, None, 0.9), first]) == 4


@pytest.mark.parametrize(
    ("kind", "cameo", "penta"),
    [
        ("REQUEST", "020", 0),  # an appeal ("urged X to") is a statement
        ("REQUEST", "100", 3),  # a demand is verbal conflict
        ("REJECT", "016", 0),  # denying charges
        ("SUPPORT", "018", 0),  # condolences
        ("SUPPORT", "051", 1),
        ("CONCEDE", "081", 2),  # CAMEO 08: material cooperation, whatever PLOVER's quad
        ("SANCTION", "166", 3),  # expulsions and sanctions: verbal conflict in Multi-CoPED
        ("PROTEST", "141", 4),
        ("ASSAULT", "190", 4),
        ("AGREE", "", 1),  # no CAMEO code: the PLOVER type's QuadClass
    ],
)
def test_penta_of_reads_the_cameo_root(kind: str, cameo: str, penta: int) -> None:
    event = _event(kind, None, None)
    assert penta_of([dataclasses.replace(event, cameo=cameo)]) == penta


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (None, (set(), set())),
        (ActorRef("US", "USA", "GOV"), ({"USA"}, {"GOV"})),
        # an organisation fills the country slot, its role inside it the sector
        (ActorRef("UN", None, "IGO"), ({"IGO"}, {None})),
        (ActorRef("UN Security Council", None, "IGO", org_sector="GOV"), ({"IGO"}, {"GOV"})),
        # the GSR codes NGOs (Amnesty, the Red Cross) as IGO: one slot
        (ActorRef("Amnesty International", None, "NGO"), ({"IGO"}, {None})),
        # a transnational armed group is PLOVER's IMG
        (ActorRef("al-Qaeda", None, "REB", "organisation"), ({"IMG"}, {None})),
        # CAMEO media (MED) is PLOVER's JRN, CAMEO health (HLH) PLOVER's MED
        (ActorRef("Le Monde", "FRA", "MED"), ({"FRA"}, {"JRN"})),
        (ActorRef("Red Cross", None, "NGO", org_sector="HLH"), ({"IGO"}, {"MED"})),
        # an actor resolved to nothing earns no "no sector"
        (ActorRef("Arabs"), (set(), set())),
        (ActorRef("rebels", None, "REB", "group"), (set(), {"REB"})),
        # a compound actor is its members
        (
            ActorRef("both", members=[ActorRef("US", "USA", "GOV"), ActorRef("Japan", "JPN")]),
            ({"USA", "JPN"}, {None, "GOV"}),
        ),
    ],
)
def test_predicted_codes(actor: ActorRef | None, expected: tuple[set[str], set[str | None]]) -> None:
    assert predicted_codes(actor) == expected


# ---------------------------------------------------------------- scorers on tiny files

TINY_PLV = (
    "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root\n"
    "0\t1\tx\t<s>Russian troops</s> attacked <t>Ukrainian forces</t> near Kharkiv on Monday.\tx\tx\t4\tASSAULT\n"
    "1\t2\tx\t<s>Israel</s> released <t>Palestinian prisoners</t> on Tuesday.\tx\tx\t2\tYIELD\n"
    "2\t3\tx\tThe weather in <s>Paris</s> was mild on Sunday.\tx\tx\t1\tAGREE\n"
)


def test_score_plv_tiny(tmp_path: Path) -> None:
    path = tmp_path / "plv.tsv"
    path.write_text(TINY_PLV, encoding="utf-8")
    out = score_plv(path)
    assert out["n"] == 3
    assert out["given_event"]["n"] == round(out["coverage"] * 3)
    assert set(out["per_type"]) == {"ASSAULT", "YIELD", "AGREE"}
    assert out["per_type"]["AGREE"]["recall"] == 0.0  # no event in a weather sentence
    assert out["per_type"]["ASSAULT"]["recall"] == 1.0
    assert out["source_span"]["gold_spans"] == 3 and out["target_span"]["gold_spans"] == 2
    assert 0.0 <= out["type_accuracy"] <= 0.6667


def test_score_gsr_and_multicoped_tiny(tmp_path: Path) -> None:
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {
            "id": "1",
            "event": "FIGHT",
            "mode": "firearms",
            "text": "Russian troops attacked Ukrainian soldiers on Monday.",
            "textInfo": {"markup": "(SRC: Russian troops) (EVT: attacked) (TAR: Ukrainian soldiers) on Monday."},
            "source": [{"actorText": "Russian", "code": "RUS", "sector": "MIL"}],
            "target": [{"actorText": "Ukrainian", "code": "UKR", "sector": "MIL"}],
        },
    ]
    gsr = tmp_path / "gsr.json"
    gsr.write_text(json.dumps(records), encoding="utf-8")
    out = score_gsr(gsr)
    assert out["n"] == 1 and out["remapped_gold"] == {"FIGHT": 1}
    assert set(out["actors"]) == {"source", "target", "combined"}
    assert out["actors"]["combined"]["n"] == 2
    multi = tmp_path / "m.tsv"
    multi.write_text("Russian troops attacked Ukrainian soldiers on Monday.\t4\nThe weather was mild.\t0\n")
    m = score_multicoped(multi)
    assert m["n"] == 2 and sum(sum(row.values()) for row in m["confusion"].values()) == 2
    assert m["confusion"]["0"]["0"] == 1


# ---------------------------------------------------------------- real file


@pytest.mark.skipif(not PLV_FILE.is_file(), reason="PLV gold file not available")
def test_score_plv_real_file() -> None:
    out = score_plv(PLV_FILE, limit=30)
    assert out["n"] == 30
    for key in ("coverage", "type_accuracy", "type_macro_f1", "quad_accuracy"):
        assert 0.0 <= out[key] <= 1.0
    for role in ("source_span", "target_span"):
        assert {"precision", "recall", "f1", "mean_f1", "overlap"} <= set(out[role])
        assert all(0.0 <= out[role][k] <= 1.0 for k in ("precision", "recall", "f1"))
    assert out["label_map"] == {"YIELD": ["CONCEDE", "RETREAT"]}
    assert out["given_event"]["n"] <= 30
    assert all(0.0 <= v["f1"] <= 1.0 for v in out["per_type"].values())


@pytest.mark.parametrize("which", ["plv", "gsr", "multicoped-spans", "plv-pairs", "cv", "cv-penta"])
def test_missing_gold_data_is_a_clear_error_not_a_traceback(
    which: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventwire.eval.events import main

    monkeypatch.setenv("EVENTWIRE_EVAL", "/nonexistent-eval")
    assert main([which]) == 2
    assert "gold data not found" in capsys.readouterr().err


def _records(n: int) -> list[GsrRecord]:
    return [GsrRecord(str(i), "AGREE", None, Marked(f"sentence {i}"), [], []) for i in range(n)]


@pytest.mark.parametrize(
    ("split", "ids"),
    [
        (None, ["0", "1", "2", "3", "4"]),
        ("even", ["0", "2", "4"]),  # the development half: rules are written on these
        ("odd", ["1", "3"]),  # held out from rule writing
    ],
)
def test_gsr_split_takes_alternate_records(split: str | None, ids: list[str]) -> None:
    assert [r.id for r in gsr_split(_records(5), split)] == ids


def test_gsr_split_names_the_splits_it_knows() -> None:
    with pytest.raises(ValueError, match="even, odd"):
        gsr_split(_records(2), "test")


@pytest.mark.parametrize(
    ("split", "items"),
    [
        (None, ["a", "b", "c", "d", "e"]),
        ("all", ["a", "b", "c", "d", "e"]),
        ("even", ["a", "c", "e"]),
        ("odd", ["b", "d"]),
    ],
)
def test_parity_split_takes_alternate_items(split: str | None, items: list[str]) -> None:
    assert parity_split(["a", "b", "c", "d", "e"], split) == items


TINY_NER = (
    "Russian B-S\ntroops I-S\nattacked O\nUkrainian B-T\nsoldiers I-T\n. O\n\n"
    "Israel B-S\nreleased O\nPalestinian B-T\nprisoners I-T\n. O\n\n"
    "Iraqi B-S\ntroops I-S\nshelled O\nMosul B-T\n. O\n"
)


@pytest.mark.parametrize(("split", "n"), [(None, 3), ("all", 3), ("even", 2), ("odd", 1)])
def test_score_multicoped_spans_split(tmp_path: Path, split: str | None, n: int) -> None:
    path = tmp_path / "ner.txt"
    path.write_text(TINY_NER, encoding="utf-8")
    out = score_multicoped_spans(path, split=split)
    assert out["n"] == n and out["split"] == (split or "all")
    assert out["target_span"]["gold_spans"] == n


@pytest.mark.parametrize(
    ("ner", "text", "source", "target"),
    [
        # tokens joined by spaces, as the file gives no spacing
        (
            "Iraqi B-S\ntroops I-S\nshelled O\nMosul B-T\n. O\n",
            "Iraqi troops shelled Mosul .",
            ["Iraqi troops"],
            ["Mosul"],
        ),
        # an apostrophe and its clitic close up on their word, so the parser sees a possessive or a negation
        (
            "Vietnam B-S\n’ I-S\ns I-S\nleader I-S\ndidn O\n’ O\nt O\nmeet O\nTrump B-T\n’ I-T\ns I-T\naide I-T\n",
            "Vietnam’s leader didn’t meet Trump’s aide",
            ["Vietnam’s leader"],
            ["Trump’s aide"],
        ),
        ("the B-S\npeople I-S\n' I-S\nre O\nangry O\n", "the people're angry", ["the people'"], []),
    ],
)
def test_read_multicoped_spans_writes_the_sentence_as_printed(
    tmp_path: Path, ner: str, text: str, source: list[str], target: list[str]
) -> None:
    path = tmp_path / "ner.txt"
    path.write_text(ner, encoding="utf-8")
    (row,) = read_multicoped_spans(path)
    assert row.text == text
    assert [text[s:e] for s, e in row.source] == source
    assert [text[s:e] for s, e in row.target] == target


TINY_PENTA = "Russian troops attacked Ukrainian soldiers.\t4\nIsrael released prisoners.\t2\nIraq said so.\t0\n"


@pytest.mark.parametrize(("split", "n"), [(None, 3), ("all", 3), ("even", 2), ("odd", 1)])
def test_score_multicoped_split(tmp_path: Path, split: str | None, n: int) -> None:
    path = tmp_path / "penta.tsv"
    path.write_text(TINY_PENTA, encoding="utf-8")
    out = score_multicoped(path, split=split)
    assert out["n"] == n and out["split"] == (split or "all")


def _gsr_event(text: str, source: ActorRef | None, target: ActorRef | None) -> Event:
    def part(start: int, end: int, actor: ActorRef | None) -> Participant:
        return Participant(Span(start, end, text[start:end]), actor, None)

    return Event(
        "ASSAULT", None, "190", 4, -10.0, Span(15, 23, "attacked"), Span(0, len(text), text),
        part(0, 14, source), part(24, 42, target), False, False, False, Provenance("t", "t", 1.0),
    )  # fmt: skip


def test_gsr_actor_errors_list_the_wrong_slots_only() -> None:
    text = "Russian troops attacked Ukrainian soldiers on Monday."
    marked = parse_gsr_markup(text, "(SRC: Russian troops) (EVT: attacked) (TAR: Ukrainian soldiers) on Monday.")
    rec = GsrRecord("r1", "FIGHT", None, marked, [GoldActor("RUS", "MIL")], [GoldActor("UKR", "MIL")])
    ev = _gsr_event(text, ActorRef("RUS military", "RUS", "MIL", "group"), ActorRef("UKR", "UKR", None, "country"))
    errors = gsr_actor_errors([(rec, ev)])
    assert [(e["id"], e["role"], e["wrong"], e["gold"]) for e in errors] == [("r1", "target", "sector", "UKR MIL")]
    assert errors[0]["matched"] == "Ukrainian soldiers" and errors[0]["gold_spans"] == ["Ukrainian soldiers"]
    assert gsr_actor_errors([(rec, None)])[0]["wrong"] == "country+sector"  # no event: wrong on both


@pytest.mark.parametrize(
    ("argv", "ok"),
    [(["gsr", "--split", "even", "--errors"], True), (["gsr", "--split", "odd", "--errors"], False),
     (["gsr", "--errors"], False), (["plv", "--errors"], False)],
)  # fmt: skip
def test_errors_list_the_gsr_development_half_only(argv: list[str], ok: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.eval.events import main

    monkeypatch.setenv("EVENTWIRE_EVAL", "/nonexistent-eval")
    if ok:
        assert main(argv) == 2  # parsed; then no gold data
    else:
        with pytest.raises(SystemExit):
            main(argv)


@pytest.mark.parametrize(
    ("which", "ok"), [("multicoped-spans", True), ("multicoped", True), ("gsr", True), ("plv", False)]
)
def test_split_option_is_for_split_sets_only(which: str, ok: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.eval.events import main

    monkeypatch.setenv("EVENTWIRE_EVAL", "/nonexistent-eval")
    if ok:
        assert main([which, "--split", "odd"]) == 2  # parsed; then no gold data
    else:
        with pytest.raises(SystemExit):
            main([which, "--split", "odd"])


TINY_STATEMENT_NER = (
    "The B-S\nenvoy I-S\nexpressed O\nconcern O\nabout O\nthe B-T\nfighting I-T\n. O\n\n"
    "Iraqi B-S\ntroops I-S\nshelled O\nMosul B-T\n. O\n"
)


def test_multicoped_spans_with_statements_reports_both_ways(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text(TINY_STATEMENT_NER, encoding="utf-8")
    out = score_multicoped_spans(path, statements=True)
    assert out == {**score_multicoped_spans(path), "with_statements": out["with_statements"]}  # off: as before
    assert (out["coverage"], out["with_statements"]["coverage"]) == (0.5, 1.0)
    assert out["with_statements"]["source_span"]["f1"] == 1.0


def test_multicoped_with_statements_reads_a_statement_as_class_0(tmp_path: Path) -> None:
    path = tmp_path / "penta.tsv"
    path.write_text("The envoy expressed concern about the fighting.\t0\nIraqi troops shelled Mosul.\t4\n")
    out = score_multicoped(path, statements=True)
    assert out["accuracy"] == out["with_statements"]["accuracy"] == 1.0
    assert (out["coverage"], out["with_statements"]["coverage"]) == (0.5, 1.0)


@pytest.mark.parametrize(("which", "ok"), [("multicoped-spans", True), ("multicoped", True), ("plv", False)])
def test_statements_option_is_for_multicoped_sets_only(which: str, ok: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.eval.events import main

    monkeypatch.setenv("EVENTWIRE_EVAL", "/nonexistent-eval")
    if ok:
        assert main([which, "--statements"]) == 2  # parsed; then no gold data
    else:
        with pytest.raises(SystemExit):
            main([which, "--statements"])


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        pytest.param("Israel 's army raided Gaza .", "Israel's army raided Gaza.", True, id="spacing and quotes"),
        pytest.param("INDIA AND PAKISTAN TALK", "India and Pakistan talk", True, id="case"),
        pytest.param("India and Pakistan talk", "India and China talk", False, id="another sentence"),
    ],
)
def test_eval_events_sentences_are_compared_by_their_letters(one: str, other: str, same: bool) -> None:
    assert (sentence_key(one) == sentence_key(other)) is same


def test_eval_events_plv_train_sentences_are_read_without_their_markup(tmp_path: Path) -> None:
    plv = tmp_path / "events" / "plv"
    plv.mkdir(parents=True)
    (plv / "PLV_train.tsv").write_text(
        "marked_sentence\tgold_root\n<s>Russia</s> attacked <t>Ukraine</t> on Monday .\tASSAULT\n", encoding="utf-8"
    )
    assert plv_train_sentences(tmp_path) == frozenset({sentence_key("Russia attacked Ukraine on Monday.")})
    assert plv_train_sentences(tmp_path / "absent") == frozenset()


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        # (shared, predicted, gold) tokens per item: a span named where gold marks none is counted apart
        ([(2, 2, 2), (0, 3, 0), (0, 0, 0), (1, 2, 3)], {"items": 2, "named": 1, "predicted_tokens": 3}),
        ([(1, 1, 1)], {"items": 0, "named": 0, "predicted_tokens": 0}),
        ([(0, 4, 0), (0, 1, 0)], {"items": 2, "named": 2, "predicted_tokens": 5}),
    ],
)
def test_span_tally_splits_off_spans_named_without_gold(
    counts: list[tuple[int, int, int]], expected: dict[str, int]
) -> None:
    tally = SpanTally()
    for item in counts:
        tally.add(item)
    report = tally.report()["without_gold"]
    predicted = sum(n for _, n, _ in counts)
    assert {k: report[k] for k in expected} == expected
    assert report["share_of_predicted_tokens"] == (
        round(expected["predicted_tokens"] / predicted, 4) if predicted else 0.0
    )
