"""Misspelt country and people names ("Ethopia", "Chenchen refugees"): news copy has typos, and a coder reading
it still knows the country. A word is read as a dictionary form only when it is one edit away (a letter
dropped, added, changed, or two letters swapped) from exactly one form, starts with the same letter and is
long enough that such a near miss is not another word ("Iraq" / "Iran" never are)."""

from __future__ import annotations

from collections.abc import Iterable

#: Shorter words are too close to each other ("Oman", "Omar"; "Mali", "Bali") to guess a typo.
MIN_LENGTH = 6


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletes(long)


class OneEditIndex:
    """Forms indexed (case-folded) by their one-letter deletions: the one form a typo stands for, found in a few
    dictionary probes rather than by comparing the typo with every form."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(forms)
        self._by_key: dict[str, set[str]] = {}
        for form in self.forms:
            folded = form.lower()
            for key in {folded, *_deletes(folded)}:
                self._by_key.setdefault(key, set()).add(form)

    def nearest(self, word: str) -> str | None:
        """The one form ``word`` is one edit from and shares its first letter with (any case), or None."""
        folded = word.lower()
        near: set[str] = set()
        for key in {folded, *_deletes(folded)}:
            near |= self._by_key.get(key, set())
        found = {f for f in near if f[:1].lower() == folded[:1] and one_edit_apart(f.lower(), folded)}
        return found.pop() if len(found) == 1 else None


class SpellingIndex:
    """Capitalised single-word forms (country names, peoples), for finding the form a typo stands for."""

    def __init__(self, forms: Iterable[str]) -> None:
        self._index = OneEditIndex(f for f in forms if len(f) >= MIN_LENGTH - 1 and f.isalpha() and f[0].isupper())

    def correct(self, word: str) -> str | None:
        """The one form ``word`` is a typo of, or None (a known form, no near form, or several)."""
        if len(word) < MIN_LENGTH or not word.isalpha() or not word[0].isupper() or word in self._index.forms:
            return None
        return self._index.nearest(word)


#: Common words are corrected only when this long: a one-edit neighbour of a long sector word is rarely
#: another English word ("peackeepers", "goverment", "Commision"), of a short one often is ("lenders").
MIN_WORD_LENGTH = 8


class WordIndex:
    """Lower-case single words (sector words, organisation keywords), for reading a typo in news copy as the one
    long word it is one edit from ("peackeepers": peacekeepers)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._index = OneEditIndex(w for w in words if len(w) >= MIN_WORD_LENGTH - 1 and w.isalpha() and w.islower())
        self._seen: dict[str, str | None] = {}  # news repeats its words: each is looked up once

    def correct(self, word: str) -> str | None:
        """The one indexed word ``word`` (any case) is a typo of, or None (a known word, no near word, or several)."""
        lowered = word.lower()
        if len(lowered) < MIN_WORD_LENGTH or not lowered.isalpha() or lowered in self._index.forms:
            return None
        if lowered in self._seen:
            return self._seen[lowered]
        result = self._index.nearest(lowered)
        if len(self._seen) < 100_000:
            self._seen[lowered] = result
        return result
