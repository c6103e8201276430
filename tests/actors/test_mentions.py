"""Actor mentions and their resolution: who a span of text is, as country + sector."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_nlp
from eventwire.api import extract
from eventwire.model import EntityMention
from eventwire.pipeline import components

pytestmark = pytest.mark.slow


def _mention(text: str, surface: str, nth: int = 0) -> EntityMention:
    entities = extract(text, date="2022-03-02").entities
    found = [m for m in entities if m.text == surface]
    assert len(found) > nth, f"no mention {surface!r} in {[m.text for m in entities]}"
    return found[nth]


def _code(text: str, surface: str) -> tuple[str | None, str | None]:
    """The country and sector the mention ``surface`` of ``text`` resolves to."""
    actor = _mention(text, surface).actor
    assert actor is not None, f"{surface!r} resolved to no actor"
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "sector"),
    [
        # titles give country and sector to the person they precede
        ("US Secretary of State Antony Blinken spoke.", "Antony Blinken", "Antony Blinken", "USA", "GOV"),
        ("Russian Foreign Minister Sergei Lavrov arrived.", "Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV"),
        # a party's general secretary is no general (the Samajwadi Party is India's)
        ("Samajwadi Party general secretary Amar Singh spoke.", "Amar Singh", "Amar Singh", "IND", "PTY"),
        # apposition works too
        ("Olaf Scholz, the German chancellor, arrived.", "Olaf Scholz", "Olaf Scholz", "DEU", "GOV"),
        # capitals and institutions as metonyms are the government
        ("Pyongyang said the test succeeded.", "Pyongyang", "North Korea", "PRK", "GOV"),
        ("The Kremlin denied the report.", "Kremlin", "Russia", "RUS", "GOV"),
        # country names, adjectives and demonyms
        ("North Korea fired a missile.", "North Korea", "North Korea", "PRK", None),
        ("Washington imposed sanctions.", "Washington", "United States", "USA", "GOV"),
        # groups named by a sector noun, with the country of their adjective
        (
            "The US sanctioned five North Korean officials.",
            "five North Korean officials",
            "PRK government",
            "PRK",
            "GOV",
        ),
        ("Afghan police arrested two men.", "Afghan police", "AFG police", "AFG", "COP"),
        # well-known people by name alone, with the role they held at the publication date
        ("Vladimir Putin met Xi Jinping.", "Vladimir Putin", "Vladimir Putin", "RUS", "GOV"),
        ("Xi Jinping met Vladimir Putin.", "Xi Jinping", "Xi Jinping", "CHN", "GOV"),
        # a bare surname that only one country's government carries in the dictionary
        ("Erdogan criticized the plan.", "Erdogan", "Erdogan", "TUR", "GOV"),
        # named armed groups and security bodies
        ("Hamas fired rockets.", "Hamas", "Hamas", "PSE", "REB"),
        ("The IDF struck a building.", "IDF", "Israel Defense Forces", "ISR", "MIL"),
        # international organisations
        ("The UN Security Council met.", "UN Security Council", "UN Security Council", None, "IGO"),
    ],
)
def test_mentions_resolve_to_country_and_sector(
    text: str, surface: str, name: str, country: str | None, sector: str | None
) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


@pytest.mark.parametrize(
    ("text", "alias", "antecedent"),
    [
        ("US Secretary of State Antony Blinken spoke. Blinken said more.", "Blinken", "Antony Blinken"),
        ("US Secretary of State Antony Blinken spoke. Later he left.", "he", "Antony Blinken"),
        (
            "US Secretary of State Antony Blinken spoke. The talks ended, said the Secretary of State.",
            "the Secretary of State",
            "Antony Blinken",
        ),
        ("North Korea fired a missile. The North said it was a test.", "The North", "North Korea"),
        ("North Korea said it conducted a test.", "it", "North Korea"),
    ],
)
def test_aliases_and_pronouns_refer_to_their_antecedent(text: str, alias: str, antecedent: str) -> None:
    entities = extract(text, date="2022-03-02").entities
    mention = next(m for m in entities if m.text == alias)
    assert mention.refers_to is not None
    assert mention.actor is not None and mention.actor.name == entities[mention.refers_to].actor.name  # type: ignore[union-attr]
    assert mention.actor.name in (antecedent, "North Korea")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Prime Minister Atal Bihari Vajpayee spoke. Later the prime minister left.", "Atal Bihari Vajpayee"),
        ("The prime minister of India, Atal Bihari Vajpayee, spoke. The prime minister left.", "Atal Bihari Vajpayee"),
        ("Leaders met the prime minister about the Narendra Modi government. The prime minister left.", None),
        ("Chief Minister Narendra Modi spoke. The prime minister left.", None),
    ],
)
def test_a_title_refers_to_the_person_it_introduced(text: str, holder: str | None) -> None:
    title = [m for m in extract(text, date="2002-03-02").entities if m.text.lower() == "the prime minister"][-1]
    assert (title.actor.name if title.refers_to is not None and title.actor else None) == holder


def test_titled_person_without_country_takes_the_sentence_state() -> None:
    text = "The North said leader Kim Jong Un attended the firing."
    actor = _mention("North Korea tested a missile. " + text, "Kim Jong Un").actor
    assert actor is not None and (actor.country, actor.sector) == ("PRK", "GOV")


def test_we_in_a_quote_is_the_speakers_country() -> None:
    text = "“We are sanctioning North Korea,” US Secretary of State Antony Blinken said."
    we = _mention(text, "We")
    assert we.actor is not None and (we.actor.country, we.actor.sector) == ("USA", "GOV")


def test_lowercase_us_is_not_the_united_states() -> None:
    entities = extract("They told us nothing.", date="2022-03-02").entities
    assert all(m.actor is None or m.actor.country != "USA" for m in entities)


def test_a_surname_shared_by_different_actors_stays_unknown() -> None:
    actor = _mention("Johnson criticized the plan.", "Johnson").actor
    assert actor is not None and (actor.country, actor.sector) == (None, None)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a counted or described nationality is people of that country (CAMEO civilians) ...
        ("Soldiers arrested more than 100 Palestinians.", "Palestinians", "PSE", "CVL"),
        ("Thousands of Afghans fled.", "Afghans", "AFG", "CVL"),
        # ... and so is one acted upon, while a bare or definite one, or a partner, stands for the nation
        ("Police arrested Palestinians at the checkpoint.", "Palestinians", "PSE", "CVL"),
        ("The Palestinians rejected the plan.", "Palestinians", "PSE", None),
        ("Israel held talks with Palestinians.", "Palestinians", "PSE", None),
        # a country adjective before a people's name makes one group of that country
        ("Thousands of Iraqi Kurds fled to Turkey.", "Iraqi Kurds", "IRQ", "CVL"),
        # CAMEO sectors for students, workers and farmers
        ("French farmers blocked roads.", "French farmers", "FRA", "AGR"),
        ("Indonesian students marched.", "Indonesian students", "IDN", "EDU"),
        # the country word of a phrase whose head a sector word modifies
        ("Ugandan opposition candidates were arrested.", "opposition", "UGA", "OPP"),
        ("Opposition groups in Zimbabwe protested.", "Opposition", "ZWE", "OPP"),
        # a title after a country word makes a group actor
        ("A top U.S. official said talks would resume.", "A top U.S. official", "USA", "GOV"),
        # hyphenated and abbreviated titles
        ("Lt. Gen. Pierre Dumont resigned.", "Pierre Dumont", None, "MIL"),
        # an organisation's official belongs to the organisation, not a nearby country
        ("U.N. mediator Diego Cordovez met Afghan leaders.", "Diego Cordovez", None, "IGO"),
        # a title and a dictionary surname: the title's role, the surname's country
        ("Moroccan diplomats met President Obama.", "Obama", "USA", "GOV"),
        # a sector word inside a hyphenated word is no actor
        ("Algeria held its first multi-party elections.", "Algeria", "DZA", None),
    ],
)
def test_group_nationality_and_title_conventions(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


def test_a_hyphenated_word_part_is_not_a_group() -> None:
    entities = extract("Algeria held its first multi-party elections.", date="2022-03-02").entities
    assert all(m.actor is None or m.actor.sector != "PTY" for m in entities)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the rest of a title may stand between it and the name
        ("The US Speaker of the House Nancy Pelosi issued a warning.", "Nancy Pelosi"),
        # a title after a name-like word is the person's (ORG-tagged names included)
        ("Vice-President Moody Awori said it.", "Moody Awori"),
    ],
)
def test_a_title_before_a_name_makes_no_group_of_its_own(text: str, surface: str) -> None:
    entities = extract(text, date="2022-03-02").entities
    assert _mention(text, surface).actor is not None
    assert not [m for m in entities if m.label == "TITLE"]


@pytest.mark.parametrize(
    ("text", "surface", "sector", "org_sector"),
    [
        # an organ of an organisation carries its role inside it, as PLOVER codes it beside the organisation
        ("The Security Council met on Monday.", "Security Council", "IGO", "GOV"),
        ("The International Criminal Court ruled.", "International Criminal Court", "IGO", "JUD"),
        ("The Red Cross sent doctors.", "Red Cross", "NGO", "HLH"),
        # a sector word after the organisation's name gives the role
        ("UN peacekeepers arrived in Bosnia.", "UN peacekeepers", "IGO", "MIL"),
        # an NGO's officials are its staff, not a government
        ("Red Cross officials suspended aid.", "Red Cross officials", "NGO", None),
        # a title with the organisation's name, and the dictionary's international officials
        ("U.N. Secretary-General Kofi Annan arrived.", "Kofi Annan", "IGO", "GOV"),
        # the organisation as a whole has no role
        ("The United Nations sent aid.", "United Nations", "IGO", None),
    ],
)
def test_an_organisation_actor_has_its_role_inside_it(
    text: str, surface: str, sector: str, org_sector: str | None
) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None
    assert (actor.country, actor.sector, actor.org_sector) == (None, sector, org_sector)


def test_members_of_a_transnational_group_keep_the_group() -> None:
    actor = _mention("US drones killed eight top al-Qaeda leaders.", "eight top al-Qaeda leaders").actor
    assert actor is not None
    assert (actor.country, actor.sector, actor.kind, actor.org_sector) == (None, "REB", "organisation", "GOV")


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a former office holder is an elite (PLOVER ELI), not the government
        ("A judge ordered former president Carlos Menem to appear.", "Carlos Menem", "ARG", "ELI"),
        ("Ex-minister Ali Hassan was arrested.", "Ali Hassan", None, "ELI"),
        ("President Carlos Menem spoke.", "Carlos Menem", "ARG", "GOV"),
        # intelligence officials are the intelligence service (PLOVER SPY)
        ("Israeli intelligence officials shared evidence.", "Israeli intelligence officials", "ISR", "SPY"),
        ("Police shot two detainees.", "two detainees", None, "CVL"),
    ],
)
def test_former_officials_intelligence_and_detainees(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a sector word that only describes a thing makes no actor
        ("They would boycott all official contact with the United States.", "official"),
        ("Palestinians protested against Israeli military policies.", "military"),
        ("The United States suspended a military aid program for Bosnia.", "military"),
    ],
)
def test_a_sector_word_describing_a_thing_is_no_actor(text: str, surface: str) -> None:
    entities = extract(text, date="2022-03-02").entities
    assert not [m for m in entities if surface in m.text and m.label in ("GROUP", "TITLE")]


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # ... while one modifying people, or civilian things, still does
        ("Israeli army bulldozers demolished homes.", "army", "MIL"),
        ("Opposition figures were arrested.", "Opposition", "OPP"),
        ("Tanks shelled civilian buildings.", "civilian", "CVL"),
    ],
)
def test_a_sector_word_modifying_people_is_an_actor(text: str, surface: str, sector: str) -> None:
    found = [m for m in extract(text, date="2022-03-02").entities if m.text.startswith(surface) and m.actor]
    assert found and found[0].actor is not None and found[0].actor.sector == sector


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a people named without a country word is coded by the country it is tied to (peoples.tsv)
        ("Police arrested 20 Tamils in Colombo.", "Tamils", "LKA", "CVL"),
        ("The army held thousands of Tamil refugees.", "Tamil refugees", "LKA", "REF"),
        ("Uighur activists protested outside the embassy.", "Uighur activists", "CHN", "CVL"),
        # a people's leaders are elites, not a government; a regional government stays one
        ("Tamil leaders met the president.", "Tamil leaders", "LKA", "ELI"),
        ("A group of Yoruba leaders forgave the president.", "Yoruba leaders", "NGA", "ELI"),
        ("The Basque government rejected the plan.", "The Basque government", "ESP", "GOV"),
        # a named armed group of a people keeps its own entry
        ("The Tamil Tigers attacked a base.", "Tamil Tigers", "LKA", "REB"),
    ],
)
def test_ethnic_and_communal_peoples_take_their_country(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


def test_a_peoples_name_inside_a_group_phrase_is_no_actor_of_its_own() -> None:
    entities = extract("A group of Yoruba leaders forgave the president.", date="2022-03-02").entities
    assert [m.text for m in entities if m.text == "Yoruba"] == []


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # the leaders or officials of a named group are the group, not their country's government
        ("Hamas leaders rejected the truce.", "Hamas leaders", "PSE", "REB"),
        ("Hezbollah officials accused Israel.", "Hezbollah officials", "LBN", "REB"),
        ("Palestinian officials accused Israel.", "Palestinian officials", "PSE", "GOV"),
    ],
)
def test_a_named_groups_leaders_are_the_group(text: str, surface: str, country: str | None, sector: str | None) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a nationality on the phrase says whose; a place after it only where (CAMEO codes the envoy's country)
        ("Germany summoned the Chinese ambassador in Berlin.", "the Chinese ambassador", "CHN", "GOV"),
        ("US troops in Iraq attacked a base.", "US troops", "USA", "MIL"),
        # with no nationality word, the place decides
        ("Officials in Kenya denied the report.", "Officials", "KEN", "GOV"),
    ],
)
def test_a_nationality_outranks_the_place_after_a_group(text: str, surface: str, country: str, sector: str) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # PLOVER's sector table: protesters and activists are civilians (CVL), the organised opposition OPP
        ("Kenyan protesters marched in Nairobi.", "Kenyan protesters", "KEN", "CVL"),
        ("Kenyan activists were detained.", "Kenyan activists", "KEN", "CVL"),
        # a national of a country is a civilian of it
        ("A US national has been put under investigation in Italy.", "A US national", "USA", "CVL"),
        # capitalised, the word is part of a name
        ("French National Assembly president Laurent Fabius held talks.", "Laurent Fabius", "FRA", "GOV"),
        # military police are state-military personnel
        ("Serbian military police have launched an investigation.", "Serbian military police", "SRB", "MIL"),
        # CAMEO codes "fundamentalist", "extremist", "radical" as RAD, never REB; PLOVER has no RAD
        ("Algerian fundamentalists continued their hunger strike.", "Algerian fundamentalists", "DZA", "CVL"),
        # an official or state-run outlet speaks for its government
        ("An official Syrian newspaper called on Arabs to unite.", "An official Syrian newspaper", "SYR", "GOV"),
        ("Syrian state media said the talks failed.", "Syrian state media", "SYR", "GOV"),
        ("A Syrian newspaper said the talks failed.", "A Syrian newspaper", "SYR", "MED"),
    ],
)
def test_head_noun_classes_follow_the_plover_sector_table(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a town or city where a group's people are from or sit gives the country (the gazetteer's)
        ("A Christian missionary from Calgary was arrested in Lebanon.", "A Christian missionary", "CAN"),
        ("A terror group based in Trinidad made threats against the United States.", "A terror group", "TTO"),
        ("Police in Lagos arrested ten students.", "Police", "NGA"),
        # a city the parser calls an organisation, modifying the group
        ("Karachi police arrested ten men.", "Karachi police", "PAK"),
        ("Darfur rebels attacked a convoy.", "Darfur rebels", "SDN"),
        # a nationality on the phrase wins over the place ("US troops in Iraq")
        ("US troops in Baghdad came under fire.", "US troops", "USA"),
        # places of two countries say nothing
        ("Students from Lagos and Calgary met.", "Students", None),
    ],
)
def test_a_place_in_a_group_phrase_gives_its_country(text: str, surface: str, country: str | None) -> None:
    assert _code(text, surface)[0] == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Ethopia has agreed to re-open its borders.", "Ethopia", "ETH"),
        ("A group of Chenchen refugees began a hunger strike.", "Chenchen refugees", "RUS"),
        # a possessive written without its apostrophe ("Nepali" is one edit away too, so spelling cannot tell)
        ("Nepals government accepted the demands.", "Nepals government", "NPL"),
        ("Nasser massed his divisions on Israels border.", "Israels", "ISR"),
    ],
)
def test_a_misspelt_country_or_people_keeps_its_country(text: str, surface: str, country: str) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None and actor.country == country


def test_a_place_or_person_near_a_country_name_is_not_a_typo() -> None:
    # Indiana is a US state, one letter from "Indian"
    assert all(m.text != "Indiana" for m in extract("Indiana lawmakers met on Monday.").entities)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a possessed group is the possessor's: a person's, a country's, a group's
        ("President Juvenal Habyarimana of Rwanda and his ruling party refused.", "his ruling party", "RWA", "GOV"),
        ("Israel said on Monday that its army would withdraw.", "its army", "ISR", "MIL"),
        # the leaders of rebels are rebels, not a government
        ("The Tamil rebels said their leaders would attend.", "their leaders", "LKA", "REB"),
    ],
)
def test_a_possessive_gives_a_group_its_owners_country(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the sentence names two countries, the article one of them more often
        ("Prisoners rioted at a jail in East Timor's capital Dili, demanding independence from Indonesia.",
         "Prisoners", "TLS"),
        # no country more often than another: no guess
        ("Prisoners rioted in Dili, demanding independence from Indonesia.", "Prisoners", None),
        # a country word in the group's own phrase decides ("16 Russian civilian advisers")
        ("Afghan rebels in Afghanistan kidnapped 16 Russian civilian advisers.", "civilian", None),
    ],
)  # fmt: skip
def test_an_unnamed_domestic_group_takes_the_articles_main_country(
    text: str, surface: str, country: str | None
) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # PLOVER: unidentified armed forces, "unknown gunmen"
        ("Unidentified gunmen shot dead a policeman.", "Unidentified gunmen", None, "UAF"),
        # a named group's gunmen are the group's
        ("Hamas gunmen opened fire.", "Hamas gunmen", "PSE", "REB"),
        # an opposition party is the opposition (CAMEO: OPP before PTY)
        ("The opposition party said it would boycott the elections.", "The opposition party", None, "OPP"),
        # an organisation the dictionaries do not know, by its name's keyword and country word
        ("The Electoral Commission of Zambia met.", "The Electoral Commission of Zambia", "ZMB", "GOV"),
        ("Kenya Airways suspended flights to Somalia.", "Kenya Airways", "KEN", "BUS"),
    ],
)  # fmt: skip
def test_unnamed_armed_men_parties_and_unknown_organisations(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


def test_a_nationality_the_parser_put_inside_a_name_gives_the_country() -> None:
    actor = _mention("Moderate Kenyan Odinga Oginga criticized the government.", "Kenyan Odinga Oginga").actor
    assert actor is not None and actor.country == "KEN"


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        ("Indian paramilitary troops raided the village.", "Indian paramilitary troops", "MIL"),
        ("Kurdish rebel forces took the town.", "Kurdish rebel forces", "REB"),
        ("Burmese anti-government protesters gathered.", "Burmese anti-government protesters", "OPP"),
        ("Bolivian peasants blocked the road.", "Bolivian peasants", "AGR"),
        ("Somali pirates seized a tanker.", "Somali pirates", "CRM"),
        ("Russian deputies voted against the treaty.", "Russian deputies", "LEG"),
        ("Israeli settlers marched.", "Israeli settlers", "CVL"),
    ],
)
def test_more_head_nouns_of_the_sector_table(text: str, surface: str, sector: str) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None and actor.sector == sector


def test_a_group_in_a_sentence_without_a_country_is_left_to_the_events_place() -> None:
    text = "Iraq said on Monday that talks with Iraq's neighbours had failed. Gunmen killed five people in Kano."
    actor = _mention(text, "Gunmen").actor
    assert actor is not None and actor.country is None


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Soviet troops withdrew from Afghanistan.", "Soviet", "RUS"),
        ("The Yugoslav army shelled the town.", "Yugoslav", "SRB"),
        ("Czechoslovak police arrested dissidents.", "Czechoslovak", "CZE"),
        ("Zairean soldiers crossed the border.", "Zairean", "COD"),
    ],
)
def test_a_former_state_is_the_state_that_continues_it(text: str, surface: str, country: str) -> None:
    actor = _mention(text, surface).actor
    assert actor is not None and actor.country == country


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a later surname the parser does not tag as a person carries the titled full name's codes
        (
            "Interior Minister Peter Vandermolen of Belgium ordered arrests. Vandermolen later defended it.",
            "Vandermolen",
            "BEL",
            "GOV",
        ),
        (
            "Tanzanian President Jakaya Kikwete met Ugandan President Yoweri Museveni. "
            "Kikwete and Museveni signed a deal.",
            "Museveni",
            "UGA",
            "GOV",
        ),
        ("Thai Prime Minister Prayuth Chan-ocha ordered an inquiry. Prayuth said more.", "Prayuth", "THA", "GOV"),
    ],
)
def test_a_later_part_of_a_titled_name_is_that_person(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    mention = [m for m in extract(text, date="2022-03-02").entities if m.text == surface][-1]
    assert mention.refers_to is not None
    assert mention.actor is not None and (mention.actor.country, mention.actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a word of a longer organisation name is no mention of the person
        ("President Nelson Mandela spoke. The Mandela Foundation gave money.", "Mandela"),
        # an acronym's lower-case form inside a hyphenated name is no organisation ("OCHA")
        ("Thai Prime Minister Prayuth Chan-ocha ordered an inquiry.", "ocha"),
        # a word part one typo from a nationality is no country ("pre-Columbian" is not "Colombian")
        ("Police returned five pre-Columbian artifacts to the museum.", "Columbian"),
    ],
)
def test_no_person_or_organisation_from_a_word_part(text: str, surface: str) -> None:
    assert all(m.text != surface for m in extract(text, date="2022-03-02").entities)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a title the parser took into the name still gives the sector
        ("Archbishop Desmond Mpilo of Kenya criticised the plan.", "Archbishop Desmond Mpilo", "KEN", "REL"),
        # a spokesman is of the sector of the body he speaks for
        ("Chinese Foreign Ministry spokesman Zhao Lijian spoke.", "Zhao Lijian", "CHN", "GOV"),
        ("John Mbeki, a spokesman for the Kenyan army, denied it.", "John Mbeki", "KEN", "MIL"),
        # a named group's official, spokesman or commander is the group's, not a government's
        ("Hamas official Mahmoud Zahar rejected the offer.", "Mahmoud Zahar", "PSE", "REB"),
        ("Hamas spokesman Fawzi Barhoum condemned the raid.", "Fawzi Barhoum", "PSE", "REB"),
        ("Taliban commander Mullah Dadullah attacked the base.", "Mullah Dadullah", "AFG", "REB"),
    ],
)
def test_a_persons_role_comes_from_the_body_named_with_it(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # an unknown organisation takes its apposition's country and sector
        (
            "The Democratic Alliance, South Africa's main opposition party, called for a boycott.",
            "The Democratic Alliance",
            "ZAF",
            "OPP",
        ),
        # company suffixes, unions and rights groups by their name's words
        ("Kovrin Ltd signed a deal.", "Kovrin Ltd", None, "BUS"),
        # a union named after its members is labour, not its members' sector
        ("The Nigerian Union of Teachers called a strike.", "The Nigerian Union of Teachers", "NGA", "LAB"),
        ("The Iraqi Army shelled the town.", "The Iraqi Army", "IRQ", "MIL"),
        # a union of no trade is no labour union
        ("The Africa Union agreed to send troops.", "The Africa Union", None, None),
        (
            "The Kenya Medical Practitioners Union called off the strike.",
            "The Kenya Medical Practitioners Union",
            "KEN",
            "LAB",
        ),
        (
            "The Syrian Observatory for Human Rights said the army shelled Idlib.",
            "The Syrian Observatory for Human Rights",
            "SYR",
            "NGO",
        ),
    ],
)
def test_unknown_organisations_by_name_words_and_apposition(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


def test_a_city_taken_for_an_organisation_after_in_is_a_place() -> None:
    entities = extract("Hundreds of people protested in Quetta after the bombing.", date="2022-03-02").entities
    assert all(m.text != "Quetta" or (m.actor and m.actor.country) for m in entities)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # an organisation's people named by an "of" phrase are the organisation's, in the term's role
        ("Foreign ministers of the European Union met in Brussels.", "Foreign ministers", None, "IGO"),
        # "counterpart" is the office-holder's opposite number
        ("Pakistan's foreign minister met his Afghan counterpart.", "his Afghan counterpart", "AFG", "GOV"),
        # the Palestinian Authority names a government, not only a territory
        ("The Palestinian Authority arrested 20 militants.", "Palestinian Authority", "PSE", "GOV"),
        # a plural name of a faith or people the dictionaries lack: civilians; a political camp is not
        ("Melkite Christians protested against the decision.", "Melkite Christians", None, "CVL"),
        ("Republicans criticised the plan.", "Republicans", None, None),
    ],
)
def test_igo_people_counterparts_and_communities(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a dictionary person's bare surname the parser took for an organisation or a common noun
        ("Demirel said Turkey would not accept the plan.", "Demirel", "TUR", "GOV"),
        ("Rawlings accused the opposition of plotting a coup.", "Rawlings", "GHA", "GOV"),
        ("Kozyrev met his counterpart in Geneva.", "Kozyrev", "RUS", "GOV"),
    ],
)
def test_an_untagged_dictionary_surname_is_that_person(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    "text",
    [
        # in normally cased text a lower-case word the tagger took for a name is no one's surname
        "Soldiers searched the bush near the village.",
        "The army mobilised its men to the area to comb the bush.",
    ],
)
def test_a_lower_case_word_is_no_surname(text: str) -> None:
    assert [m.text for m in extract(text, date="2022-03-02").entities if m.label == "PERSON"] == []


def test_text_in_one_case_keeps_its_lower_case_names() -> None:
    # recased one-case text writes the names the recaser did not know in lower case: they stay names there
    doc = load_nlp()("Soldiers searched the bush near the village.")
    finder = components().mentions
    assert [m.text for m in finder(doc) if m.label == "PERSON"] == []
    assert [m.text for m in finder(doc, one_case=True) if m.label == "PERSON"] == ["bush"]


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # generic agents (PETRARCH-style agent words) with their PLOVER sector
        ("Rioters torched cars.", "Rioters", "CVL"),
        ("Kidnappers seized two men.", "Kidnappers", "CRM"),
        ("Armed men attacked a police station.", "Armed men", "UAF"),
        ("A suicide bomber killed 12 people.", "A suicide bomber", "UAF"),
        ("Somali warlords signed a peace deal.", "Somali warlords", "REB"),
        ("A mob lynched two men.", "A mob", "CVL"),
    ],
)
def test_generic_agent_words(text: str, surface: str, sector: str) -> None:
    assert _code(text, surface)[1] == sector


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a generic role ("leader", "head", "figure") takes the sector of the body it heads or belongs to
        ("Jean Mbaye, leader of the Senegalese Democratic Party, spoke.", "Jean Mbaye", "SEN", "PTY"),
        ("Jean Mbaye, head of the army, resigned.", "Jean Mbaye", None, "MIL"),
        ("Senegalese opposition figure Jean Mbaye was jailed.", "Jean Mbaye", "SEN", "OPP"),
        # a person in apposition to a title phrase takes that title
        ("The Senegalese President, Jean Mbaye, met Mali's leader.", "Jean Mbaye", "SEN", "GOV"),
        # with no body named, a country's leader is its government
        ("Senegal leader Jean Mbaye visited Paris.", "Jean Mbaye", "SEN", "GOV"),
    ],
)
def test_a_generic_role_takes_its_bodys_sector(
    text: str, surface: str, country: str | None, sector: str | None
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # the leaders or members "of" a body are the body's own people, of its sector
        ("Leaders of opposition parties met the president in Nairobi.", "Leaders", None, "OPP"),
        ("Police arrested leaders of opposition parties in Dhaka.", "leaders", "BGD", "OPP"),
        ("Leaders of LAUSD Union of Teachers criticized the plan.", "Leaders", None, "LAB"),
        # after its lower-case article too: a union, not teachers
        ("Leaders of the LAUSD Union of Teachers criticized the plan.", "Leaders", None, "LAB"),
        # a body no name gives is read by its sector words
        ("Officials of the main opposition party accused the government.", "Officials", None, "OPP"),
        ("Leaders of the rebels rejected the offer.", "Leaders", None, "REB"),
        # a people's leaders are its elites, as "Tamil leaders" are
        ("Leaders of the Tamils met the president in Colombo.", "Leaders", "LKA", "ELI"),
        # a country's leaders stay its government
        ("Leaders of Kenya met in Nairobi.", "Leaders", "KEN", "GOV"),
    ],
)
def test_the_leaders_of_a_body_take_its_sector(text: str, surface: str, country: str | None, sector: str) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # generic words for people are civilians
        ("Unidentified attackers killed two persons in the village.", "two persons"),
        ("Gunmen killed five villagers.", "five villagers"),
        ("Militants attacked residents of the town.", "residents"),
        ("The blast killed 12 people.", "12 people"),
        ("Police detained several locals.", "several locals"),
        ("The explosion wounded bystanders.", "bystanders"),
    ],
)
def test_generic_people_are_civilians(text: str, surface: str) -> None:
    assert _code(text, surface)[1] == "CVL"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # peoples of one country (peoples.tsv)
        ("Taliban fighters killed dozens of Hazaras.", "Hazaras", "AFG"),
        ("Gunmen attacked Yazidis.", "Yazidis", "IRQ"),
        ("Militants attacked Copts.", "Copts", "EGY"),
        ("Dinkas and Nuers clashed.", "Dinkas", "SSD"),
        ("Maronite Christians protested against the decision.", "Maronite Christians", "LBN"),
        # peoples of several countries have none of their own
        ("Druze protested.", "Druze", None),
    ],
)
def test_more_peoples(text: str, surface: str, country: str | None) -> None:
    assert _code(text, surface) == (country, "CVL")


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a definite description right before a body's name is that body, of its own country, not the
        # country the sentence's target names
        ("The militant group Hamas fired rockets at Israel.", "militant", "PSE", "REB"),
        ("The separatist Tamil Tigers attacked a navy boat.", "The separatist", "LKA", "REB"),
        # a body the dictionaries know without a country takes the description's
        ("The Basque separatist group ETA declared a ceasefire.", "ETA", "ESP", "REB"),
        ("The Basque separatist group ETA declared a ceasefire.", "separatist", "ESP", "REB"),
        # a name the dictionaries lack is what the description before it says
        ("The opposition Movement for Democratic Change held a rally.", "Movement for Democratic Change", None, "OPP"),
        # a ruling party is the government, an opposition party the opposition
        ("The ruling African National Congress won the vote.", "African National Congress", "ZAF", "GOV"),
        ("The ruling Jubilee Party criticised the court.", "The ruling Jubilee Party", None, "GOV"),
        ("The ruling Zanu-PF party criticised the court.", "The ruling Zanu-PF party", None, "GOV"),
        ("The African National Congress won the vote.", "African National Congress", "ZAF", "PTY"),
        # an armed group's commanders and fighters are the group's own; a state force's are the state's
        ("Police arrested a Taliban commander.", "a Taliban commander", "AFG", "REB"),
        ("IDF soldiers shot a man.", "IDF soldiers", "ISR", "MIL"),
    ],
)
def test_a_description_before_a_name_and_a_partys_standing(
    text: str, surface: str, country: str | None, sector: str
) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a typo of a long sector word or organisation keyword is still that word
        ("UN peackeepers arrived in the town.", "UN peackeepers", None, "IGO"),
        ("The goverment rejected the plan.", "The goverment", None, "GOV"),
        ("The Zambia Electoral Commision rejected the complaint.", "The Zambia Electoral Commision", "ZMB", "GOV"),
        # a misspelt nationality the parser took for an adjective still names its country
        ("Isreali soldiers shot two men.", "Isreali soldiers", "ISR", "MIL"),
        ("Ethipian rebels released a doctor.", "Ethipian rebels", "ETH", "REB"),
        # and a full name one typo from a dictionary name is that person
        ("Vladimir Puttin rejected the plan.", "Vladimir Puttin", "RUS", "GOV"),
    ],
)
def test_typos_of_sector_words_keywords_and_names(text: str, surface: str, country: str | None, sector: str) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        # a national legislature by its own name is that country's legislature, as CAMEO codes parliaments
        ("The Knesset voted to dissolve itself.", "Knesset", "ISR", "LEG"),
        ("The Bundestag voted to send troops.", "Bundestag", "DEU", "LEG"),
        ("The Duma ratified the treaty.", "Duma", "RUS", "LEG"),
        ("The Lok Sabha passed the bill.", "Lok Sabha", "IND", "LEG"),
        # the PLO speaks for the Palestinians: CAMEO codes it as the nation
        ("Israel and the PLO signed an agreement.", "PLO", "PSE", None),
        # a common epithet of a state is the state
        ("Syria accused the Jewish state of aggression.", "the Jewish state", "ISR", None),
    ],
)
def test_legislatures_by_name_and_state_epithets(text: str, surface: str, country: str, sector: str | None) -> None:
    assert _code(text, surface) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "sector"),
    [
        # occupation and role words by the CAMEO role table and PLOVER's sectors
        ("Chinese investigators questioned two men.", "Chinese investigators", "COP"),
        ("The Chinese leadership rejected the proposal.", "The Chinese leadership", "GOV"),
        ("Foreign mercenaries attacked the village.", "Foreign mercenaries", "UAF"),
        ("Afghan mullahs issued a decree.", "Afghan mullahs", "REL"),
        ("Nigerian herders clashed with farmers.", "Nigerian herders", "AGR"),
        ("Kenyan magistrates ordered the release.", "Kenyan magistrates", "JUD"),
    ],
)
def test_codebook_role_words(text: str, surface: str, sector: str) -> None:
    assert _code(text, surface)[1] == sector


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an unknown organisation named in a person's title is part of the title, not an actor of its own
        (
            "Movement for Democratic Change leader Morgan Tsvangirai called for protests.",
            "Movement for Democratic Change",
        ),
        ("Democratic Alliance leader Tony Leon criticised the plan.", "Democratic Alliance"),
    ],
)
def test_an_unknown_body_in_a_title_is_part_of_it(text: str, body: str) -> None:
    entities = extract(text, date="2022-03-02").entities
    assert all(m.text != body for m in entities)
    person = next(m for m in entities if m.label == "PERSON")
    assert person.actor is not None and person.actor.sector != "GOV"  # a body's leader, not a government's


@pytest.mark.parametrize(
    ("text", "date", "surface", "country", "sector"),
    [
        # a title that gives a country but no sector leaves the sector to the dictionary's row of the year
        ("PLO chairman Yasser Arafat met the envoy.", "1995-06-01", "Yasser Arafat", "PSE", "GOV"),
        # a namesake of another country is not the dictionary's person
        ("Kenyan official Mohamed Morsi spoke.", "2012-08-01", "Mohamed Morsi", "KEN", "GOV"),
    ],
)
def test_a_titled_known_person_keeps_the_dictionary_sector(
    text: str, date: str, surface: str, country: str, sector: str
) -> None:
    mention = next(m for m in extract(text, date=date).entities if m.text == surface)
    assert mention.actor is not None and (mention.actor.country, mention.actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a sentence's opening verb the parser tagged with the name is no part of it
        ("I agree. Entrusting Donald Trump with our economic future is a risky proposition.", "Donald Trump", "USA"),
        ("Blaming Hillary Clinton for the loss, he left the room.", "Hillary Clinton", "USA"),
        # a name with no verb before it is kept whole
        ("Barack Obama said the deal was done.", "Barack Obama", "USA"),
    ],
)
def test_a_verb_before_a_name_is_no_part_of_it(text: str, surface: str, country: str) -> None:
    mention = _mention(text, surface)
    assert mention.actor is not None and mention.actor.country == country
