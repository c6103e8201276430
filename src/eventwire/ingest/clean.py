"""Mark the non-body parts of an article: captions, photo credits, bylines, datelines, headlines, archive notices.

Nothing is removed or moved: the spans are offsets into the text as given, and
``blank_spans`` gives a same-length copy with the spans blanked for the NLP stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.model import MarkedSpan, SpanKind

# Lines at the top that are this short and unpunctuated may be captions or headings.
SHORT_LINE_WORDS = 12
SHORT_LINE_CHARS = 100
# A line longer than this is a paragraph and is never treated as a caption or credit.
MAX_CAPTION_CHARS = 300
# Bylines and headings are looked for only this many non-blank lines into the text.
TOP_LINES = 8

_AGENCY = (
    r"(?:Reuters|REUTERS|AFP|AP|EPA(?:-EFE)?|EFE|dpa|DPA|Xinhua|XINHUA|Yonhap|YONHAP|Kyodo|KYODO"
    r"|Bloomberg|UPI|ANI|PTI|TASS|Sputnik|Anadolu(?: Agency)?|Getty Images|Shutterstock|AAP|ANSA"
    r"|Alamy|WENN|PA(?: Media| Wire)?|NurPhoto|SOPA Images|Associated Press|Agence France-Presse)"
)
_PHOTO_WORD = r"(?:[Pp]hoto(?:graph)?s?|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Cc]redit|CREDIT|[Ff]ile [Pp]hoto)"
_NAME = r"[A-Z][\w.'’-]{0,30}"
_CREDIT_BODY = (
    rf"(?:{_PHOTO_WORD}[ \t]*(?:[Cc]redit)?[ \t]*[:/|][ \t]*[^\n]{{1,80}}"  # Photo: Reuters
    rf"|{_AGENCY}/{_NAME}(?:[ \t]{_NAME}){{0,4}}(?:/(?:[Ff]ile [Pp]hoto|FILE PHOTO|[Pp]ool))?"  # REUTERS/Kim
    rf"|(?:{_NAME}[ \t]){{0,4}}(?:/[ \t]?)?{_AGENCY}[ \t]via[ \t](?:{_AGENCY}|Getty Images)"  # AFP via Getty
    rf"|\(?{_AGENCY}(?:[ \t]Photo)?\)?"  # (Reuters), AP Photo
    r"|[Ff]ile [Pp]hoto|FILE PHOTO)"
)
_FULL_CREDIT = re.compile(rf"[ \t]*{_CREDIT_BODY}[ \t]*")
# A caption with its credit glued on: "Antony BlinkenReuters", "... Photo: AP", "... REUTERS/Kim".
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[a-z.,)])(?={_AGENCY}[ \t]*$)|[ \t]+(?=\(?{_PHOTO_WORD}[ \t]*[:/|])"
    rf"|[ \t]+(?={_AGENCY}/)|[ \t]+(?=\(?{_AGENCY}\)[ \t]*$)"
    rf"|[ \t]+(?=(?:{_NAME}[ \t]){{0,4}}{_AGENCY}[ \t]via))"
)
_BYLINE_BY = re.compile(r"(?:[Bb]y|BY)[ \t]+(?P<names>[^\n]{2,120})")
_BYLINE_BAR = re.compile(rf"(?P<names>{_NAME}(?:[ \t]{_NAME}){{1,3}})[ \t]*\|[ \t]*(?P<outlet>[^\n|]{{2,40}})")
_TRAILER = re.compile(r"\(?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting)[ \t]+by[ \t][^\n]{2,300}")
_NAME_CONNECTORS = frozenset({"and", "&", "in", "de", "van", "von", "der", "da", "al", "bin", "le", "la", "for"})
_NOT_NAMES = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
        *("The", "This", "That", "Then", "Now", "Last", "Next"),
    }
)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]{1,30}(?:[ \t][A-Z][\w.'’-]{1,30}){0,3})"
    r"(?:,[ \t](?P<region>[A-Z][\w.'’-]{1,30}(?:[ \t][A-Z][\w.'’-]{1,30}){0,2}))?"
    r"(?:,[ \t](?P<date>[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}))?"
    rf"[ \t]*(?:\((?P<agency>{_AGENCY}|[A-Z]{{2,6}})\))?"
    r"[ \t]*(?:--|[-–—])[ \t]*"
)
# An archive page's notice of the story's date ("This story is from March 4, 2002", Times of India): no sentence of
# the story, and read as one it dates the lead's events by the archive, not by what the lead says.
_ARCHIVE_NOTICE = re.compile(
    r"(?:This|The)[ \t]+(?:story|article|report)[ \t]+(?:is|was)[ \t]+(?:from|(?:first[ \t]+)?published[ \t]+on)[ \t]+"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}\.?",
)
# A news site's list of links at the end of a story ("related stories: nhrc delegation arrives in state\xa0modi visits
# riot-hit areas"), often on the last body line: headlines of other stories, whose events are not this story's. The
# marker opens a line or follows a sentence's end, and is followed by the list's separator (a no-break space, or the
# "Â" it becomes when mis-decoded) or a colon, so "published related stories about ..." in a sentence is not one.
_RELATED_STORIES = re.compile(
    r"(?:^|(?<=[.!?\"'”’)][ \t]))[ \t]*related[ \t]+(?:stories|articles|links|news)[ \t]*(?::|(?=[ \t]*[\xa0Â]))",
    re.IGNORECASE,
)
# The marker is looked for only in this many last non-blank lines: a footer, not a sentence of the story.
FOOTER_LINES = 3
# The buttons of a share bar ("Facebook Twitter Linkedin Mail"): a last line of nothing else is no sentence, and its
# capitals, once the footer above it is blanked, would make a lower-case story look cased to ``casing.recase``.
_SHARE_BUTTONS = frozenset(
    ("facebook", "twitter", "linkedin", "mail", "email", "e-mail", "whatsapp", "pinterest", "reddit", "print", "share")
)
_AGENCY_ONLY_DATELINE = re.compile(rf"\((?:{_AGENCY})\)[ \t]*(?:--|[-–—])[ \t]*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*[ \t]*$")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def mark_non_body(text: str, title: str | None = None) -> list[MarkedSpan]:
    """Find captions, credits, bylines, datelines, archive date notices and a repeated headline; sorted by offset."""
    lines = _split_lines(text)
    found: dict[int, list[MarkedSpan]] = {}
    _mark_headline(lines, title, found)
    _mark_archive_notices(lines, found)
    _mark_credits(lines, found)
    _mark_captions_before_credits(lines, found)
    _mark_top_bylines(lines, found)
    _mark_top_headings(lines, found)
    _mark_trailers(lines, found)
    spans = [span for per_line in found.values() for span in per_line]
    dateline = _find_dateline(lines, found)
    if dateline is not None:
        spans.append(dateline)
    footer = _find_related_stories(lines)
    if footer is not None:
        spans.append(footer)
    spans.extend(_share_bars(lines, found))
    return sorted(spans, key=lambda s: (s.start, s.end))


def dateline_place(text: str, spans: Sequence[MarkedSpan]) -> tuple[int, int] | None:
    """Offsets of the place in the dateline ("KYIV, Ukraine" in "KYIV, Ukraine (AP) — "), if any."""
    for span in spans:
        if span.kind != "dateline":
            continue
        match = _DATELINE.match(text, span.start, span.end)
        if match is None:
            return None
        end = match.end("region") if match.group("region") else match.end("place")
        return match.start("place"), end
    return None


def blank_spans(text: str, spans: Sequence[MarkedSpan]) -> str:
    """A same-length copy of ``text`` with marked spans turned to spaces (newlines kept)."""
    chars = list(text)
    for span in spans:
        for i in range(max(span.start, 0), min(span.end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _split_lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        lines.append(_Line(position, position + len(content), content))
        position += len(raw)
    return lines


def _span(line: _Line, kind: SpanKind, start: int | None = None, end: int | None = None) -> MarkedSpan:
    """A span over a line (or part of it), trimmed of surrounding whitespace."""
    lo = line.start if start is None else start
    hi = line.end if end is None else end
    piece = line.text[lo - line.start : hi - line.start]
    lo += len(piece) - len(piece.lstrip())
    hi -= len(piece) - len(piece.rstrip())
    return MarkedSpan(lo, hi, kind, line.text[lo - line.start : hi - line.start])


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


def _is_short_heading(line: _Line) -> bool:
    """Short, unpunctuated, not blank: the shape of a caption or heading, not of a sentence."""
    stripped = line.text.strip()
    if not stripped or len(stripped) > SHORT_LINE_CHARS:
        return False
    if len(_WORD.findall(stripped)) > SHORT_LINE_WORDS:
        return False
    return _SENTENCE_END.search(stripped) is None


def _top_indexes(lines: Sequence[_Line]) -> list[int]:
    """Indexes of the first few non-blank lines."""
    return [i for i, line in enumerate(lines) if not line.blank][:TOP_LINES]


def _mark_headline(lines: Sequence[_Line], title: str | None, found: dict[int, list[MarkedSpan]]) -> None:
    top = _top_indexes(lines)
    if title and title.strip() and top and _norm(lines[top[0]].text) == _norm(title):
        found[top[0]] = [_span(lines[top[0]], "headline")]


def _mark_credits(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    """Credit lines anywhere, and caption lines that end in a glued credit."""
    previous = ""
    for index, line in enumerate(lines):
        if line.blank or index in found or len(line.text) > MAX_CAPTION_CHARS:
            previous = line.text if not line.blank else previous
            continue
        spans = _credit_spans(line, previous)
        if spans:
            found[index] = spans
        previous = line.text


def _credit_spans(line: _Line, previous: str) -> list[MarkedSpan]:
    if _FULL_CREDIT.fullmatch(line.text):
        return [_span(line, "credit")]
    cut = _last_credit_cut(line.text)
    if cut is None:
        return []
    caption = line.text[:cut].strip()
    # "Antony BlinkenReuters" under "Antony Blinken": the whole line is the credit.
    if _norm(caption) == _norm(previous) or not caption:
        return [_span(line, "credit")]
    if _SENTENCE_END.search(caption) is None and not _is_short_heading(_Line(0, len(caption), caption)):
        return []  # a long unpunctuated run ending in an agency name is not a caption
    return [_span(line, "caption", end=line.start + cut), _span(line, "credit", start=line.start + cut)]


def _last_credit_cut(text: str) -> int | None:
    """Where a credit glued to the end of a caption begins, if the rest of the line is one."""
    for match in _TRAILING_CREDIT.finditer(text):
        if _FULL_CREDIT.fullmatch(text, match.end()):
            return match.end()
    return None


def _mark_captions_before_credits(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    """A short unpunctuated line directly above a credit is its caption."""
    for index in sorted(found):
        if not any(span.kind == "credit" for span in found[index]):
            continue
        above = index - 1
        if above >= 0 and above not in found and _is_short_heading(lines[above]):
            found[above] = [_span(lines[above], "caption")]


def _mark_top_bylines(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    for index in _top_indexes(lines):
        if index not in found and _is_byline(lines[index].text.strip()):
            found[index] = [_span(lines[index], "byline")]


def _is_byline(text: str) -> bool:
    if len(text) > 150 or _SENTENCE_END.search(text.rstrip(".")) is not None:
        return False
    by = _BYLINE_BY.fullmatch(text)
    if by is not None:
        names, _, outlet = by.group("names").partition(",")
        return _looks_like_names(names) and (not outlet.strip() or _looks_like_names(outlet))
    bar = _BYLINE_BAR.fullmatch(text)
    return bar is not None and _looks_like_names(bar.group("names"))


def _looks_like_names(text: str) -> bool:
    """Capitalised words joined by 'and', commas and name particles; no weekdays or months."""
    words = [w.strip(",") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > 10 or words[0] in _NOT_NAMES:
        return False
    capitalised = [w for w in words if w not in _NAME_CONNECTORS]
    return bool(capitalised) and all(w[0].isupper() and w not in _NOT_NAMES for w in capitalised)


def _first_body_index(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> int | None:
    for index, line in enumerate(lines):
        if not line.blank and index not in found and not _is_short_heading(line):
            return index
    return None


def _mark_top_headings(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    """Two or more short unpunctuated lines in a row above the body are captions or headings."""
    body = _first_body_index(lines, found)
    limit = len(lines) if body is None else body
    run: list[int] = []
    for index in range(limit):
        line = lines[index]
        if line.blank or index in found:
            _flush_heading_run(lines, run, found)
            run = []
        elif _is_short_heading(line):
            run.append(index)
    _flush_heading_run(lines, run, found)


def _flush_heading_run(lines: Sequence[_Line], run: list[int], found: dict[int, list[MarkedSpan]]) -> None:
    # Only a run of consecutive lines: a lone short line may be a real sentence fragment.
    if len(run) >= 2 and run[-1] - run[0] == len(run) - 1:
        for index in run:
            found[index] = [_span(lines[index], "caption")]


def _mark_archive_notices(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    """An archive's date notice at the top ("This story is from March 4, 2002") is boilerplate."""
    for index in _top_indexes(lines):
        if index not in found and _ARCHIVE_NOTICE.fullmatch(lines[index].text.strip()):
            found[index] = [_span(lines[index], "boilerplate")]


