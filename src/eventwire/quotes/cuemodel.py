"""The cue model: is this verb and its complement reported speech? A logistic regression over the parse.

The cue table (:mod:`eventwire.quotes.cuetable`) knows a (lemma, frame) pair's rate; the model also
sees who the subject is, tense and mood, the complement's shape and length and where the verb hangs
("officials said X" is speech, "the poll showed X" less so, "he would support X" often not). It is
trained on PolNeAR train by ``python -m eventwire.quotes.learn`` and stored as JSON (feature weights,
bias and the decision threshold, picked by cross-validation on train): no pickles, readable by hand,
and scoring is a dictionary lookup per feature.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from spacy.tokens import Doc, Token

from eventwire.quotes.clauses import Candidate
from eventwire.quotes.cuetable import Range, labelled_hits

MODEL: Final = Path(__file__).resolve().parents[1] / "data" / "quote_cue_model.json"
FORMAT_VERSION: Final = 1
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "poss"})  # poss: "Trump's criticism of"
_MODALS: Final = frozenset({"will", "would", "could", "can", "may", "might", "should", "must"})
_MARKERS: Final = frozenset({"that", "if", "whether", "to", "as", "how", "why", "what"})
#: Noun cues ("criticism of", "the claim that") count only when the model is this sure: their holders
#: are harder to find than a verb's subject, so an unsure one costs speaker accuracy (measured on train).
#: A predicative adjective ("is confident that", "eager to") is held by its copula's subject, found as a verb's
#: is, so adjectives take the verb threshold.
NOUN_THRESHOLD: Final = 0.5
#: Inverse L2 strength of the fit: the best out-of-fold F1 on train of 0.25, 0.5 and 1.0.
REGULARISATION: Final = 0.5
_LENGTHS: Final = ((1, "1"), (3, "2-3"), (8, "4-8"), (20, "9-20"))
#: Speech and belief verbs whose reported clause may hold another report ("said Obama wanted to").
_REPORTERS: Final = frozenset(
    {
        "say", "tell", "add", "note", "claim", "argue", "write", "report", "believe", "think", "insist", "warn",
        "explain", "suggest", "acknowledge", "admit", "announce", "feel", "know", "hope", "expect", "fear",
    }
)  # fmt: skip
#: How a reported clause hangs on its reporter: a clause, an infinitive ("expects to win the vote") or an
#: adverbial clause; the nested verb may sit this many steps below it ("warned that he would quit if they
#: refused to pay").
_REPORTED_VIA: Final = frozenset({"ccomp", "xcomp", "advcl"})
_NEST_STEPS: Final = 6


def _length(n: int) -> str:
    return next((label for top, label in _LENGTHS if n <= top), "21+")


def _subject_kind(verb: Token) -> str:
    """Who reports: a pronoun (by itself), a named entity type, a common noun (by lemma), or none."""
    return _kind(next((c for c in verb.children if c.dep_ in _SUBJECTS), None))


def _agent_kind(verb: Token) -> str | None:
    """Who a passive verb's "by" phrase names ("was supported by 42 percent", "backed by super PACs")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if by is None else _kind(next((c for c in by.children if c.dep_ == "pobj"), None))


def _kind(subj: Token | None) -> str:
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return f"pron:{subj.lower_}"
    if subj.ent_type_:
        return f"ent:{subj.ent_type_}"
    return f"{subj.pos_}:{subj.lemma_.lower()}"


def _marker(head: Token) -> str:
    """How the complement opens: "that", "to", "whether"... or nothing."""
    for child in head.children:
        if child.dep_ in {"mark", "aux"} and child.lower_ in _MARKERS and child.i < head.i:
            return child.lower_
    return "-"


def _reporter_above(verb: Token) -> str | None:
    """The speech or belief verb whose reported clause holds this verb, a few steps up, if any."""
    t = verb
    for _ in range(_NEST_STEPS):
        if t.head.i == t.i:
            return None
        via, t = t.dep_, t.head
        if via in _REPORTED_VIA and t.pos_ == "VERB" and t.lemma_.lower() in _REPORTERS:
            return t.lemma_.lower()
    return None


