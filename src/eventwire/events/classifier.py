"""The trained event classifier: PLOVER type of a source-target pair, with a probability per type.

Features (all cheap, all inspectable):

* word and character n-grams (TF-IDF) of the sentence with the participants marked in place;
* word n-grams of the text between the participants (where the verb usually is);
* what the rule coder found: the type, mode and trigger of the rule event that matches the pair, and
  every type it found in the sentence (the rules and the model disagree in useful ways);
* optionally a sentence vector (all-MiniLM-L6-v2, :mod:`eventwire.events.embed`; the config names the encoder).

A multinomial logistic regression over them gives calibrated-enough scores for an analyst to sort by;
its weights are stored as JSON + NumPy arrays (no pickles), so a model is readable and portable.
The old PLOVER type YIELD (in the training sets) is split at prediction into CONCEDE (verbal) or
RETREAT (material) by the rule coder's trigger or by the material verbs of :data:`RETREAT_CUES`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from eventwire.events.embed import DEFAULT_ENCODER, LEGACY_ENCODER
from eventwire.events.ontology import PLOVER_TYPES, QUAD_CLASS
from eventwire.events.pairs import Pair, between_text, marked_text
from eventwire.model import Event

FORMAT_VERSION: Final = 1
OLD_YIELD: Final = "YIELD"
RETREAT_CUES: Final = re.compile(
    r"\b(withdr[ae]w\w*|pull(s|ed|ing)? (out|back)|retreat\w*|releas\w*|fre(e|ed|es|eing)\b|return\w*|evacuat\w*|"
    r"demobili[sz]\w*|disarm\w*|hand(s|ed|ing)? over|lift\w*|eas(e|ed|es|ing)\b|relax\w*|de-?escalat\w*)",
    re.IGNORECASE,
)

Matrix = Any  # scipy sparse matrix (scipy has no type stubs)
Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Config:
    """How a classifier is built; stored with the model."""

    use_rules: bool = True
    use_vectors: bool = True
    vector_weight: float = 2.0
    c: float = 3.0
    char_features: int = 60_000
    #: The sentence encoder the vectors come from (:data:`eventwire.events.embed.ENCODERS`): a model reads
    #: only vectors from the encoder it was trained on.
    encoder: str = DEFAULT_ENCODER


@dataclass
class PairInputs:
    """Everything the features are made from, one entry per pair."""

    marked: list[str]
    between: list[str]
    rules: list[dict[str, float]]
    vectors: npt.NDArray[np.float32] | None = None
    #: The texts' n-grams by block and analyser, made once: the PLOVER and the pentaclass model read the same ones.
    terms: dict[tuple[Any, ...], list[list[str]]] = field(default_factory=dict, repr=False, compare=False)

    def take(self, rows: Sequence[int]) -> PairInputs:
        vectors = self.vectors[list(rows)] if self.vectors is not None else None
        return PairInputs(
            [self.marked[i] for i in rows], [self.between[i] for i in rows], [self.rules[i] for i in rows], vectors
        )


@dataclass
class Coding:
    """The classifier's answer for one pair."""

    type: str
    scores: dict[str, float]
    runner_up: str
    because: list[str] = field(default_factory=list)
    pentaclass: int | None = None  # CAMEO pentaclass from the penta model, when one was asked

    @property
    def quad_class(self) -> int:
        return QUAD_CLASS[self.type]

    @property
    def confidence(self) -> float:
        return self.scores[self.type]


def rule_features(match: Event | None, sentence_events: Sequence[Event]) -> dict[str, float]:
    """What the rule coder said about a pair: its matching event, and every type it saw in the sentence."""
    features: dict[str, float] = {f"rule:any={event.type}": 1.0 for event in sentence_events}
    if match is None:
        features["rule:none"] = 1.0
        return features
    features[f"rule:type={match.type}"] = 1.0
    features[f"rule:mode={match.type}/{match.mode}"] = 1.0
    features[f"rule:trigger={match.trigger.text.lower()}"] = 1.0
    features["rule:confidence"] = match.confidence
    return features


def inputs_for(
    pairs: Sequence[Pair],
    rules: Sequence[dict[str, float]],
    vectors: npt.NDArray[np.float32] | None = None,
) -> PairInputs:
    return PairInputs([marked_text(p) for p in pairs], [between_text(p) for p in pairs], list(rules), vectors)


def split_yield(marked: str, rules: dict[str, float]) -> str:
    """CONCEDE or RETREAT for an old-style YIELD: the rule coder's choice, else material verbs -> RETREAT."""
    for kind in ("RETREAT", "CONCEDE"):
        if rules.get(f"rule:type={kind}"):
            return kind
    return "RETREAT" if RETREAT_CUES.search(marked) else "CONCEDE"


