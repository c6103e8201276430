"""Reading PETRARCH/TABARI dictionaries (``.actors``, ``.agents``, ``.verbs``) into our entries.

What is read (the syntax of the PETRARCH-2 dictionaries and their validation suite):

* everywhere: ``#`` comments, ``<!-- -->`` comment blocks (also over several lines);
* actors: ``NAME [CODE]``, ``+SYNONYM`` lines, code lines below a name, date restrictions
  ``[CODE <YYMMDD]``, ``[CODE >YYYYMMDD]``, ``[CODE YYYYMMDD-YYYYMMDD]`` (6 or 8 digits), ``_`` between
  words, a trailing ``_`` for an exact word (otherwise the name is a prefix, approximated by the
  usual suffixes: Gondor -> Gondorian, Gondors);
* agents: ``TERM {PLURALS} [~CODE]`` (or ``[CODE~]``) and ``!SET! = A, B`` substitution sets;
* verbs: ``--- VERB [CODE] ---`` blocks, their verb lines (``{FORMS}``, own ``[CODE]``, ``+`` on the
  verb of a multi-word verb), ``- BEFORE * AFTER [CODE]`` patterns with ``&SYNSET`` sets (nested
  too), ``_`` joins; the position markers ``+ $ % ^`` are dropped (eventwire finds the source and
  target from the parse; as in PETRARCH, the target may be the object of any preposition of the
  verb). Codes become PLOVER types through the CAMEO table in ``cameo.py``; null codes (``[---]``)
  on a verb or pattern become stop patterns (no event where they match).

Every content line is counted as converted, structural (headers, sets, null codes) or not
converted with its reason; nothing here raises on a bad line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from eventwire.actors.lexicon import SectorKind, SectorTerm, load_lexicon
from eventwire.events.triggers import NO_EVENT, Slot, Trigger
from eventwire.extensions.cameo import plover_of, why_not
from eventwire.extensions.entries import ActorEntry, Dictionary

#: First code segments that are not a country (the rest of the code is then the sector).
NON_STATE = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "---"})
NULL_CODES = frozenset({"---", "+++", "###", ""})  # actors: known, not coded
_NULL_VERB_CODES = frozenset({"---", ""})  # verbs: no event (TABARI's "+++" is an ordinary, unusable code)
_MARKERS = frozenset({"+", "$", "%", "^"})
_SUFFIXES = ("s", "n", "an", "ian", "ese", "i", "a", "e", "ia", "ish")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "de", "for", "in", "on"})

_COMMENT_BLOCK = re.compile(r"<!.*?-->", re.DOTALL)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DAY = r"(\d{8}|\d{6})"
_BEFORE = re.compile(rf"<\s*{_DAY}$")
_AFTER = re.compile(rf">\s*{_DAY}$")
_RANGE = re.compile(rf"{_DAY}\s*-\s*{_DAY}$")
_CODE = re.compile(r"[A-Z0-9\-]{3,}")
_ACTOR_CODE = re.compile(r"\s*([^\s<>]*)(.*)", re.DOTALL)
_SECTOR = re.compile(r"[A-Z0-9]{2,}")


def content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line with content once comments are removed."""
    text = _COMMENT_BLOCK.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield number, line


def parse(text: str, kind: str, source: str) -> Dictionary:
    """A PETRARCH dictionary of ``kind`` actors, agents or verbs."""
    found = Dictionary(source=source, format="petrarch")
    lines = list(content_lines(text))
    found.lines = len(lines)
    if kind == "actors":
        _Actors(found).read(lines)
    elif kind == "agents":
        _read_agents(found, lines)
    elif kind == "verbs":
        _Verbs(found).read(lines)
    else:
        for number, line in lines:
            found.problem(number, line, f"{kind} dictionaries are not supported")
    return found


# ------------------------------------------------------------------------------ surfaces
def _title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def surface_forms(raw: str) -> list[str]:
    """How a dictionary name is written in text: title case, capitals, short words as acronyms,
    "the" in lower case mid-sentence, and suffixed forms for a prefix name ("ARGENTIN")."""
    exact = raw.endswith("_")
    words = raw.strip("_").replace("_", " ").split()
    if not words:
        return []
    titled = [w.lower() if i and w.lower() in _FUNCTION_WORDS else _title(w) for i, w in enumerate(words)]
    acronyms = [
        w.upper() if len(w) <= 3 and w.lower() not in _FUNCTION_WORDS else t for w, t in zip(words, titled, strict=True)
    ]
    forms = [" ".join(titled), " ".join(acronyms), " ".join(w.upper() for w in words)]
    forms += [f"the {' '.join(f.split()[1:])}" for f in forms[:2] if f.lower().startswith("the ") and len(words) > 1]
    if not exact and len(words) == 1 and len(words[0]) >= 4 and words[0].isalpha():
        forms += [titled[0] + suffix for suffix in _SUFFIXES]
    return list(dict.fromkeys(forms))


