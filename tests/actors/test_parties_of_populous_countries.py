"""Parties, movements and armed bodies of the most populous countries, a party's rank and file, and "Congress" in
an Indian story (issues #3 and #6, actors18). Sentences of our own, not labelled rows."""

from __future__ import annotations

import pytest
from actor_codes import mention_codes, participant_codes

from eventwire.actors.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("surface", "country", "sector"),
    [
        ("Indian National Congress", "IND", "PTY"),
        ("Congress party", "IND", "PTY"),
        ("Shiv Sena", "IND", "PTY"),
        ("Samajwadi Party", "IND", "PTY"),
        ("CPI(M)", "IND", "PTY"),
        ("RSS", "IND", "NGO"),
        ("VHP", "IND", "NGO"),
        ("Bajrang Dal", "IND", "NGO"),
        ("CRPF", "IND", "COP"),
        ("PML-N", "PAK", "PTY"),
        ("Balochistan Liberation Army", "PAK", "REB"),
        ("Awami League", "BGD", "PTY"),
        ("IPOB", "NGA", "REB"),
        ("Golkar", "IDN", "PTY"),
        ("Nahdlatul Ulama", "IDN", "REL"),
        ("Red Command", "BRA", "CRM"),
        ("BIFF", "PHL", "REB"),
        ("AKP", "TUR", "PTY"),
        # a name several countries' bodies share has no country of its own: the story's is theirs
        ("Jamaat-e-Islami", None, "PTY"),
        ("Peoples Democratic Party", None, "PTY"),
        ("National Human Rights Commission", None, "GOV"),
        ("Justice and Development Party", None, "PTY"),
    ],
)
def test_listed_bodies(surface: str, country: str | None, sector: str) -> None:
    entry = load_lexicon().group(surface)
    assert entry is not None
    assert (entry.country, entry.sector) == (country, sector)


@pytest.mark.parametrize("surface", ["CBI", "PPP", "APC", "AAP", "PCC", "TMC", "Congress"])
def test_ambiguous_short_forms_left_out(surface: str) -> None:
    assert load_lexicon().group(surface) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        # a party's rank and file are the party's, not labour or private activists
        ("BJP workers clashed with police in Lucknow, India.", "BJP workers", ("IND", "PTY")),
        ("Shiv Sena activists attacked a cinema in Mumbai, India.", "Shiv Sena activists", ("IND", "PTY")),
        # workers of a body of no party stay labour
        ("Toyota workers went on strike in Japan.", "Toyota workers", ("JPN", "LAB")),
        # the government a party formed is the government; the party's leaders are the party's
        ("The BJP government in Gujarat denied the charge.", "The BJP government", ("IND", "GOV")),
        ("BJP leaders met in New Delhi on Sunday.", "BJP leaders", ("IND", "PTY")),
    ],
)  # fmt: skip
def test_party_people(text: str, surface: str, codes: tuple[str | None, str | None]) -> None:
    assert mention_codes(text)[surface] == codes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        # in a story of India a bare "Congress" is the party
        ("Congress leaders protested in New Delhi, India. The Congress accused the BJP of fraud.", "The Congress",
         "IND", "PTY"),
        # elsewhere it is the legislature
        ("Congress criticised Trump over the tariffs on the United States' allies.", "Congress", "USA", "LEG"),
    ],
)  # fmt: skip
def test_congress_by_story_country(text: str, span: str, country: str | None, sector: str | None) -> None:
    assert participant_codes(text)[span] == (country, sector)


@pytest.mark.slow
def test_congress_mentions_follow_the_story_country() -> None:
    # the entities and the events of one story code one Congress alike
    codes = mention_codes("Congress leaders protested in New Delhi, India. The Congress accused the BJP of fraud.")
    assert codes["The Congress"] == ("IND", "PTY")
