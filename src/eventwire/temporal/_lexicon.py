"""Word tables and regular-expression fragments for the time-expression rules.

Every fragment is a flat alternation or a bounded repeat, so the compiled
patterns stay linear-time (no nested unbounded quantifiers).
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0, "half an": 0,
}  # fmt: skip

# Quantity words that name no number: their durations get an "X" value (PXM).
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "dozens of", "hundreds of", "a number of")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

# TimeML unit letters and whether they sit after the "T" of a duration.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
    "centurie": ("CE", False), "weekend": ("WE", False),
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

MODIFIERS: dict[str, str] = {
    "early": "START", "the start of": "START", "the beginning of": "START", "mid": "MID",
    "the middle of": "MID", "late": "END", "the end of": "END",
}  # fmt: skip

# "over three years" is mostly "during": TimeML keeps "over" outside the span, so it is no modifier here.
APPROX: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "not less than": "EQUAL_OR_MORE",
}  # fmt: skip

SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
}  # fmt: skip


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation, longest first so that 'September' wins over 'Sep'."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# Month names are case-sensitive (capitalised) so that "may" the verb never matches.
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
_FULL_ALT = alternation([m.capitalize() for m in _FULL_MONTHS] + [m.upper() for m in _FULL_MONTHS])
MONTH_FULL = f"(?-i:{_FULL_ALT})(?![A-Za-z])"
MONTH_ANY = f"(?-i:{_FULL_ALT}|(?:{alternation([m.capitalize() for m in _ABBR_MONTHS])})\\.?)(?![A-Za-z])"
WEEKDAY = "(?:" + alternation([d for d in WEEKDAYS if len(d) > 4]) + ")"
NUM_WORD = (
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|"
    "seven|eight|nine)|" + alternation(list(NUMBERS)) + ")"
)
NUM = f"(?:\\d{{1,4}}(?:\\.\\d{{1,2}})?|{NUM_WORD}|{alternation(list(VAGUE_NUMBERS))})"
UNIT = "(?:" + alternation(list(UNITS)) + ")"
PART_OF_DAY = "(?:" + alternation(list(PARTS_OF_DAY)) + ")"
SEASON = "(?:" + alternation(list(SEASONS)) + ")"
MODIFIER = "(?:" + alternation([m for m in MODIFIERS if m != "mid"]) + r"|mid(?=[-\s]))"
APPROX_WORD = "(?:" + alternation(list(APPROX)) + ")"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
FUTURE_CUE = re.compile(
    r"\b(?:will|would\s+be\s+\w+ing|shall|'ll|going\s+to|plans?\s+to|(?<!previously\s)planned|scheduled|expected\s+to|(?<!been\s)due\s+to(?!\s+(?:the|a|an|this|that|these|those|its|their|his|her|our)\b)|"
    # A forecast of likelihood: "is likely to sign the bill Friday" ("was likely to" is a plan seen from the past).
    r"(?:un)?likely\s+to|"
    r"upcoming|(?:is|are)\s+to|"
    r"next(?!\s+to\b)|tomorrow|coming(?!\s+(?:into|off|to|from|back|out|in|under|after|up|down|as|at|on)\b)|later\s+this|set\s+to|intends?\s+to|planning\s+to|ready\s+to|"
    r"as\s+(?:soon|early)\s+as|must(?!\s+have\b)|to\s+be\s+held|to\s+begin|to\s+start|(?:is|are)\s+(?:expected|due|slated)|"
    # News states a scheduled event in the present tense: "the summit opens Monday", "Arafat meets Albright Friday".
    r"opens|begins|resumes|reconvenes|convenes|meets|arrives|departs|travels|flies|expires|reopens|"
    r"leaves|returns|visits|hosts|ends|closes|hears|starts|"
    # A forecast looks ahead: "the company expects sales to rise in the fourth quarter".
    r"(?:expects?|forecasts?|predicts?|projects?|anticipates?)(?=\s+\w+(?:\s+\w+)?\s+to\b|\s+to\b)|"
    # ... and its schedules: "the law takes effect July 1", "voters go to the polls Sunday", "is set for Tuesday"
    r"takes\s+(?:effect|place|office)|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|kicks\s+off|"
    r"(?:go|goes|head|heads)\s+to\s+the\s+polls|(?:is|are)\s+set\s+for|"
    r"(?<!\bto\s)(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bthe\s)(?<!\ba\s)"
    r"(?:meet|begin|resume|arrive|convene|reconvene|depart|reopen|(?:take|come)\s+into\s+(?:force|effect)|"
    r"take\s+(?:effect|place|office))(?!\s+(?:was|were|is|are|has|had)\b))\b",
    re.IGNORECASE,
)
# Names and words that end in "-ed" but are no past: "Ahmed", "Mohammed", "Javed" are frequent in South Asian and
# Arab news (lower-cased in some feeds, so no capital tells them apart); "trimmed", "jammed" stay pasts.
NOT_PASTS_IN_ED = alternation(
    [
        *("indeed", "creed", "bloodshed"),
        *("ahmed", "ahamed", "mohammed", "mohamed", "muhammed", "mahmed", "mehmed", "hamed", "hameed"),
        *("javed", "jawed", "naved", "naveed", "saeed", "sayeed", "saiyed", "sayed", "zayed", "rasheed", "rashed"),
        *("waheed", "majeed", "fareed", "khaled", "zahed", "zaheed", "shaheed", "tauheed", "fahed", "abed", "obed"),
        *("alfred", "siegfried"),
    ]
)
PAST_CUE = re.compile(
    # A participle after "be"/"been"/"have"/"is"/"are" ("will be held", "is heard in May") is no past-tense cue.
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)\b(?:said|says|was|were|had|did|told|ago|last|yesterday|earlier|came|went|met|took|gave|made|"
    r"left|began|fell|rose|held|saw|won|lost|sent|spoke|thought|found|got|led|ran|shot|struck|sold|"
    r"bought|paid|brought|became|kept|wrote|knew|heard|felt|stood|fought|flew|broke|chose|drove|grew|"
    r"threw|sought|began|spent|built|caught|taught|meant|dealt|won|"
    # ... more irregular pasts of news, and "died", too short for the regular "-ed" pattern below
    r"died|fled|sat|withdrew|drew|shook|rang|swept|stole|tore|hid|forgot|understood|upheld|sank|swore|blew|wore|"
    r"slept|ate|froze|woke|rode|swam|sang|underwent|undertook|overtook|overthrew|withheld|arose|dug|lent|wept|slid|"
    # A past that is also the bare verb or a noun is no past after a modal, "to" or an article ("plans to cut
    # jobs in March", "could hit the coast Monday", "a tax cut"); after "and" it keeps the tense of the verb before.
    r"(?<!\bto\s)(?<!\bwill\s)(?<!'ll\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bmust\s)(?<!\bshould\s)(?<!\bshall\s)(?<!\bnot\s)(?<!n't\s)(?<!\bdo\s)"
    r"(?<!\bdoes\s)(?<!\bdid\s)(?<!\ba\s)(?<!\bthe\s)(?:set(?!\s+(?:to|for|up)\b)|put|quit|cut|hit)|"
    # A regular past; after an article, a possessive or an adverb of degree it is an adjective ("a still
    # unspecified date", "the expected decline", "its planned sale"), no verb.
    r"(?=\w{3,}ed\b)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bstill\s)(?<!\bas\s)"
    rf"(?!(?:{NOT_PASTS_IN_ED})\b)"
    r"(?!\w*(?:ceed|need|feed|speed|bleed|breed|seed|dred|sacred|hatred|infrared|fred|(?:sick|sea|river|hot|flat|death|test|road|water)bed|united|limited)\b)\w{3,}ed)\b",
    re.IGNORECASE,
)


def number_value(word: str) -> int | None:
    """The integer a number word or digit string names; None for vague quantities."""
    w = re.sub(r"\s+", " ", word.lower())
    if w in VAGUE_NUMBERS:
        return None
    if w[0].isdigit():
        return int(float(w)) if "." not in w else None
    if w in NUMBERS:
        return NUMBERS[w]
    tens, _, units = w.replace("-", " ").partition(" ")
    return NUMBERS.get(tens, 0) + NUMBERS.get(units, 0)