def _in_headline(tok: Token) -> bool:
    """Whether a token is in the article's first paragraph (its headline): no line break before it."""
    return not any(t.is_space and "\n" in t.text for t in tok.doc[: tok.i])


def features(cand: Candidate) -> list[str]:
    """Binary features of a candidate, as strings (lemma, frame and their combinations with context)."""
    verb, frame = cand.verb, cand.frame
    lemma = verb.lemma_.lower()
    subject = _subject_kind(verb)
    subject_class = subject.split(":", 1)[0]
    head = cand.head
    marker = _marker(head)
    size = _length(cand.last.i - cand.first.i + 1)
    children = {c.dep_ for c in verb.children}
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    out = [
        f"l={verb.pos_}:{lemma}",
        f"f={frame}",
        f"lf={lemma}|{frame}",
        f"tag={verb.tag_}",
        f"ltag={lemma}|{verb.tag_}",
        f"dep={verb.dep_}",
        f"ldep={lemma}|{verb.dep_}",
        f"subj={subject}",
        f"subjc={subject_class}",
        f"lsubjc={lemma}|{subject_class}",
        f"fsubjc={frame}|{subject_class}",
        f"mark={frame}|{marker}",
        f"lmark={lemma}|{marker}",
        f"len={frame}|{size}",
        f"hpos={frame}|{head.pos_}",
        f"first={frame}|{cand.first.lower_}",  # how the content opens: "that", "to", "the", "if", "a"...
    ]
    if "neg" in children:
        out.append("neg")
    if modal:
        out += ["modal", f"lmodal={lemma}"]
    if "auxpass" in children or "nsubjpass" in children:
        out += ["passive", f"lpassive={lemma}"]
    if "dobj" in children and frame != "dobj":
        out.append(f"ldobj={lemma}")  # "told reporters that..."
    if verb.dep_ != "ROOT":
        out.append(f"hl={verb.head.lemma_.lower()}|{verb.dep_}")
    if frame == "dobj" or frame.startswith(("prep:", "noun:", "adj:")):
        out.append(f"lh={lemma}|{head.lemma_.lower()}")  # "made the request", "issued a statement"
    agent = _agent_kind(verb)
    if agent is not None:
        out += [f"agent={agent}", f"lagent={lemma}|{agent.split(':', 1)[0]}"]
    above = _reporter_above(verb)
    if above is not None:
        out += ["nested", f"lnested={lemma}", f"fnested={frame}"]
    if _in_headline(verb):
        out += ["headline", f"fheadline={frame}"]  # the headline: present tense, no "that"
    if any(t.is_quote for t in verb.doc[cand.first.i : cand.last.i + 1]):
        out.append(f"quoted={frame}")  # a quoted phrase in the content: someone's words
    return out


#: Verbs whose subject receives what their object noun says ("faced criticism from rivals"), not holds it.
_RECEIVING_VERBS: Final = frozenset({"face", "receive", "draw", "get", "attract", "field", "meet", "hear"})


def held_by_subject(noun: Token) -> bool:
    """Whether a noun cue is the object or predicate of a verb with a subject ("Trump made the claim that", "he has
    concerns about", "Gillibrand is a critic of"): the subject holds it, found as a verb's subject is, so the noun
    takes the verb threshold (train 5-fold CV: of the 73 such nouns scored between the two thresholds, 46 match a gold
    attribution, 33 of the 42 with a gold source with the right speaker)."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "attr"} or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in _RECEIVING_VERBS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


@dataclass(frozen=True)
class CueModel:
    """Feature weights of a logistic regression and the probability a candidate needs to count."""

    weights: dict[str, float]
    bias: float
    threshold: float
    noun_threshold: float = NOUN_THRESHOLD
    format_version: int = FORMAT_VERSION

    def score(self, feats: Sequence[str]) -> float:
        """Probability of reported speech for a candidate's features."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probability(self, cand: Candidate) -> float:
        return self.score(features(cand))

    def accepts(self, cand: Candidate) -> bool:
        bar = self.noun_threshold if cand.verb.pos_ == "NOUN" and not held_by_subject(cand.verb) else self.threshold
        return self.probability(cand) >= bar

    def save(self, path: Path = MODEL) -> None:
        body = asdict(self)
        body["weights"] = {k: round(v, 5) for k, v in sorted(self.weights.items())}
        path.write_text(json.dumps(body, indent=0, sort_keys=True) + "\n", encoding="utf-8")


