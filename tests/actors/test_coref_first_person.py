"""First-person pronouns inside quotes (eventwire.actors.coref.link_first_person): the speaker's in
direct and mixed quotes, the writer's in indirect speech."""

from __future__ import annotations

import pytest

from eventwire.actors import coref
from eventwire.actors.lexicon import load_lexicon
from eventwire.model import ActorRef, EntityMention, Provenance, Quote, Span

PROV = Provenance("test", "test")
TEXT = "Smith said I was wrong."
SMITH = ActorRef("John Smith", "USA", "GOV", "person")


@pytest.mark.parametrize(("kind", "expected"), [("direct", SMITH), ("mixed", SMITH), ("indirect", None)])
def test_first_person_is_the_speaker_only_in_quoted_words(kind: str, expected: ActorRef | None) -> None:
    mentions = [
        EntityMention(0, 5, "Smith", "PERSON", SMITH, PROV),
        EntityMention(11, 12, "I", "PRON", None, PROV, role="pronoun"),
    ]
    quote = Quote(
        content=Span(11, 22, TEXT[11:22]),
        speaker=Span(0, 5, "Smith"),
        cue=Span(6, 10, "said"),
        direct=kind != "indirect",
        kind=kind,
        speaker_actor=SMITH,
        medium=None,
        provenance=PROV,
        speaker_entity=0,
    )
    coref.link_first_person(mentions, [quote], load_lexicon())
    assert mentions[1].actor == expected