def _day(digits: str) -> dt.date:
    if len(digits) == 6:  # YYMMDD, as TABARI wrote them
        year = int(digits[:2])
        return dt.date(year + (1900 if year >= 30 else 2000), int(digits[2:4]), int(digits[4:]))
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def parse_restriction(text: str) -> tuple[dt.date | None, dt.date | None]:
    """ "<950601" -> (None, 1995-05-31); ">20130119" -> (2013-01-20, None); "A-B" -> (A, B)."""
    text = text.strip()
    if not text:
        return None, None
    if found := _BEFORE.match(text):
        return None, _day(found.group(1)) - dt.timedelta(days=1)
    if found := _AFTER.match(text):
        return _day(found.group(1)) + dt.timedelta(days=1), None
    if found := _RANGE.match(text):
        return _day(found.group(1)), _day(found.group(2))
    raise ValueError(f"unreadable date restriction {text!r}")


def split_code(code: str) -> tuple[str | None, str | None]:
    """A PETRARCH actor code as (country, sector): "HOBGOV" -> ("HOB", "GOV"), "IGOEEU" -> (None, "IGOEEU")."""
    code = code.strip().upper()
    head, rest = code[:3], code[3:]
    if head in NON_STATE:
        return None, (rest if head == "---" else code) or None
    return head, rest or None


# -------------------------------------------------------------------------------- actors
@dataclass
class _PendingActor:
    lines: list[tuple[int, str]]
    names: list[str]
    codes: list[tuple[int, str]] = field(default_factory=list)  # (line, bracket content)