def _mark_trailers(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> None:
    """Wire-story trailers such as "(Reporting by Jane Doe; Editing by John Roe)"."""
    for index, line in enumerate(lines):
        if index not in found and _TRAILER.fullmatch(line.text.strip()):
            found[index] = [_span(lines[index], "byline")]


def _find_related_stories(lines: Sequence[_Line]) -> MarkedSpan | None:
    """A "related stories" list of headlines at the end of the story: boilerplate from the marker to its line's end."""
    last = [index for index, line in enumerate(lines) if not line.blank][-FOOTER_LINES:]
    for index in reversed(last):
        line = lines[index]
        match = _RELATED_STORIES.search(line.text)
        if match is not None:
            return _span(line, "boilerplate", start=line.start + match.start())
    return None


def _share_bars(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> list[MarkedSpan]:
    """Lines among the last few that are only share buttons, two or more: boilerplate."""
    last = [index for index, line in enumerate(lines) if not line.blank][-FOOTER_LINES:]
    return [
        _span(lines[index], "boilerplate")
        for index in last
        if index not in found
        and len(words := lines[index].text.split()) >= 2
        and all(word.casefold() in _SHARE_BUTTONS for word in words)
    ]


def _find_dateline(lines: Sequence[_Line], found: dict[int, list[MarkedSpan]]) -> MarkedSpan | None:
    """A dateline prefix at the start of the first body paragraph."""
    index = _first_body_index(lines, found)
    if index is None:
        return None
    line = lines[index]
    offset = len(line.text) - len(line.text.lstrip())
    match = _AGENCY_ONLY_DATELINE.match(line.text, offset) or _DATELINE.match(line.text, offset)
    if match is None or match.end() >= len(line.text):
        return None
    if "place" in match.groupdict() and not _plausible_dateline(match):
        return None
    return _span(line, "dateline", start=line.start + offset, end=line.start + match.end())


#: A name prefix AP keeps in lower case in an all-caps dateline: "McALLEN", "DeKALB", "LaGRANGE", "MacDILL".
_CAPS_PREFIX = re.compile(r"\b(?:Ma?c|De|Di|Du|La|Le)(?=[A-Z]{2})")


def _plausible_dateline(match: re.Match[str]) -> bool:
    """Without an agency, only an all-caps place ("WASHINGTON —", "DeKALB —") makes a dateline."""
    place = match.group("place")
    if match.group("agency"):
        return True
    return _CAPS_PREFIX.sub(lambda m: m.group().upper(), place).isupper() and len(place) >= 3