class ModelError(ValueError):
    """A cue model file that cannot be read as one."""


@functools.cache
def load(path: Path = MODEL) -> CueModel | None:
    """The stored model, or None when there is none (the cue table then decides)."""
    if not path.exists():
        return None
    try:
        body: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if body.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"{path}: cue model format {body.get('format_version')!r}, expected {FORMAT_VERSION}")
        weights = {str(k): float(v) for k, v in body["weights"].items()}
        return CueModel(weights, float(body["bias"]), float(body["threshold"]), float(body["noun_threshold"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, ModelError):
            raise
        raise ModelError(f"{path}: not a cue model ({exc})") from exc


def fit(
    rows: Sequence[Sequence[str]], labels: Sequence[int], c: float = 1.0, min_count: int = 3
) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2 logistic regression over binary string features; features seen in
    fewer than ``min_count`` candidates are left out (they would only learn their few examples)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in rows for f in set(r))
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r if counts[f] >= min_count} for r in rows])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels))
    names = vec.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) > 1e-4}
    return weights, float(clf.intercept_[0])


#: Thresholds at which ``python -m eventwire.quotes.learn`` reports the out-of-fold precision and recall.
REPORTED_THRESHOLDS: Final = (0.25, 0.3, 0.4, 0.5)


@dataclass(frozen=True)
class OutOfFold:
    """Out-of-fold probabilities of every training candidate and what they are judged against."""

    probs: list[float]
    labels: list[int]
    missed: int  # gold attributions no candidate reaches (they count against recall at every threshold)

    def precision_recall(self, threshold: float) -> tuple[float, float, float]:
        """Precision, recall and F1 of taking every candidate whose probability reaches ``threshold``
        (one threshold for all; the pipeline holds noun cues to ``noun_threshold``)."""
        taken = [y for p, y in zip(self.probs, self.labels, strict=True) if p >= threshold]
        tp, gold = sum(taken), sum(self.labels) + self.missed
        precision = tp / len(taken) if taken else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * tp / (len(taken) + gold) if taken or gold else 0.0
        return precision, recall, f1


def train(
    items: Iterable[tuple[Doc, Sequence[tuple[Range, Range]]]], c: float = REGULARISATION, folds: int = 5
) -> tuple[CueModel, OutOfFold]:
    """Fit on every candidate of ``items`` (parsed articles with their gold (cue, content) ranges); the
    threshold is the one with the best F1 over out-of-fold probabilities (articles split into folds), which
    come back with the model for reporting."""
    rows: list[list[str]] = []
    labels: list[int] = []
    groups: list[int] = []
    missed = 0
    for k, (doc, gold) in enumerate(items):
        hit_gold: set[int] = set()
        for cand, hits in labelled_hits(doc, gold):
            rows.append(features(cand))
            labels.append(int(bool(hits)))
            groups.append(k % folds)
            hit_gold.update(hits)
        missed += len(gold) - len(hit_gold)
    probs = [0.0] * len(rows)
    for fold in range(folds):
        inside = [i for i, g in enumerate(groups) if g != fold]
        weights, bias = fit([rows[i] for i in inside], [labels[i] for i in inside], c)
        model = CueModel(weights, bias, 0.5)
        for i, g in enumerate(groups):
            if g == fold:
                probs[i] = model.score(rows[i])
    weights, bias = fit(rows, labels, c)
    threshold = round(best_threshold(probs, labels, missed), 4)
    return CueModel(weights, bias, threshold, max(threshold, NOUN_THRESHOLD)), OutOfFold(probs, labels, missed)


def best_threshold(probs: Sequence[float], labels: Sequence[int], missed: int) -> float:
    """The threshold with the best F1 when ``missed`` gold attributions are out of every candidate's reach."""
    order = sorted(range(len(probs)), key=lambda i: -probs[i])
    gold = sum(labels) + missed
    tp, best, best_t = 0, -1.0, 0.5
    for n, i in enumerate(order, 1):
        tp += labels[i]
        f1 = 2 * tp / (n + gold)
        if f1 > best:
            best, best_t = f1, probs[i]
    return best_t
