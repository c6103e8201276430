"""The shared data model: every stage reads and writes these types.

Every extracted item points into ``Article.text`` by character offsets
(``start`` inclusive, ``end`` exclusive) exactly as the text was given, names the
stage and version that produced it, and carries a confidence in [0, 1].
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SpanKind = Literal["caption", "credit", "byline", "dateline", "headline", "boilerplate"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal["time", "day", "week", "month", "quarter", "half", "year", "decade", "range", "none"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Provenance:
    """Which stage (and which version of it) produced an item, and how sure it is."""

    stage: str
    version: str
    confidence: float = 1.0


@dataclass
class Article:
    """One input document, as given; ``text`` is never altered after reading."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file path or stream the article came from
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article, with a one-line reason."""

    origin: str
    reason: str
    code: str
    article_id: str | None = None


@dataclass(frozen=True)
class MarkedSpan:
    """A non-body stretch (caption, byline, dateline...) that yields no actors or events."""

    start: int
    end: int
    kind: SpanKind
    text: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class ActorRef:
    """What an actor mention resolves to: a CAMEO-style country + sector code."""

    name: str  # canonical name: "Antony Blinken", "North Korea", "UN Security Council"
    country: str | None = None  # ISO-3166 alpha-3, None for IGOs and unknowns
    sector: str | None = None  # GOV, MIL, REB, OPP, IGO, MED, BUS, CVL, COP, JUD, LEG, PTY
    kind: str = "unknown"  # person | country | organisation | group | unknown
    members: list[ActorRef] = field(default_factory=list)  # compound actors ("US, Japan and South Korea")
    # The role inside an international organisation or group (sector IGO/NGO): GOV for the UN Security
    # Council and Secretary-General, MIL for peacekeepers; PLOVER puts the organisation in the country slot.
    org_sector: str | None = None

    @property
    def code(self) -> str:
        return f"{self.country or ''}{self.sector or ''}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "code": self.code or None,
        }
        if self.members:
            out["members"] = [m.to_dict() for m in self.members]
        if self.org_sector:
            out["org_sector"] = self.org_sector
        return out


@dataclass
class EntityMention:
    """A mention of an actor or named entity, possibly an alias, title or pronoun."""

    start: int
    end: int
    text: str
    label: str  # PERSON, ORG, GPE, NORP, COUNTRY, IGO, TITLE, GROUP, PRON, ALIAS ...
    actor: ActorRef | None
    provenance: Provenance
    refers_to: int | None = None  # index in the entities list of the antecedent mention
    role: str = "name"  # name | adjective | demonym | capital | title | alias | pronoun | group
    #: Where the reporter of its sentence stands ("X reported", "according to X", "told X"); set once by the
    #: actor stage (eventwire.actors.media) and read wherever a reporting medium must give no context country.
    reporting_slot: bool = False


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None  # country | city | admin1 | region | ...
    role: str  # literal | metonym
    provenance: Provenance
    geonameid: int | None = None


@dataclass
class TimeExpression:
    start: int
    end: int
    text: str
    type: TimeType
    value: str  # TimeML/ISO value: 2022-01-05, 2022-W01, 2021-10, 2021-Q4, P3D, PRESENT_REF
    granularity: Granularity
    provenance: Provenance
    range_start: dt.date | None = None
    range_end: dt.date | None = None
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER
    anchor: str | None = None  # how it was resolved: "publication date", "context: Last week" ...


@dataclass
class Amount:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None  # "km", "officials", "USD" ...
    provenance: Provenance


@dataclass
class EventDate:
    value: str | None
    granularity: Granularity
    method: str  # "own time expression" | "inherited" | "publication date" | "none"
    time_index: int | None = None  # index into the article's times
    mod: str | None = None  # the time expression's TimeML mod: "late 2021" -> END, "about May 3" -> APPROX

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Quote:
    content: Span
    speaker: Span | None
    cue: Span | None
    direct: bool  # a full direct quotation (not a quoted fragment inside reported speech)
    kind: str  # direct | mixed | indirect
    speaker_actor: ActorRef | None
    medium: Span | None
    provenance: Provenance
    speaker_entity: int | None = None  # index into entities of the mention the speaker resolves to
    events: list[int] = field(default_factory=list)  # indexes of events expressed by the quote


@dataclass
class Participant:
    """The source or target of an event: a text span and what it resolves to."""

    span: Span
    actor: ActorRef | None
    entity: int | None = None  # index into entities
    #: One person, several (a group, organisation or body), a state or place, or unknown: "person" | "group" |
    #: "state" | "unknown" (``eventwire.actors.kinds``; set once the event's roles are final).
    kind: str = "unknown"
    #: The sentence says the actor is not of the story's country (a deportee, the heads of several states): the
    #: article's country and the event's place give it none (``eventwire.places``); not serialised.
    unplaced: bool = False

    def to_dict(self) -> dict[str, Any]:
        actor = self.actor
        return {
            **self.span.to_dict(),
            "name": actor.name if actor else None,
            "country": actor.country if actor else None,
            "sector": actor.sector if actor else None,
            "code": (actor.code or None) if actor else None,
            "kind": self.kind,
            "members": [m.to_dict() for m in actor.members] if actor and actor.members else [],
            **({"org_sector": actor.org_sector} if actor and actor.org_sector else {}),
        }


@dataclass
class Event:
    type: str  # PLOVER event type
    mode: str | None
    cameo: str  # CAMEO code, root or more specific
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    score: float  # PLOVER conflict-cooperation score, -10..10
    trigger: Span
    sentence: Span
    source: Participant | None
    target: Participant | None
    negated: bool
    hypothetical: bool
    future: bool
    provenance: Provenance
    date: EventDate | None = None
    location: int | None = None  # index into places
    #: How the location was chosen: "attached" (a place the sentence hangs on the trigger: "fired in Nadiad"), "scene"
    #: (the town its sentence opens with: "In Nadiad, ..."), "scene carried" (an earlier sentence's scene, same
    #: paragraph: ``eventwire.scenes``), "referred back" (the town named last before "in the town", "of the city" in
    #: its sentence or the two before: since 0.21.0); None with no location, or for results stored before 0.20.0.
    location_how: str | None = None
    quote: int | None = None  # index of the quote that carries the event
    explanation: str = ""
    reciprocal: bool = False  # one of the two events of a joint act, each party to the other
    #: The lemma of the trigger's head word, lower case (``eventwire.events.triggers.trigger_lemma``): the lexicon
    #: entry it matched ("accused" -> "accuse", "talks" -> "talk", "test-fired" -> "test-fire"); the verb of a light
    #: verb with its object ("held a protest" -> "hold") or of a phrasal verb ("called for" -> "call"), the verb a
    #: modal governs ("must step up" -> "step"). None where unknown (hand-built events, results stored before 0.11.0).
    trigger_lemma: str | None = None

    @property
    def confidence(self) -> float:
        return self.provenance.confidence


@dataclass
class ArticleResult:
    """Everything extracted from one article: the public, serialisable result."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    marked: list[MarkedSpan] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
