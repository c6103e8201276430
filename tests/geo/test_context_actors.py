"""Which actors' countries are context for an article's place names (``places.context_actors``)."""

from __future__ import annotations

import pytest

from eventwire.model import ActorRef, EntityMention, Provenance
from eventwire.places import context_actors, resolve_toponyms


def _mention(text: str, label: str, kind: str, country: str | None = "USA", start: int = 0) -> EntityMention:
    actor = ActorRef(name=text, country=country, kind=kind)
    return EntityMention(start, start + len(text), text, label, actor, Provenance("actors", "test"))


@pytest.mark.parametrize(
    ("text", "label", "kind", "kept"),
    [
        ("Brazil", "COUNTRY", "country", True),  # a country named
        ("it", "PRON", "country", True),  # a pronoun for a country
        ("Joe Biden", "PERSON", "person", True),
        ("Venezuelans", "COUNTRY", "group", True),  # a people named as such
        ("Facebook", "ORG", "organisation", False),  # where a company is based is not where its story is
        ("Bloomberg", "MEDIA", "organisation", False),
        ("its", "PRON", "organisation", False),
        ("District Catholic School", "GROUP", "group", False),  # country read from a name inside it
        ("a French immersion school", "GROUP", "group", False),
        ("their", "PRON", "group", False),
    ],
)
def test_only_countries_people_and_peoples_place_a_story(text: str, label: str, kind: str, kept: bool) -> None:
    assert bool(context_actors([_mention(text, label, kind)])) == kept


@pytest.mark.parametrize(
    ("mention", "kept"),
    [
        (EntityMention(0, 5, "Smith", "PERSON", None, Provenance("actors", "test")), False),  # no actor
        (_mention("the UN", "IGO", "organisation", country=None), False),  # no country
    ],
)
def test_actors_without_a_country_give_no_context(mention: EntityMention, kept: bool) -> None:
    assert bool(context_actors([mention])) == kept


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "kind", "country"),
    [
        ("ORG", "organisation", "GBR"),  # Facebook's home is no context: Cambridge, England, the larger namesake
        ("GROUP", "group", "GBR"),
        ("PERSON", "person", "USA"),  # an American named in the story still is: Cambridge, Massachusetts
        ("COUNTRY", "country", "USA"),
    ],
)
def test_an_organisations_country_does_not_pick_the_namesake(label: str, kind: str, country: str) -> None:
    text = "Facebook said Cambridge Analytica had misused the data."
    start = text.index("Cambridge")
    actors = context_actors([_mention("Facebook", label, kind)])
    (entry,) = resolve_toponyms(text, [(start, start + len("Cambridge"))], actors)
    assert entry is not None and entry.country == country