class _Actors:
    def __init__(self, found: Dictionary) -> None:
        self.found = found
        self.pending: _PendingActor | None = None

    def read(self, lines: list[tuple[int, str]]) -> None:
        for number, line in lines:
            stripped = line.strip()
            if stripped.startswith("+"):
                self._synonym(number, line, stripped[1:])
            elif line[:1].isspace() or stripped.startswith("["):
                self._codes(number, line, stripped)
            else:
                self._flush()
                name = _CODE_BLOCK.split(stripped, maxsplit=1)[0].strip()
                self.pending = _PendingActor([(number, line)], [name])
                self._add_codes(number, stripped)
        self._flush()

    def _synonym(self, number: int, line: str, name: str) -> None:
        if self.pending is None:
            self.found.problem(number, line, "synonym without an actor above it")
            return
        self.pending.lines.append((number, line))
        self.pending.names.append(_CODE_BLOCK.split(name, maxsplit=1)[0].strip())
        self._add_codes(number, name)

    def _codes(self, number: int, line: str, stripped: str) -> None:
        if self.pending is None:
            self.found.problem(number, line, "code line without an actor above it")
            return
        self.pending.lines.append((number, line))
        self._add_codes(number, stripped)

    def _add_codes(self, number: int, text: str) -> None:
        assert self.pending is not None
        self.pending.codes += [(number, block) for block in _CODE_BLOCK.findall(text)]

    def _flush(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        try:
            entries = self._entries(pending)
        except ValueError as exc:
            for number, line in pending.lines:
                self.found.problem(number, line, str(exc))
            return
        self.found.actors += entries
        if entries:
            self.found.converted += len(pending.lines)
        else:
            self.found.structural += len(pending.lines)

    def _entries(self, pending: _PendingActor) -> list[ActorEntry]:
        if not pending.codes:
            raise ValueError("actor without a [code]")
        forms = [form for name in pending.names for form in surface_forms(name)]
        if not forms:
            raise ValueError("actor without a name")
        entries = []
        for _, block in pending.codes:
            code, restriction = _ACTOR_CODE.match(block).groups()  # type: ignore[union-attr]
            code = code.split("/")[0]  # "[ELR/GAL]": the first of alternative codes
            start, end = parse_restriction(restriction)
            if code.upper() in NULL_CODES:
                continue  # a null code: the name is known but not coded (in this period)
            if not _CODE.fullmatch(code.upper()):
                raise ValueError(f"unreadable actor code {code!r}")
            country, sector = split_code(code)
            entries.append(ActorEntry(forms[0], tuple(forms[1:]), country, sector, _kind(sector), start, end))
        return entries


def _kind(sector: str | None) -> str:
    return "country" if sector is None else "organisation"


# -------------------------------------------------------------------------------- agents
_AGENT = re.compile(r"^(?P<term>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")
_SUBSTITUTION = re.compile(r"^(?P<name>![A-Z0-9]+!)\s*=\s*(?P<values>.+)$")


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _agent_terms(term: str, plurals: str | None, substitutions: dict[str, list[str]]) -> list[str]:
    words = [" ".join(term.replace("_", " ").lower().split())]
    for name, values in substitutions.items():
        key = name.lower()
        if any(key in word for word in words):
            words = [word.replace(key, value.lower()) for word in words for value in values]
    out = []
    for word in words:
        out.append(word)
        head, _, last = word.rpartition(" ")
        out.append(f"{head} {_plural(last)}".strip())
    out += [" ".join(p.replace("_", " ").lower().split()) for p in (plurals or "").split() if p.strip("+")]
    return list(dict.fromkeys(t for t in out if t))


def _agent_sector(code: str) -> str:
    sector = code.replace(" ", "").replace("~", "").upper()
    if not _SECTOR.fullmatch(sector):
        raise ValueError(f"unreadable agent code {code!r}")
    return sector


@functools.cache
def _builtin_kind(term: str) -> SectorKind:
    """An agent is a title when the built-in lexicon knows its last word as one ("minister")."""
    lexicon = load_lexicon()
    known = lexicon.sector(term) or lexicon.sector(term.split()[-1])
    return "title" if known is not None and known.kind == "title" else "group"


def _read_agents(found: Dictionary, lines: list[tuple[int, str]]) -> None:
    substitutions: dict[str, list[str]] = {}
    for number, line in lines:
        stripped = line.strip()
        if sub := _SUBSTITUTION.match(stripped):
            substitutions[sub.group("name")] = [v.strip() for v in sub.group("values").split(",") if v.strip()]
            found.structural += 1
            continue
        match = _AGENT.match(stripped)
        if match is None:
            found.problem(number, line, "agent line without a [code]")
            continue
        try:
            sector = _agent_sector(match.group("code"))
        except ValueError as exc:
            found.problem(number, line, str(exc))
            continue
        terms = _agent_terms(match.group("term"), match.group("plurals"), substitutions)
        found.sectors += [SectorTerm(term, sector, _builtin_kind(terms[0])) for term in terms]
        found.converted += 1


# --------------------------------------------------------------------------------- verbs
_HEADER = re.compile(r"^---\s*(?P<verb>.*?)\s*\[(?P<code>[^\]]*)\]")
_VERB = re.compile(r"^(?P<words>[^\[{]+?)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")


@functools.cache
def verb_lemma(word: str) -> str:
    """The lemma spaCy gives a verb form ("SAID" -> "say"); the parser's lemmas are what triggers meet."""
    from spacy.tokens import Doc

    from eventwire.annotate import load_nlp

    nlp = load_nlp()
    doc = Doc(nlp.vocab, words=[word.lower()])
    doc[0].pos_ = "VERB"
    lemmas = nlp.get_pipe("lemmatizer").rule_lemmatize(doc[0])
    return str(lemmas[0]).lower() if lemmas else word.lower()


@dataclass(frozen=True)
class _VerbForm:
    lemma: str
    before: tuple[Slot, ...]
    after: tuple[Slot, ...]


def _words(text: str) -> list[str]:
    return text.replace("_", " ").split()


def _verb_forms(words: str, forms: str | None) -> list[_VerbForm]:
    """ "+BREAK_DOWN {+BROKE_DOWN}" -> break + after "down"; the "+" word is the verb, else the first."""
    out = []
    for phrase in [words, *(forms or "").split()]:
        tokens = _words(phrase)
        if not tokens:
            continue
        at = next((i for i, t in enumerate(tokens) if t.startswith("+")), 0)
        verb = tokens[at].lstrip("+")
        if not verb:
            continue
        before = tuple(((t.lstrip("+").lower(),),) for t in tokens[:at])
        after = tuple(((t.lstrip("+").lower(),),) for t in tokens[at + 1 :])
        out.append(_VerbForm(verb_lemma(verb), before, after))
    return list(dict.fromkeys(out))


@dataclass
class _Block:
    code: str
    forms: list[_VerbForm] = field(default_factory=list)


def _first_code(code: str) -> str:
    """ "030:030" -> "030" (TABARI's source:target codes for compound actors); spaces dropped."""
    return code.split(":")[0].strip()


class _Verbs:
    def __init__(self, found: Dictionary) -> None:
        self.found = found
        self.synsets: dict[str, list[tuple[str, ...]]] = {}
        self.block: _Block | None = None

    def read(self, lines: list[tuple[int, str]]) -> None:
        self._collect_synsets(lines)
        in_synset = False
        for number, line in lines:
            stripped = line.strip()
            if stripped.startswith("&"):
                in_synset = True
                self.found.structural += 1
            elif stripped.startswith("+") and in_synset:
                self.found.structural += 1
            elif stripped.startswith("---"):
                in_synset = False
                self._header(number, line, stripped)
            elif stripped.startswith("-"):
                in_synset = False
                self._pattern(number, line, stripped)
            else:
                in_synset = False
                self._verb(number, line, stripped)

    def _collect_synsets(self, lines: list[tuple[int, str]]) -> None:
        current: list[tuple[str, ...]] | None = None
        for _, line in lines:
            stripped = line.strip()
            if stripped.startswith("&"):
                current = self.synsets.setdefault(stripped.split()[0].upper().rstrip("_"), [])
            elif stripped.startswith("+") and current is not None:
                current.append(tuple(w.lower() for w in _words(stripped[1:])))
            else:
                current = None

    def _header(self, number: int, line: str, stripped: str) -> None:
        match = _HEADER.match(stripped)
        if match is None:
            self.block = None
            self.found.problem(number, line, "unreadable block header (expected --- VERB [CODE] ---)")
            return
        self.block = _Block(_first_code(match.group("code")))
        self.found.structural += 1

    def _verb(self, number: int, line: str, stripped: str) -> None:
        match = _VERB.match(stripped)
        if self.block is None or match is None:
            self.found.problem(number, line, "verb line outside a --- VERB [CODE] --- block")
            return
        forms = _verb_forms(match.group("words"), match.group("forms"))
        if not forms:
            self.found.problem(number, line, "verb line without a verb")
            return
        self.block.forms += forms
        code = _first_code(match.group("code") or self.block.code)
        # A null code: the verb alone codes nothing (a stop pattern keeps built-in rules off it too).
        self._emit(number, line, NO_EVENT if code in _NULL_VERB_CODES else code, [(f, (), ()) for f in forms])

    def _pattern(self, number: int, line: str, stripped: str) -> None:
        match = _PATTERN.match(stripped)
        if match is None:
            self.found.problem(number, line, "pattern without a [code]")
            return
        if self.block is None or not self.block.forms:
            self.found.problem(number, line, "pattern outside a verb block")
            return
        code = _first_code(match.group("code"))
        code = NO_EVENT if code in _NULL_VERB_CODES else code  # a null-coded pattern blocks coding: a stop pattern
        try:
            before, after = self._slots(match.group("body"))
        except ValueError as exc:
            self.found.problem(number, line, str(exc))
            return
        self._emit(number, line, code, [(f, before, after) for f in self.block.forms])

    def _slots(self, body: str) -> tuple[tuple[Slot, ...], tuple[Slot, ...]]:
        tokens = _words(body)
        if "*" not in tokens:
            raise ValueError("pattern without the verb position *")
        at = tokens.index("*")
        before = tuple(self._slot(t) for t in tokens[:at] if t not in _MARKERS)
        after = tuple(self._slot(t) for t in tokens[at + 1 :] if t not in _MARKERS)
        if not before and not after:
            raise ValueError("pattern of position markers only (+ $ % ^) is not supported")
        return before, after

    def _slot(self, token: str) -> Slot:
        if token.startswith("&"):
            return tuple(dict.fromkeys(self._expand(token.upper(), ())))
        return ((token.lower(),),)

    def _expand(self, name: str, seen: tuple[str, ...]) -> list[tuple[str, ...]]:
        if name not in self.synsets:
            raise ValueError(f"unknown synonym set {name}")
        if name in seen:
            raise ValueError(f"synonym set {name} contains itself")
        out: list[tuple[str, ...]] = []
        for member in self.synsets[name]:
            if len(member) == 1 and member[0].startswith("&"):
                out += self._expand(member[0].upper(), (*seen, name))
            elif member:
                out.append(member)
        return out

    def _emit(
        self, number: int, line: str, code: str, forms: list[tuple[_VerbForm, tuple[Slot, ...], tuple[Slot, ...]]]
    ) -> None:
        mapped = ("", None) if code == NO_EVENT else plover_of(code)
        if mapped is None:
            self.found.problem(number, line, why_not(code))
            return
        event_type, mode = mapped
        for form, before, after in forms:
            trigger = Trigger(
                lemma=form.lemma,
                pos="V",
                objects=frozenset(),
                type=event_type,
                mode=mode,
                cameo=code,
                before=before + form.before,
                after=form.after + after,
                target_preps=("*",),  # PETRARCH's target: the first actor in the verb phrase, behind any preposition
            )
            self.found.triggers.append(trigger)
        self.found.converted += 1
