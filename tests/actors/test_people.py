"""The dictionary of well-known people: lookups by name and year, file integrity, custom files."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from eventwire.actors.people import (
    COLUMNS,
    SECTORS,
    KnownPerson,
    PeopleIndex,
    load_people,
    load_people_file,
    normalise_name,
)
from eventwire.model import ActorRef

# Single-word aliases must be unambiguous nicknames or acronyms, never bare surnames.
MONONYM_ALIASES = {
    "Lula", "Jokowi", "Hemedti", "Hemeti", "Farmaajo", "Farmajo", "AMLO", "MBS", "MBZ", "Timochenko",
    "Tirofijo", "Naruhito", "Akihito", "Arkan", "Prachanda",
    # given names news uses alone for one leader, never a surname
    "Saddam", "Mobutu", "Mahathir", "Megawati",
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "year", "canonical", "country", "sector", "role"),
    [
        ("Vladimir Putin", None, "Vladimir Putin", "RUS", "GOV", "President"),
        ("Vladimir Putin", 2010, "Vladimir Putin", "RUS", "GOV", "Prime Minister"),
        ("Vladimir Vladimirovich Putin", 2005, "Vladimir Putin", "RUS", "GOV", "President"),
        ("Kim Jong-un", None, "Kim Jong Un", "PRK", "GOV", "Supreme Leader"),
        ("Kim Jong Un", 2020, "Kim Jong Un", "PRK", "GOV", "Supreme Leader"),
        ("KIM  JONG-UN", None, "Kim Jong Un", "PRK", "GOV", "Supreme Leader"),
        ("Antony Blinken", 2022, "Antony Blinken", "USA", "GOV", "Secretary of State"),
        ("Ban Ki-moon", None, "Ban Ki-moon", None, "IGO", "UN Secretary-General"),
        ("Ban Ki moon", 2005, "Ban Ki-moon", "KOR", "GOV", "Foreign Minister"),
        ("Donald Trump", 2018, "Donald Trump", "USA", "GOV", "President"),
        ("Donald Trump", 2025, "Donald Trump", "USA", "GOV", "President"),
        ("Joe Biden", 2012, "Joe Biden", "USA", "GOV", "Vice President"),
        ("Joe Biden", 2023, "Joe Biden", "USA", "GOV", "President"),
        ("Mark Rutte", 2020, "Mark Rutte", "NLD", "GOV", "Prime Minister"),
        ("Mark Rutte", 2025, "Mark Rutte", None, "IGO", "NATO Secretary-General"),
        ("Antonio Guterres", None, "Antonio Guterres", None, "IGO", "UN Secretary-General"),
        ("António Guterres", None, "Antonio Guterres", None, "IGO", "UN Secretary-General"),
        ("Recep Tayyip Erdoğan", 2010, "Recep Tayyip Erdogan", "TUR", "GOV", "Prime Minister"),
        ("Hibatullah Akhundzada", 2018, "Hibatullah Akhundzada", "AFG", "REB", "Taliban leader"),
        ("Hibatullah Akhundzada", 2023, "Hibatullah Akhundzada", "AFG", "GOV", "Supreme Leader"),
        ("Abu Mohammad al-Julani", 2020, "Ahmed al-Sharaa", "SYR", "REB", "Hayat Tahrir al-Sham leader"),
        ("Ahmed al-Sharaa", 2025, "Ahmed al-Sharaa", "SYR", "GOV", "President"),
        ("Mohamed Hamdan Dagalo", 2024, "Mohamed Hamdan Dagalo", "SDN", "REB", "Rapid Support Forces commander"),
        ("Hemedti", 2020, "Mohamed Hamdan Dagalo", "SDN", "GOV", "Sovereignty Council deputy chairman"),
        ("Min Aung Hlaing", 2015, "Min Aung Hlaing", "MMR", "MIL", "Commander-in-Chief of the Defence Services"),
        ("Yahya Sinwar", 2020, "Yahya Sinwar", "PSE", "REB", "Hamas leader in Gaza"),
        ("Hassan Nasrallah", 2010, "Hassan Nasrallah", "LBN", "REB", "Hezbollah Secretary-General"),
        ("Abdul-Malik al-Houthi", 2015, "Abdul-Malik al-Houthi", "YEM", "REB", "Houthi movement leader"),
        ("Osama bin Laden", 2001, "Osama bin Laden", "SAU", "REB", "al-Qaeda leader"),
        ("Abu Bakr al-Baghdadi", 2015, "Abu Bakr al-Baghdadi", "IRQ", "REB", "Islamic State leader"),
        ("Ayatollah Khamenei", None, "Ali Khamenei", "IRN", "GOV", "Supreme Leader"),
        ("Mullah Omar", 1999, "Mullah Omar", "AFG", "GOV", "Taliban Supreme Leader"),
        ("Moqtada al-Sadr", 2010, "Muqtada al-Sadr", "IRQ", "PTY", "Sadrist Movement leader"),
        ("Nicolás Maduro", 2020, "Nicolas Maduro", "VEN", "GOV", "President"),
    ],
)
def test_lookup(name: str, year: int | None, canonical: str, country: str | None, sector: str, role: str) -> None:
    person = load_people().lookup(name, year)
    assert person is not None, name
    assert (person.name, person.country, person.sector, person.role) == (canonical, country, sector, role)


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("Putin", None),  # bare surnames are left to coreference
        ("Blinken", 2022),
        ("Trump", 2018),
        ("Kim", None),
        ("John Smith", None),
        ("", None),
        ("Vladimir Putin said", None),  # exact match only
    ],
)
def test_lookup_misses(name: str, year: int | None) -> None:
    assert load_people().lookup(name, year) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong-un", "kim jong un"),
        ("Kim Jong‑un", "Kim  Jong Un"),  # non-breaking hyphen, doubled space
        ("Gideon Sa’ar", "Gideon Sa'ar"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("George W. Bush", "George W Bush"),
        ("Ban Ki–moon", "Ban Ki-moon"),  # en dash
    ],
)
def test_normalise_name(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_to_actor() -> None:
    people = load_people()
    person = people.lookup("Kim Jong-un")
    assert person is not None
    assert people.to_actor(person) == ActorRef("Kim Jong Un", "PRK", "GOV", "person")
    un = people.lookup("Ban Ki-moon")
    assert un is not None
    actor = people.to_actor(un)
    assert (actor.country, actor.sector, actor.code) == (None, "IGO", "IGO")


def test_year_outside_every_role_gives_the_latest() -> None:
    person = load_people().lookup("Joe Biden", 1990)
    assert person is not None and person.role == "President" and person.start == 2021


def test_load_people_is_cached() -> None:
    assert load_people() is load_people()


# ---------------------------------------------------------------- file integrity

ROWS = load_people().people


def test_row_count() -> None:
    assert 300 <= len(ROWS) <= 1200


@pytest.mark.parametrize("person", ROWS, ids=lambda p: f"{p.name}/{p.role}/{p.start}")
def test_row_is_valid(person: KnownPerson) -> None:
    if person.country is None:
        assert person.sector == "IGO", "only IGO officials may have no country"
    else:
        assert pycountry.countries.get(alpha_3=person.country) is not None, person.country
    assert person.sector in SECTORS
    assert person.role, "every row names a role"
    assert person.start is None or 1950 <= person.start <= 2026
    assert person.end is None or 1950 <= person.end <= 2026
    if person.start is not None and person.end is not None:
        assert person.start <= person.end
    assert person.name == person.name.strip() and "  " not in person.name
    for alias in person.aliases:
        assert alias != person.name, alias
        if len(normalise_name(alias).split()) == 1:
            assert alias in MONONYM_ALIASES, f"single-word alias {alias!r} (bare surnames are not aliases)"


def test_no_duplicate_rows() -> None:
    seen: set[tuple[str, str, int | None]] = set()
    for person in ROWS:
        key = (person.name, person.role, person.start)
        assert key not in seen, key
        seen.add(key)


def test_rows_of_one_person_agree_on_aliases() -> None:
    aliases: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for person in ROWS:
        aliases[person.name].add(person.aliases)
    assert {name: forms for name, forms in aliases.items() if len(forms) > 1} == {}


def test_no_form_names_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for person in ROWS:
        for form in (person.name, *person.aliases):
            owners[normalise_name(form)].add(person.name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_terms_of_one_role_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[KnownPerson]] = defaultdict(list)
    for person in ROWS:
        terms[(person.name, person.role)].append(person)
    for rows in terms.values():
        rows.sort(key=lambda p: p.start or 0)
        for earlier, later in itertools.pairwise(rows):
            assert earlier.end is not None and later.start is not None
            assert earlier.end <= later.start, (earlier, later)


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Kim Jong Un", "PRK", "GOV"),
        ("Antony Blinken", "USA", "GOV"),
        ("Xi Jinping", "CHN", "GOV"),
        ("Volodymyr Zelensky", "UKR", "GOV"),
        ("Benjamin Netanyahu", "ISR", "GOV"),
        ("Mahmoud Abbas", "PSE", "GOV"),
        ("Ali Khamenei", "IRN", "GOV"),
        ("Narendra Modi", "IND", "GOV"),
        ("Abdel Fattah al-Burhan", "SDN", "GOV"),
        ("Alexander Lukashenko", "BLR", "GOV"),
        ("Lai Ching-te", "TWN", "GOV"),
        # 1980s-2000s archive news
        ("Tansu Ciller", "TUR", "GOV"),
        ("Jerry Rawlings", "GHA", "GOV"),
        ("Dzhokhar Dudayev", "RUS", "REB"),
        ("Ratko Mladic", "BIH", "MIL"),
        ("Jacques Delors", None, "IGO"),
    ],
)
def test_coverage(name: str, country: str | None, sector: str) -> None:
    person = load_people().lookup(name)
    assert person is not None and (person.country, person.sector) == (country, sector)


# ---------------------------------------------------------------- custom files

HEADER = "\t".join(COLUMNS)


def _write(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "my_people.tsv"
    path.write_text("# my dictionary\n" + header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_custom_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Jane Doe\tJ. Doe|Jane Q. Doe\tGBR\tOPP\tOpposition leader\t2019\t2023",
        "Jane Doe\tJ. Doe|Jane Q. Doe\tGBR\tGOV\tPrime Minister\t2023",  # trailing empty cell trimmed
        "",
        "# a comment between rows",
        "Ola Nordmann\t\t\tIGO\tEnvoy\t\t",
    )
    people = load_people_file(path)
    assert isinstance(people, PeopleIndex) and len(people) == 3
    jane = people.lookup("jane q doe", 2020)
    assert jane is not None and (jane.sector, jane.role, jane.end) == ("OPP", "Opposition leader", 2023)
    jane = people.lookup("Jane Doe")
    assert jane is not None and (jane.sector, jane.start, jane.end) == ("GOV", 2023, None)
    ola = people.lookup("Ola Nordmann", 2000)
    assert ola is not None and (ola.country, ola.start, ola.end) == (None, None, None)
    assert people.lookup("Vladimir Putin") is None  # a custom file stands alone


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Jane Doe\t\tGBR\tXYZ\tPresident\t2019\t", "line 3: unknown sector code 'XYZ'"),
        ("Jane Doe\t\tGBR\tGOV\tPresident\t19x9\t", "line 3: bad start year '19x9'"),
        ("Jane Doe\t\tGBR\tGOV\tPresident\t2019\tnow", "line 3: bad end year 'now'"),
        ("\tJ. Doe\tGBR\tGOV\tPresident\t2019\t", "line 3: missing name"),
        ("Jane Doe\t\tUK\tGOV\tPresident\t2019\t", "line 3: bad country code 'UK'"),
        ("Jane Doe\t\tGBR\tGOV\tPresident\t2020\t2019", "line 3: start 2020 is after end 2019"),
        ("Jane Doe\t\tGBR\tGOV\tPresident\t2019\t\textra", "line 3: 8 columns"),
    ],
)
def test_custom_file_errors(tmp_path: Path, row: str, message: str) -> None:
    path = _write(tmp_path, row)
    with pytest.raises(ValueError, match=message) as info:
        load_people_file(path)
    assert str(path) in str(info.value)


def test_custom_file_error_names_the_right_line(tmp_path: Path) -> None:
    good = "Jane Doe\t\tGBR\tGOV\tPresident\t2019\t"
    path = _write(tmp_path, good, "", "# comment", "Bad Row\t\tGBR\tgov\tPresident\t2019\t")
    with pytest.raises(ValueError, match=r"line 6: unknown sector code 'gov'"):
        load_people_file(path)


def test_custom_file_needs_the_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "Jane Doe\t\tGBR\tGOV\tPresident\t2019\t", header="name\tcountry\tsector")
    with pytest.raises(ValueError, match="line 2: expected the header row"):
        load_people_file(path)
    empty = tmp_path / "empty.tsv"
    empty.write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no header row"):
        load_people_file(empty)


_DAY_ROLE = KnownPerson("Sam Gamgee", (), "HOB", "MIL", "", 2008, 2012, dt.date(2008, 1, 20), dt.date(2012, 11, 9))


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (dt.date(2008, 1, 19), False),  # day-precise bounds from a user dictionary
        (dt.date(2008, 1, 20), True),
        (dt.date(2012, 11, 9), True),
        (dt.date(2012, 11, 10), False),
        (2008, True),  # a year still asks about the whole year
        (2013, False),
    ],
)
def test_roles_hold_by_day_or_by_year(when: int | dt.date, expected: bool) -> None:
    assert _DAY_ROLE.holds(when) is expected


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Slobodan Milosovic", "Slobodan Milosevic"),  # a letter changed
        ("Boris Yeltsn", "Boris Yeltsin"),  # a letter dropped
        ("Nelson Mandella", "Nelson Mandela"),  # a letter added
        ("Slobodan Milosevic", None),  # a known name is no typo (lookup finds it)
        ("Yeltsn", None),  # a single word is never guessed
        ("Boris Yeltsxyz", None),  # more than one edit
    ],
)
def test_a_misspelt_full_name_is_the_one_near_dictionary_name(name: str, canonical: str | None) -> None:
    found = load_people().lookup_misspelt(name)
    assert (found.name if found else None) == canonical


@pytest.mark.parametrize(
    ("name", "year", "country", "sector"),
    [
        # archive figures whose role changed: the row of the article's year
        ("Xanana Gusmao", 1995, "TLS", "REB"),
        ("Xanana Gusmao", 2005, "TLS", "GOV"),
        ("Prachanda", 2000, "NPL", "REB"),
        ("Sadiq al-Mahdi", 1995, "SDN", "OPP"),
        ("Arkan", 1995, "SRB", "MIL"),
        ("Nur Misuari", 1990, "PHL", "REB"),
    ],
)
def test_archive_figures_by_year(name: str, year: int, country: str, sector: str) -> None:
    found = load_people().lookup(name, year)
    assert found is not None and (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize(
    ("surname", "year", "expected"),
    [
        ("Putin", None, ("RUS", "GOV")),  # one person, one country and sector
        ("Musharraf", None, ("PAK", "GOV")),  # one person of several roles: the latest without a year
        ("Musharraf", 2000, ("PAK", "GOV")),
        ("Musharraf", 2005, ("PAK", "GOV")),
        ("Qaddafi", None, ("LBY", "GOV")),  # the last word of an alias's other spelling
        ("Gadhafi", None, ("LBY", "GOV")),
        ("Hussein", None, None),  # several people of several countries: no one
        ("Kim", None, None),  # too short to be read alone
    ],
)
def test_by_surname(surname: str, year: int | None, expected: tuple[str, str | None] | None) -> None:
    actor = load_people().by_surname(surname, year)
    assert (None if actor is None else (actor.country, actor.sector)) == expected


def test_several_people_of_one_country_give_the_country() -> None:
    index = PeopleIndex.build(
        [
            KnownPerson("Ann Smith", (), "GBR", "GOV", "Minister", 2000, 2005),
            KnownPerson("Bob Smith", (), "GBR", "OPP", "Leader", 2000, 2005),
        ]
    )
    assert index.by_surname("Smith") is None  # a proper noun not tagged as a person: no guess
    actor = index.by_surname("Smith", country_alone=True)
    assert actor is not None and (actor.country, actor.sector) == ("GBR", None)