class PairClassifier:
    """Multinomial logistic regression over n-gram, rule and (optionally) sentence-vector features."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.labels: list[str] = []
        self.meta: dict[str, Any] = {}
        self._word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
        self._char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, max_features=self.config.char_features
        )
        self._between = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        self._rules = DictVectorizer()
        self._coef: Floats = np.zeros((0, 0))
        self._intercept: Floats = np.zeros(0)
        self._names: list[str] | None = None
        self._vector_start = 0  # the first sentence-vector column, set with the feature names

    # ------------------------------------------------------------------ features
    def _blocks(self, inputs: PairInputs, fit: bool) -> list[tuple[str, Matrix]]:
        def use(vectorizer: Any, data: Any) -> Matrix:
            return vectorizer.fit_transform(data) if fit else vectorizer.transform(data)

        def text(name: str, vectorizer: TfidfVectorizer, docs: list[str]) -> Matrix:
            if fit:
                return vectorizer.fit_transform(docs)
            return _given_terms(vectorizer).transform(_terms(inputs, name, vectorizer, docs))

        blocks = [
            ("word", text("word", self._word, inputs.marked)),
            ("char", text("char", self._char, inputs.marked)),
            ("between", text("between", self._between, _between_docs(inputs.between, fit))),
        ]
        if self.config.use_rules:
            blocks.append(("rule", use(self._rules, inputs.rules)))
        if self.config.use_vectors:
            if inputs.vectors is None:
                raise ValueError("this classifier needs sentence vectors")
            blocks.append(("vector", sp.csr_matrix(inputs.vectors * self.config.vector_weight)))
        return blocks

    def _matrix(self, inputs: PairInputs, fit: bool = False) -> Matrix:
        return sp.hstack([block for _, block in self._blocks(inputs, fit)]).tocsr()

    def feature_names(self) -> list[str]:
        """Names of the feature columns (built once: the vocabularies are large)."""
        if self._names is None:
            self._names = self._build_feature_names()
        return self._names

    def _build_feature_names(self) -> list[str]:
        names = [f"word:{n}" for n in self._word.get_feature_names_out()]
        names += [f"char:{n}" for n in self._char.get_feature_names_out()]
        names += [f"between:{n}" for n in self._between.get_feature_names_out()]
        if self.config.use_rules:
            names += list(self._rules.get_feature_names_out())
        if self.config.use_vectors:
            names += [f"vector:{i}" for i in range(self._coef.shape[1] - len(names))]
        self._vector_start = next((i for i, name in enumerate(names) if name.startswith("vector:")), len(names))
        return names

    # ------------------------------------------------------------------ training
    def fit(self, inputs: PairInputs, labels: Sequence[str], weights: Sequence[float] | None = None) -> PairClassifier:
        matrix = self._matrix(inputs, fit=True)
        model = LogisticRegression(C=self.config.c, max_iter=5000, class_weight="balanced")
        model.fit(matrix, list(labels), sample_weight=None if weights is None else np.asarray(weights))
        self._names = None
        self.labels = [str(label) for label in model.classes_]
        self._coef = np.asarray(model.coef_, dtype=np.float64)
        self._intercept = np.asarray(model.intercept_, dtype=np.float64)
        return self

    # ------------------------------------------------------------------ prediction
    def probabilities(self, inputs: PairInputs) -> Floats:
        """One row per pair, one column per entry of :attr:`labels` (softmax of the linear scores)."""
        return self._softmax(self._matrix(inputs))

    def _softmax(self, matrix: Matrix) -> Floats:
        logits = np.asarray(matrix @ self._coef.T) + self._intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def predict_labels(self, inputs: PairInputs) -> list[str]:
        """The most probable training label of each pair (YIELD not split): for scoring against old labels."""
        probs = self.probabilities(inputs)
        return [self.labels[i] for i in probs.argmax(axis=1)]

    def code(self, inputs: PairInputs, explain: int = 3) -> list[Coding]:
        """A :class:`Coding` per pair over the 16 current PLOVER types."""
        matrix = self._matrix(inputs)  # built once: both the scores and the explanations read it
        probs = self._softmax(matrix)
        names = self.feature_names() if explain else []
        out = []
        for row, marked in enumerate(inputs.marked):
            scores = self._current_scores(probs[row], marked, inputs.rules[row])
            ranked = sorted(scores, key=lambda t: -scores[t])
            because = self._reasons(matrix, row, names, ranked[0], explain) if explain else []
            out.append(Coding(ranked[0], scores, ranked[1], because))
        return out

    def _current_scores(self, probs: Floats, marked: str, rules: dict[str, float]) -> dict[str, float]:
        scores = dict.fromkeys(PLOVER_TYPES, 0.0)
        for label, p in zip(self.labels, probs, strict=True):
            name = split_yield(marked, rules) if label == OLD_YIELD else label
            scores[name] += float(p)
        return {t: round(p, 4) for t, p in scores.items()}

    def _reasons(self, matrix: Matrix, row: int, names: list[str], label: str, top: int) -> list[str]:
        """The features that pushed hardest toward ``label`` (sentence-vector dimensions summed as one)."""
        column = self.labels.index(OLD_YIELD if label in ("CONCEDE", "RETREAT") and OLD_YIELD in self.labels else label)
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        indices = matrix.indices[start:end]
        pushes = matrix.data[start:end] * self._coef[column, indices]
        is_vector = indices >= self._vector_start
        pushing = ~is_vector & (pushes > 0)  # only a feature that pushes toward the label can be a reason
        contributions = {names[i]: float(c) for i, c in zip(indices[pushing], pushes[pushing], strict=True)}
        if is_vector.any():
            # A running sum in column order, as the per-feature loop this replaced added them.
            contributions["sentence vector"] = float(np.cumsum(pushes[is_vector])[-1])
        best = sorted((c, n) for n, c in contributions.items() if c > 0)[::-1][:top]
        return [f"{name} (+{c:.2f})" for c, name in best]

    # ------------------------------------------------------------------ storage
    def save(self, folder: Path) -> None:
        """``model.json`` (config, labels, vocabularies, metadata) and ``weights.npz`` (idf and coefficients)."""
        folder.mkdir(parents=True, exist_ok=True)
        doc = {
            "format": FORMAT_VERSION,
            "config": asdict(self.config),
            "labels": self.labels,
            "meta": self.meta,
            "vocabulary": {
                "word": _vocab(self._word),
                "char": _vocab(self._char),
                "between": _vocab(self._between),
                "rule": list(self._rules.feature_names_) if self.config.use_rules else [],
            },
        }
        (folder / "model.json").write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), "utf-8")
        np.savez_compressed(
            folder / "weights.npz",
            word_idf=self._word.idf_,
            char_idf=self._char.idf_,
            between_idf=self._between.idf_,
            coef=self._coef.astype(np.float32),
            intercept=self._intercept,
        )

    @classmethod
    def load(cls, folder: Path) -> PairClassifier:
        doc = json.loads((folder / "model.json").read_text("utf-8"))
        if doc.get("format") != FORMAT_VERSION:
            raise ValueError(f"{folder}: model format {doc.get('format')} is not {FORMAT_VERSION}")
        # Models saved before the config named its encoder (0.3.0) read the encoder of that time.
        model = cls(Config(**{"encoder": LEGACY_ENCODER, **doc["config"]}))
        model.labels, model.meta = list(doc["labels"]), dict(doc["meta"])
        with np.load(folder / "weights.npz") as weights:
            for name, vectorizer in (("word", model._word), ("char", model._char), ("between", model._between)):
                vectorizer.vocabulary_ = {term: i for i, term in enumerate(doc["vocabulary"][name])}
                vectorizer.idf_ = weights[f"{name}_idf"]
            model._coef = weights["coef"].astype(np.float64)
            model._intercept = weights["intercept"].astype(np.float64)
        rules = doc["vocabulary"]["rule"]
        model._rules.feature_names_ = rules
        model._rules.vocabulary_ = {name: i for i, name in enumerate(rules)}
        return model


def _between_docs(between: list[str], fit: bool) -> list[str]:
    """Texts between the participants; a pair with one side implicit has none (a placeholder only keeps a
    vocabulary when no training pair has both sides, as a marker token would teach "no target" as a class cue)."""
    if fit and not any(text.strip() for text in between):
        return ["between"] * len(between)
    return between


def _terms(inputs: PairInputs, name: str, vectorizer: TfidfVectorizer, docs: list[str]) -> list[list[str]]:
    """The n-grams ``vectorizer`` reads in ``docs`` (block ``name`` of ``inputs``), analysed once per batch."""
    params = vectorizer.get_params()
    key = (name, *(repr(params[p]) for p in _ANALYSIS_PARAMS))
    if key not in inputs.terms:
        analyse = vectorizer.build_analyzer()
        inputs.terms[key] = [analyse(doc) for doc in docs]
    return inputs.terms[key]


#: The vectorizer settings that decide which n-grams a text gives.
_ANALYSIS_PARAMS: Final = (
    "analyzer", "ngram_range", "lowercase", "preprocessor", "tokenizer", "token_pattern", "stop_words",
    "strip_accents", "input", "encoding", "decode_error",
)  # fmt: skip


def _given_terms(vectorizer: TfidfVectorizer) -> TfidfVectorizer:
    """``vectorizer`` (its vocabulary, idf and weighting) reading texts as n-grams analysed already."""
    given = TfidfVectorizer(
        analyzer=_as_given,
        binary=vectorizer.binary,
        dtype=vectorizer.dtype,
        norm=vectorizer.norm,
        use_idf=vectorizer.use_idf,
        smooth_idf=vectorizer.smooth_idf,
        sublinear_tf=vectorizer.sublinear_tf,
    )
    given.vocabulary_ = vectorizer.vocabulary_
    given.idf_ = vectorizer.idf_
    return given


def _as_given(terms: list[str]) -> list[str]:
    return terms


def _vocab(vectorizer: TfidfVectorizer) -> list[str]:
    return [str(term) for term in vectorizer.get_feature_names_out()]
