"""An event participant's kind: one person, a group, a state, or unknown."""

from __future__ import annotations

import pytest

from eventwire.actors.kinds import participant_kind, phrase_kind
from eventwire.model import ActorRef, EntityMention, Participant, Provenance, Span

_PROV = Provenance("actors", "test")


def _entity(text: str, role: str, actor: ActorRef | None, refers_to: int | None = None) -> EntityMention:
    return EntityMention(0, len(text), text, role.upper(), actor, _PROV, refers_to=refers_to, role=role)


CLINTON = ActorRef("Hillary Clinton", "USA", None, "person")
MEDIA = ActorRef("media", None, "MED", "group")
PRESIDENT = ActorRef("president", None, "GOV", "group")
PRIME_MINISTER = ActorRef("prime minister", "IND", "GOV", "group")
BJP = ActorRef("Bharatiya Janata Party", "IND", "PTY", "organisation")
INDIA = ActorRef("India", "IND", None, "country")
FERNANDES = ActorRef("George Fernandes", "IND", "GOV", "person")
BOTH = ActorRef("Fernandes, Modi", "IND", "GOV", "group", members=[FERNANDES])
ENTITIES = [
    _entity("Hillary Clinton", "name", CLINTON),
    _entity("the media", "group", MEDIA),
    _entity("the prime minister", "title", PRIME_MINISTER),
    _entity("it", "pronoun", BJP, refers_to=4),
    _entity("the BJP", "name", BJP),
    _entity("they", "pronoun", MEDIA, refers_to=1),
    _entity("he", "pronoun", PRIME_MINISTER, refers_to=2),
    _entity("it", "pronoun", PRIME_MINISTER, refers_to=2),
]


@pytest.mark.parametrize(
    ("actor", "entity", "kind"),
    [
        pytest.param(CLINTON, 0, "person", id="named person"),
        pytest.param(MEDIA, 1, "group", id="group word"),
        pytest.param(PRIME_MINISTER, 2, "person", id="title: one person"),
        pytest.param(PRESIDENT, None, "group", id="group kind without its mention"),
        pytest.param(BJP, 4, "group", id="organisation"),
        pytest.param(BJP, 3, "group", id="pronoun: its antecedent's kind"),
        pytest.param(MEDIA, 5, "group", id="plural pronoun"),
        pytest.param(PRIME_MINISTER, 6, "person", id="he"),
        pytest.param(PRIME_MINISTER, 7, "person", id="pronoun back to a title"),
        pytest.param(INDIA, None, "state", id="country"),
        pytest.param(BOTH, None, "group", id="compound actor"),
        pytest.param(None, None, "unknown", id="unresolved phrase naming nothing of its kind"),
        pytest.param(ActorRef("X", None, None, "unknown"), 0, "unknown", id="unknown kind"),
    ],
)
def test_participant_kind(actor: ActorRef | None, entity: int | None, kind: str) -> None:
    participant = Participant(Span(0, 1, "x"), actor, entity)
    assert participant_kind(participant, ENTITIES) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        pytest.param("a group of mps", "group", id="collective before of"),
        pytest.param("the delegation", "group", id="collective"),
        pytest.param("a couple", "group", id="couple"),
        pytest.param("members of the nagrik manch", "group", id="members of"),
        pytest.param("protesters", "group", id="plural person noun"),
        pytest.param("40 unidentified miscreants", "group", id="counted plural"),
        pytest.param("the witnesses", "group", id="plural in -es"),
        pytest.param("men, women and children", "group", id="irregular plurals joined"),
        pytest.param("the driver and a passenger", "group", id="two persons joined"),
        pytest.param("some organisations", "group", id="plural collective"),
        pytest.param("a resident", "person", id="indefinite person noun"),
        pytest.param("the driver", "person", id="definite person noun"),
        pytest.param("one person", "person", id="one"),
        pytest.param("the dhaba owner", "person", id="compound head"),
        pytest.param("a spokesman of the party", "person", id="person noun before of"),
        pytest.param("the man who fired", "person", id="person noun before a clause"),
        pytest.param("driver", "unknown", id="bare singular"),
        pytest.param("shops", "unknown", id="plural thing"),
        pytest.param("the train", "unknown", id="thing"),
        pytest.param("the driver and his truck", "unknown", id="person and thing"),
        pytest.param("mumtaz", "unknown", id="bare name"),
        pytest.param("them", "unknown", id="pronoun"),
        pytest.param("", "unknown", id="empty"),
    ],
)
def test_phrase_kind(phrase: str, kind: str) -> None:
    assert phrase_kind(phrase) == kind
    assert participant_kind(Participant(Span(0, len(phrase), phrase), None), ENTITIES) == kind


@pytest.mark.parametrize(
    ("phrase", "actor", "kind"),
    [
        pytest.param("Some miffed Clinton supporters", CLINTON, "group", id="supporters named by their person"),
        pytest.param("a delegation, including George Fernandes", FERNANDES, "group", id="group named by a member"),
        pytest.param("Hillary Clinton", CLINTON, "person", id="the person herself"),
        pytest.param("two groups in India", INDIA, "state", id="only a person gives way"),
    ],
)
def test_resolved_phrase_of_several(phrase: str, actor: ActorRef, kind: str) -> None:
    assert participant_kind(Participant(Span(0, len(phrase), phrase), actor), ENTITIES) == kind


def test_participant_kind_in_output() -> None:
    participant = Participant(Span(0, 9, "the media"), MEDIA, 1, kind="group")
    assert participant.to_dict()["kind"] == "group"
    assert Participant(Span(0, 9, "the media"), None).to_dict()["kind"] == "unknown"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Republican presidential nominee Donald Trump has blasted the media for going so long without a briefing.",
            ("person", "group"),
        ),
        ("The police arrested a local VHP activist, Vasant Patel, on Sunday.", ("group", "person")),
        ("The president met the foreign ministers of France and Germany in Paris.", ("person", "group")),
    ],
)
def test_participant_kinds_in_pipeline(text: str, kinds: tuple[str, str]) -> None:
    from eventwire.api import extract

    event = extract(text, date="2016-07-27").events[0]
    assert (event.source.kind if event.source else None, event.target.kind if event.target else None) == kinds
