"""Amounts: numbers with what they count or measure ("1,000 km", "five officials", "$2 billion")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from eventwire.annotate import text_of
from eventwire.model import Amount, Provenance

STAGE = "amounts"
VERSION = "amounts.rules.v1"

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
    "a": 1,
    "an": 1,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}


def parse_number(text: str) -> float | None:
    """ "1,000" -> 1000.0, "2.5 million" -> 2500000.0, "five" -> 5.0; None when no number is there."""
    words = text.lower().replace("-", " ").split()
    value: float | None = None
    for word in words:
        digits = _NUMBER_RE.fullmatch(word.strip("$€£¥"))
        if digits:
            value = float(digits.group(0).replace(",", ""))
        elif word in _WORDS:
            value = (value or 0) + _WORDS[word] if value is None or value < 20 else value + _WORDS[word]
        elif word in _SCALES and value is not None:
            value *= _SCALES[word]
    return value


def find_amounts(doc: Any, excluded: Sequence[tuple[int, int]] = ()) -> list[Amount]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in excluded):
            continue
        value = parse_number(ent.text)
        if value is None:
            continue
        start, end, unit = ent.start_char, ent.end_char, _unit(ent)
        head = ent.root.head
        if ent.label_ == "CARDINAL" and ent.root.dep_ == "nummod" and head.i >= ent.end:
            end, unit = head.idx + len(head), head.lemma_.lower()  # "five officials": the noun is the unit
        elif ent.label_ == "CARDINAL":
            continue  # a bare number is rarely an amount worth reporting ("the first", list numbers)
        out.append(Amount(start, end, text_of(doc)[start:end], value, unit, Provenance(STAGE, VERSION, 0.8)))
    return out


def _unit(ent: Any) -> str | None:
    text = ent.text.strip()
    if ent.label_ == "MONEY":
        return next((code for sign, code in _CURRENCY.items() if sign in text), "money")
    if ent.label_ == "PERCENT":
        return "percent"
    if ent.label_ == "QUANTITY":
        tokens = [t for t in ent if not t.like_num and t.lower_ not in _SCALES]
        return tokens[-1].text if tokens else None
    return None
