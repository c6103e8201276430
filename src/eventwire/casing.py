"""Recasing: a text written all in lower case (or all in capitals) gets a copy of the same length with
sentence starts and known names capitalised, so the parser and the name finder see what they were
trained on.

Dumps such as the Times of India archive are lower-cased, and wire headlines come in capitals; on
such text spaCy finds almost no names, and with them go the actors, places and events. The copy is
only for the parser: offsets do not move, and the pipeline puts the source's own characters back in
every span it returns.

Known names come from the dictionaries the actor and place stages have already loaded (countries,
capitals, regions, admin divisions, cities of 100,000+, people, groups, organisations, media). A single word that
is also an ordinary English word ("police", "reading", "nice") is left alone unless it names a country,
a capital or a well-known actor, or a city of a million people. Smaller towns are capitalised where the text
names them as places ("in modasa", "sabarkantha district": ``places_in_context``), in a country it names.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventwire.ingest.clean import blank_spans
from eventwire.model import MarkedSpan

#: The warning a recased article carries.
RECASED = "text is in one case only: names and sentence starts were capitalised for the parser"
#: The warning of an article with a headline line in title case, lower-cased (names and acronyms kept) for the parser.
RECASED_HEADLINE = "a headline in title case was lower-cased for the parser, its names and acronyms kept"

#: Below this many letters the share of capitals says little ("ok", a one-line note).
MIN_LETTERS = 200
#: A text is "lower-case" when fewer than this share of its letters are capitals (normal news: 3-5%).
LOWER_SHARE = 0.005
#: ...and "all capitals" when more than this share are.
UPPER_SHARE = 0.9
#: Cities at least this populous count as names; a common word needs the second threshold.
MIN_CITY = 100_000
COMMON_WORD_CITY = 1_000_000
#: How sure a source is that its single words are names: ALWAYS (countries, months) even when the word is
#: common; NAME unless it is a function word, verb, adjective or adverb; WEAK unless it is any English word.
ALWAYS, NAME, WEAK = 2, 1, 0
#: Admin divisions named by common nouns that news uses as nouns.
_DIVISION_WORDS = frozenset(
    {
        "region",
        "gulf",
        "delta",
        "plateau",
        "est",
        "grad",
        "pest",
        "acre",
        "ruse",
        "para",
        "bride",
        "bloke",
        "ogre",
        "batman",
        "ascension",
        "cascades",
        "saga",
        "mascara",
        "lac",
        "mon",
        "nan",
        "poi",
        "ig",
        "rota",
        "mara",
        "centre",
        "center",
        "capital",
        "coast",
        "river",
        "lakes",
        "islands",
        "east",
        "west",
        "north",
        "south",
    }
)

_WORD = re.compile(r"[a-z0-9]+(?:['’.&][a-z0-9]+)*\.?")
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"'”’)\]]*[ \t]+|\n[ \t]*)[\"'“‘(\[]*([a-z])")
_MONTHS = ("january", "february", "april", "june", "july", "august", "september", "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Months that are also common words: capitalised only beside a day number ("march 15", "15 may").
_AMBIGUOUS_MONTHS = re.compile(r"\b(march|may)\b(?=[ \t]+\d)|(?<=\d[ \t])(march|may)\b")
_TITLES = ("mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "lt.", "col.", "sgt.", "gov.", "sen.", "rep.")


def casing_of(text: str) -> str | None:
    """``"lower"`` or ``"upper"`` when the text is written in one case only, else None."""
    # str.count runs in C, twice as fast as a Python loop over the characters: this is on every article's path.
    letters = sum(map(text.count, string.ascii_letters))
    if letters < MIN_LETTERS:
        return None
    share = sum(map(text.count, string.ascii_uppercase)) / letters
    if share < LOWER_SHARE:
        return "lower"
    if share > UPPER_SHARE:
        return "upper"
    return None


def recase(text: str) -> str | None:
    """A same-length copy with names and sentence starts capitalised, or None when the text needs none."""
    if casing_of(text) is None:
        return None
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets would move
        return None
    named, places = _names_and_places(lowered)
    chars = list(named)
    for start, end in places:
        chars[start:end] = lowered[start:end].title()
    for start, end in _titled_names(lowered, "".join(chars)):
        chars[start:end] = lowered[start:end].title()
    for match in _SENTENCE_START.finditer(lowered):
        chars[match.start(1)] = chars[match.start(1)].upper()
    for match in re.finditer(r"(?<![\w'’])i(?![\w'’-])", lowered):
        chars[match.start()] = "I"
    return "".join(chars)


def places_in_context(text: str) -> list[tuple[int, int]]:
    """(start, end) of the towns and districts ``recase`` capitalises for being named in a place context ("in
    modasa", "sabarkantha district"): the place stage takes them where the parser saw no place. Read in the
    text's lower case, whatever its case; none when lower-casing would move an offset."""
    lowered = text.lower()
    return list(_names_and_places(lowered)[1]) if len(lowered) == len(text) else []


# ``recase`` (before the parse) and the places stage (after it) both ask for one text's places: one scan serves both,
# for a batch of texts parsed together.
@functools.lru_cache(maxsize=32)
def _names_and_places(lowered: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The lower-case text with its known names capitalised, and the spans of the towns it names in a place
    context (``_places_in_context``)."""
    chars = list(lowered)
    known = list(_known_names(lowered))
    for start, cased in known:
        chars[start : start + len(cased)] = cased
    named = "".join(chars)
    return named, tuple(_places_in_context(lowered, named, _areas_named(cased for _, cased in known)))


#: Articles, conjunctions and short prepositions any title leaves in lower case ("Planet of the Apes").
TITLE_MINOR_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}
)
#: Short words a title-case headline leaves in lower case ("Russia Expels Two Diplomats over Spy Case").
_MINOR_WORDS = TITLE_MINOR_WORDS | frozenset(
    {"but", "nor", "as", "over", "into", "off", "up", "vs", "via", "per", "amid", "after", "says"}
)
#: A line needs this many capitalised words besides the minor ones to be read as a title-case headline.
MIN_TITLE_WORDS = 4
_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_ACRONYM = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,}|(?<![A-Za-z.])[A-Z]{2,6}(?![A-Za-z])")


def is_title_line(line: str) -> bool:
    """A headline in title case: every word but the minor ones capitalised ("U.S. Lifts Travel Ban on Lebanon"),
    and at least ``MIN_TITLE_WORDS`` of them; spaCy reads such a line as a row of names, with no verb."""
    content = [w for w in _LINE_WORD.findall(line) if w.lower() not in _MINOR_WORDS]
    return len(content) >= MIN_TITLE_WORDS and all(w[0].isupper() for w in content)


def recase_headlines(text: str) -> str | None:
    """A same-length copy whose title-case lines are lower-cased with their known names, acronyms and first letter
    capitalised, or None when no line is in title case (a text in one case only is ``recase``'s)."""
    chars: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        if is_title_line(line):
            fixed = _recased_line(line)
            if fixed is not None:
                chars = chars if chars is not None else list(text)
                chars[pos : pos + len(line)] = fixed
        pos += len(line) + 1
    return None if chars is None else "".join(chars)


def _recased_line(line: str) -> str | None:
    lowered = line.lower()
    if len(lowered) != len(line):  # a letter whose lower case is longer: offsets would move
        return None
    chars = list(lowered)
    if line.upper() != line:  # in a line of capitals every word looks like an acronym
        for match in _ACRONYM.finditer(line):  # "UN", "DPRK", "U.S."
            chars[match.start() : match.end()] = line[match.start() : match.end()]
    for start, cased in _known_names(lowered):
        chars[start : start + len(cased)] = cased
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    if first is not None:
        chars[first] = chars[first].upper()
    return "".join(chars)


def _known_names(lowered: str) -> Iterator[tuple[int, str]]:
    """(offset, cased form) of every known name in the lower-cased text, longest match first."""
    names = _lexicon()
    words = [
        (m.start(), m.group().rstrip(".") if m.group() not in _TITLES else m.group()) for m in _WORD.finditer(lowered)
    ]
    i = 0
    while i < len(words):
        taken = 1
        for phrase, cased in names.get(words[i][1], ()):
            end = i + len(phrase)
            if end <= len(words) and tuple(w for _, w in words[i:end]) == phrase:
                start = words[i][0]
                if lowered[start : start + len(cased)] == cased.lower():
                    yield start, cased
                    taken = len(phrase)
                break
        i += taken
    for match in _AMBIGUOUS_MONTHS.finditer(lowered):
        start = match.start()
        yield start, lowered[start].upper() + lowered[start + 1 : match.end()]


#: Words a place's name follows in running text ("in modasa", "near halol").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside"})
#: Words that follow a place's name and say what kind of place it is ("sabarkantha district", "naroda village").
_PLACE_KINDS = frozenset(
    {"district", "area", "village", "town", "taluka", "taluk", "tehsil", "city", "township", "locality", "suburb"}
)
#: Features a name read from its context may be: a town or city, a county or district, a state.
_CONTEXT_FEATURES = frozenset({"city", "admin2", "admin1"})


def _places_in_context(lowered: str, cased: str, areas: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the towns and districts that a text in one case names in a place context: after "in", "at",
    "near", "from" or "outside" ("in modasa"), before a kind of place ("sabarkantha district", "halol town",
    "naroda police station") or "-based" ("modasa-based"). The name is one or two words the gazetteer knows as
    a town, district or state of a country the text names (``areas``: "gujarat" makes "modasa" India's) and no
    English function word, verb, adjective or adverb ("in charge", "near nice" stay lower case); one that is an
    English noun must lie in a state the text names ("in dalton" in a story about Georgia) or be a city of
    ``MIN_CITY``+ ("in gainesville"). A name already capitalised is left alone."""
    words = list(_NAME_WORD.finditer(lowered))
    found: list[tuple[int, int]] = []
    for i in range(len(words)):
        if i and _after_a_preposition_or_place(lowered, cased, words, i, found):
            span = _place_name_at(lowered, cased, [words[i : i + 2], words[i : i + 1]], areas)
        elif _kind_follows(lowered, words, i):
            span = _place_name_at(lowered, cased, [words[i - 1 : i + 1] if i else [], words[i : i + 1]], areas)
        else:
            continue
        if span is not None and not any(s < span[1] and span[0] < e for s, e in found):
            found.append(span)
    return found


def _after_a_preposition_or_place(
    lowered: str, cased: str, words: list[re.Match[str]], i: int, found: list[tuple[int, int]]
) -> bool:
    """Whether word i follows a place preposition ("in modasa"), or a place and a comma or "and" ("in godhra
    and kawant", "in modasa, halol and kalol")."""
    k = i - 1
    before = words[k]
    if before.group() in _PLACE_PREPOSITIONS and _spaced(lowered, before, words[i]):
        return True
    gap = lowered[before.end() : words[i].start()]
    if gap == " " and before.group() == "and" and i > 1:
        k = i - 2
        before = words[k]
        gap = lowered[before.end() : words[i].start()]
    if gap == ", " and not _list_goes_on(lowered, words, i):
        return False  # "in godhra, kawant said": a comma alone may close the place phrase
    if gap not in (", ", " and ", ", and "):
        return False
    ends_a_place = cased[before.start()].isupper() or any(e == before.end() for _, e in found)
    return ends_a_place and _placed(lowered, words, k, found)


def _list_goes_on(lowered: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether a comma or "and" follows word i (or the two-word name it opens), so it stands inside a list."""
    ends = [words[i].end()] + ([words[i + 1].end()] if i + 1 < len(words) else [])
    return any(lowered.startswith((", ", " and "), end) for end in ends)


def _placed(lowered: str, words: list[re.Match[str]], index: int, found: list[tuple[int, int]]) -> bool:
    """Whether the place ending with word ``index`` was itself read in a place context (found, or after a
    preposition)."""
    return any(e == words[index].end() for _, e in found) or _preposition_before(lowered, words, index)


def _preposition_before(lowered: str, words: list[re.Match[str]], index: int) -> bool:
    """Whether a place preposition comes one or two words before word ``index`` ("in godhra", "in new delhi")."""
    return any(
        k >= 0 and words[k].group() in _PLACE_PREPOSITIONS and lowered[words[k].end()] == " "
        for k in (index - 1, index - 2)
    )


def _spaced(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()] == " "


def _kind_follows(lowered: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether a kind of place ("district", "police station") or "-based" comes right after word i."""
    if i + 1 >= len(words):
        return False
    after, gap = words[i + 1].group(), lowered[words[i].end() : words[i + 1].start()]
    if gap == "-":
        return after == "based"
    if gap != " ":
        return False
    if after == "police":  # "naroda police station"
        return i + 2 < len(words) and words[i + 2].group() == "station" and _spaced(lowered, words[i + 1], words[i + 2])
    return after in _PLACE_KINDS


def _place_name_at(
    lowered: str, cased: str, options: list[list[re.Match[str]]], areas: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the first option (a run of words, longest first) that names a place in ``areas``: in a country
    named, or, for a name that is also an English noun ("dalton", "warren"), in a state named or a city of
    ``MIN_CITY``+."""
    for option in options:
        if not option or any(not _spaced(lowered, a, b) for a, b in itertools.pairwise(option)):
            continue
        start, end = option[0].start(), option[-1].end()
        if any(c.isupper() for c in cased[start:end]) or len(lowered[start:end]) < 3:
            continue  # a known name already, or too short to tell
        names = [w.group() for w in option]
        if any(_function_form(w) for w in names):
            continue
        if _names_a_place_in(lowered[start:end], areas, common_word=all(_english_form(w) for w in names)):
            return start, end
    return None


def _names_a_place_in(name: str, areas: frozenset[str], common_word: bool) -> bool:
    """Whether a town, district or state called ``name`` lies in a country of ``areas``; for a name that is also an
    English noun (``common_word``), whether it lies in a state of ``areas`` or is a city of ``MIN_CITY``+."""
    from eventwire.geo import get_gazetteer

    for entry in get_gazetteer().candidates(name):
        if entry.feature not in _CONTEXT_FEATURES:
            continue
        if not common_word and entry.country in areas:
            return True
        if common_word and (entry.admin1 in areas or (entry.feature == "city" and entry.population >= MIN_CITY)):
            return True
    return False


def _areas_named(names: Iterable[str]) -> frozenset[str]:
    """The countries ("IND") among known names, or holding the states or million-people cities among them, and
    those states' GeoNames codes ("IN.09")."""
    from eventwire.geo import get_gazetteer

    gaz = get_gazetteer()
    areas: set[str] = set()
    for name in set(names):
        for entry in gaz.primary_candidates(name):
            big_city = entry.feature == "city" and entry.population >= COMMON_WORD_CITY
            if entry.country and (entry.feature in ("country", "admin1") or big_city):
                areas.add(entry.country)
            if entry.feature == "admin1" and entry.admin1:
                areas.add(entry.admin1)
    return frozenset(areas)


#: Person titles besides the actor lexicon's ("police commissioner v k gupta", "party member ...").
_MORE_TITLES = frozenset(
    {"commissioner", "chairman", "chairwoman", "chairperson", "member", "director", "inspector", "superintendent"}
    | {"spokesman", "spokeswoman", "spokesperson", "actor", "actress", "writer", "author", "chief", "mr", "mrs", "ms"}
)
#: The most words a name after a title is read as.
_MAX_NAME_WORDS = 4


def _titled_names(lowered: str, cased: str) -> list[tuple[int, int]]:
    """(start, end) of the lower-case person names of a text in one case that no dictionary knows: the words right
    after a person's title ("mp shabana azmi", "police commissioner v k gupta", "activist, ramesh patel"), a name
    joined to such a name by "and" ("... and raj babbar"), and the last word of every name the text capitalised,
    repeated alone later ("azmi said", "modi" after "narendra modi"). A name word is no English function word,
    verb, adjective or adverb in any form ("met", "sources"); one-letter words are initials before a name word; a
    run of English nouns alone is no name ("the minister, police said")."""
    words = list(_NAME_WORD.finditer(lowered))
    found = _names_after_titles(lowered, cased, words)
    return found + _repeated_names(lowered, cased, words, found)


def _names_after_titles(lowered: str, cased: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(start, end) of the names right after a person's title, and of the names joined to them by "and"."""
    titles = _title_words()
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i].group() not in titles or i + 1 >= len(words):
            i += 1
            continue
        start = i + 1
        if lowered[words[i].end() : words[start].start()] not in (" ", ", "):
            i = start
            continue
        end = _name_end(lowered, cased, words, titles, start)
        while end > start:
            found.append((words[start].start(), words[end - 1].end()))
            joined = end + 1 < len(words) and words[end].group() == "and"
            joined = joined and lowered[words[end - 1].end() : words[end + 1].start()] == " and "
            start, end = (end + 1, _name_end(lowered, cased, words, titles, end + 1)) if joined else (end, end)
        i = max(end, i + 1)
    return found


def _name_end(lowered: str, cased: str, words: list[re.Match[str]], titles: frozenset[str], i: int) -> int:
    """Index past the name starting at word i (i itself when there is none)."""
    j = i
    while j < len(words) and j - i < _MAX_NAME_WORDS:
        word = words[j].group()
        if j > i and lowered[words[j - 1].end() : words[j].start()] != " ":
            break
        if len(word) == 1 and word not in ("a", "i"):
            j += 1
            continue
        if _function_form(word) or word in titles or cased[words[j].start()].isupper():
            break
        j += 1
    while j > i and len(words[j - 1].group()) == 1:  # initials end no name
        j -= 1
    if not any(len(w.group()) > 1 and not _english_form(w.group()) for w in words[i:j]):
        return i
    return j


def _repeated_names(
    lowered: str, cased: str, words: list[re.Match[str]], found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of every name ``found`` wherever else the text repeats it ("... and raj babbar" before "mp ...
    and raj babbar"), and of the last word of every name capitalised so far, alone later in the text."""
    out: list[tuple[int, int]] = []
    full = {lowered[s:e] for s, e in found if " " in lowered[s:e]}
    if full:
        pattern = "|".join(re.escape(name) for name in sorted(full, key=len, reverse=True))
        out += [m.span() for m in re.finditer(rf"(?<![\w'’])(?:{pattern})(?![\w'’])", lowered)]
    surnames = {m.group().split()[-1].lower() for m in _CASED_NAME.finditer(cased)}
    surnames |= {lowered[s:e].split()[-1] for s, e in [*found, *out] if " " in lowered[s:e]}
    surnames = {w for w in surnames if not _english_form(w)}
    out += [(w.start(), w.end()) for w in words if w.group() in surnames and cased[w.start()].islower()]
    return out


_NAME_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_CASED_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]*)+")
#: Regular endings of inflected English words and what the base form ends with ("parties" -> "party").
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)


def _function_form(word: str) -> bool:
    """An English function word, verb, adjective or adverb, inflected or not ("met", "said", "visited")."""
    return _in_forms(word, _english_forms()[0])


def _english_form(word: str) -> bool:
    """Any English word, nouns included, inflected or not ("sources", "parties")."""
    return _in_forms(word, _english_forms()[1])


def _in_forms(word: str, forms: frozenset[str]) -> bool:
    if word in forms:
        return True
    return any(word.endswith(end) and word[: -len(end)] + base in forms for end, base in _INFLECTIONS)


@functools.cache
def _english_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, verbs, adjectives and adverbs with the lemmatizer's irregular forms of them ("met",
    "went"); the same with nouns)."""
    from eventwire.annotate import load_nlp

    function_words, nouns = common_words()
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    irregular: set[str] = set()
    if lemmatizer.lookups.has_table("lemma_exc"):
        table = lemmatizer.lookups.get_table("lemma_exc")
        irregular = {form for pos in ("verb", "adj", "adv") for form in table.get(pos, {})}
    functional = function_words | irregular
    return frozenset(functional), frozenset(functional | nouns)


@functools.cache
def _title_words() -> frozenset[str]:
    """The last words of the actor lexicon's person titles ("minister" of "prime minister") and a few more."""
    from eventwire.actors.lexicon import load_lexicon

    last = {t.term.split()[-1] for t in load_lexicon().sectors if t.kind == "title" and t.term.isalpha()}
    return frozenset(last | _MORE_TITLES)


@functools.cache
def _lexicon() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> [(the name's words, the name as written)], longest names first."""
    function_words, nouns = common_words()
    forms: dict[str, str] = {}
    for written, sureness in _names():
        name = _ascii_folded(written)
        words = tuple(w.rstrip(".") for w in _WORD.findall(name.lower()))
        if not words or name.lower() == name or len(name) < 2:
            continue
        single = words[0] if len(words) == 1 else None
        if single is not None and sureness < ALWAYS and (single in function_words or single in _DIVISION_WORDS):
            continue
        if single is not None and sureness == WEAK and single in nouns:
            continue
        forms.setdefault(" ".join(words), name)
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, cased in forms.items():
        words = tuple(key.split(" "))
        index.setdefault(words[0], []).append((words, cased))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _names() -> Iterator[tuple[str, int]]:
    """(name, how sure its single words are names), from the dictionaries the stages have loaded."""
    from eventwire.actors.lexicon import load_lexicon
    from eventwire.actors.people import load_people

    yield from ((m.capitalize(), ALWAYS) for m in (*_MONTHS, *_WEEKDAYS))
    yield from ((t.capitalize(), ALWAYS) for t in _TITLES)
    lexicon = load_lexicon()
    for country in lexicon.countries:
        forms = (country.name, *country.aliases, *country.adjectives, *country.demonyms, *country.capitals)
        yield from ((form, ALWAYS) for form in forms)
    named: list[tuple[str, tuple[str, ...]]] = [(p.name, p.aliases) for p in load_people().people]
    named += [(g.name, g.aliases) for g in lexicon.groups]
    named += [(i.name, i.aliases) for i in lexicon.igos]
    named += [(m.name, ()) for m in lexicon.media]
    for name, aliases in named:
        for value in (name, *aliases):
            # Short acronyms are often words too ("WHO", "IS").
            yield value, WEAK if value.isupper() and len(value) <= 3 else NAME
    yield from _places()


def _places() -> Iterator[tuple[str, int]]:
    from eventwire.geo import get_gazetteer

    for place in get_gazetteer().entries():
        if place.feature == "city":
            if place.population >= MIN_CITY:
                yield place.name, NAME if place.population >= COMMON_WORD_CITY else WEAK
        else:
            yield place.name, WEAK if place.feature == "admin2" else NAME


@functools.cache
def common_words() -> tuple[frozenset[str], frozenset[str]]:
    """(function words, verbs, adjectives and adverbs; nouns) of English, from spaCy's stop words and
    the lemma lists of its English lemmatizer (the noun list holds many proper names too)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from eventwire.annotate import load_nlp

    words = set(STOP_WORDS)
    nouns: set[str] = set()
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    if lemmatizer.lookups.has_table("lemma_index"):
        table = lemmatizer.lookups.get_table("lemma_index")
        for pos in ("verb", "adj", "adv"):
            words.update(table.get(pos, ()))
        nouns.update(table.get("noun", ()))
    return frozenset(words), frozenset(nouns)


def _ascii_folded(name: str) -> str:
    """ "Gujarāt" -> "Gujarat": news in English rarely keeps the gazetteer's diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return folded if len(folded) == len(name) else name


def restore_source_text(result: Any, text: str) -> None:
    """Put the source's own characters back in every span of a result parsed from a recased copy."""
    _restored(result, text, {})


def _restored(obj: Any, text: str, seen: dict[int, Any]) -> Any:
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            obj[i] = _restored(item, text, seen)
        return obj
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type) or id(obj) in seen:
        return seen.get(id(obj), obj)
    seen[id(obj)] = obj  # quotes and events point at each other: visit each object once
    changes = {}
    for item in dataclasses.fields(obj):
        value = getattr(obj, item.name)
        new = _restored(value, text, seen)
        if new is not value:
            changes[item.name] = new
    own = _source_slice(obj, text)
    if own is not None:
        changes["text"] = own
    if not changes:
        return obj
    if type(obj).__dataclass_params__.frozen:  # type: ignore[attr-defined]
        seen[id(obj)] = dataclasses.replace(obj, **changes)
        return seen[id(obj)]
    for name, value in changes.items():
        setattr(obj, name, value)
    return obj


def _source_slice(obj: Any, text: str) -> str | None:
    """The source's characters for an object with start, end and text, when they differ only in case."""
    start, end, shown = getattr(obj, "start", None), getattr(obj, "end", None), getattr(obj, "text", None)
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(shown, str)) or not 0 <= start <= end:
        return None
    source = text[start:end]
    return source if source != shown and source.lower() == shown.lower() else None


def parser_text(text: str, marked: Sequence[MarkedSpan]) -> tuple[str, str | None]:
    """The text the parser and the stages read (same offsets as ``text``): the non-body spans blanked and, when
    in one case only, recased, or else its title-case headline lines recased; and the warning that says so."""
    parsed = blank_spans(text, marked)
    recased = recase(parsed)
    if recased is not None:
        return recased, RECASED
    headlines = recase_headlines(parsed)
    return (parsed, None) if headlines is None else (headlines, RECASED_HEADLINE)
