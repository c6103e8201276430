"""Duplicate articles: exact copies and near-duplicates (wire copies, updated versions, rewrites).

Each article becomes the set of its word 5-shingles (case-folded word tokens, so spacing,
punctuation and case do not matter) and a MinHash signature of that set. A new article is
compared with every stored one through LSH banding (candidates share one band of the
signature), then each candidate is verified with the signatures' estimates:

- **exact**: the normalised token sequence hashes the same;
- **near**: estimated Jaccard similarity >= ``jaccard`` (updated versions, changed headline or
  lead, shuffled paragraphs), or the smaller text is estimated to lie >= ``containment``
  inside the larger (truncated copies, a wire story with paragraphs added).

Duplicates are never dropped: the newer article is stored as usual and linked to the
earlier one in the ``duplicates`` table (kind, similarity, containment). Signatures are
stored too, so the index is rebuilt from the store in one read.

MinHash is computed here with numpy rather than with datasketch: datasketch needs scipy (only
to choose LSH bands), and the scheme is 30 lines; ``SCHEME`` names the parameters so stored
signatures of another scheme are recomputed, never compared.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from eventwire.store.sqlite import Store

SHINGLE_WORDS = 5
NUM_PERM = 120
BANDS = 40  # 40 bands of 3 rows: a pair with Jaccard 0.4 becomes a candidate 93% of the time, 0.5 99.5%
SCHEME = f"minhash-w{SHINGLE_WORDS}-p{NUM_PERM}-b{BANDS}-v1"

_MERSENNE = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20160601)  # fixed seed: signatures must be comparable across runs
# a < 2**29 and shingle hashes < 2**32 keep a * x + b below 2**61 + 2**29, under twice the prime: no uint64
# overflow, and one subtraction reduces it modulo the prime.
_A = _rng.randint(1, 1 << 29, size=NUM_PERM).astype(np.uint64)
_B = _rng.randint(0, 1 << 29, size=NUM_PERM).astype(np.uint64)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DedupConfig:
    """When two articles count as near-duplicates (thresholds measured in eval/dedup.py)."""

    jaccard: float = 0.4
    containment: float = 0.75
    min_shingles: int = 20  # shorter texts are only matched exactly: a few shingles prove nothing


@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of an article: a hash of its normalised words, its size and its signature."""

    text_hash: str
    shingles: int
    signature: np.ndarray[Any, np.dtype[np.uint32]]

    def encoded(self) -> str:
        return base64.b64encode(self.signature.astype("<u4").tobytes()).decode("ascii")

    @staticmethod
    def decode(text_hash: str, shingles: int, encoded: str) -> Fingerprint:
        signature = np.frombuffer(base64.b64decode(encoded), dtype="<u4").astype(np.uint32)
        if signature.shape != (NUM_PERM,):
            raise ValueError(f"stored signature has {signature.size} values, scheme {SCHEME} needs {NUM_PERM}")
        return Fingerprint(text_hash, shingles, signature)


@dataclass(frozen=True)
class Duplicate:
    """An article found to duplicate an earlier one."""

    article_id: str
    duplicate_of: str
    kind: str  # exact | near
    similarity: float  # estimated Jaccard similarity of the shingle sets (1.0 for exact)
    containment: float  # estimated share of the smaller article's shingles found in the larger


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingle_hashes(tokens: list[str]) -> np.ndarray[Any, np.dtype[np.uint64]]:
    width = min(SHINGLE_WORDS, len(tokens))
    # Each shingle is ``width`` consecutive tokens: zip the shifted lists rather than slice per position.
    shingles = set(map(" ".join, zip(*(tokens[i:] for i in range(width)), strict=False))) if tokens else set()
    # The 4-byte digests read as little-endian words in one pass, not one int at a time.
    digests = b"".join([_digest(s.encode()) for s in shingles])
    return np.frombuffer(digests, dtype="<u4").astype(np.uint64)


_BLAKE2B_4 = hashlib.blake2b(digest_size=4)


def _digest(data: bytes) -> bytes:
    """blake2b(data, digest_size=4): copying a ready hasher is cheaper than parsing the options per shingle."""
    hasher = _BLAKE2B_4.copy()
    hasher.update(data)
    return hasher.digest()


def fingerprint(text: str) -> Fingerprint:
    """The normalised-text hash, shingle count and MinHash signature of ``text``."""
    tokens = words(text)
    text_hash = hashlib.sha1(" ".join(tokens).encode("utf-8", "surrogatepass")).hexdigest()
    hashes = _shingle_hashes(tokens)
    if hashes.size == 0:
        return Fingerprint(text_hash, 0, np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32))
    return Fingerprint(text_hash, int(hashes.size), _min_hashes(hashes))


def _min_hashes(hashes: np.ndarray[Any, np.dtype[np.uint64]]) -> np.ndarray[Any, np.dtype[np.uint32]]:
    """min over shingles of ((a x + b) mod (2^61 - 1)) & 0xFFFFFFFF, for every permutation (a, b)."""
    permuted = hashes[:, None] * _A[None, :]
    permuted += _B[None, :]
    # a x + b < 2 (2^61 - 1) (see _A): one conditional subtraction is the modulo, without numpy's slow division.
    np.subtract(permuted, _MERSENNE, out=permuted, where=permuted >= _MERSENNE)
    permuted &= _MASK32
    return permuted.min(axis=0).astype(np.uint32)  # type: ignore[no-any-return]


def estimate(a: Fingerprint, b: Fingerprint) -> tuple[float, float]:
    """Estimated (Jaccard similarity, containment of the smaller set in the larger)."""
    jaccard = float(np.mean(a.signature == b.signature))
    smaller = min(a.shingles, b.shingles)
    if smaller == 0:
        return jaccard, 0.0
    # |A and B| = J (|A| + |B|) / (1 + J)
    shared = jaccard * (a.shingles + b.shingles) / (1.0 + jaccard)
    return jaccard, min(1.0, shared / smaller)


class DedupIndex:
    """The fingerprints of stored articles, banded for LSH lookups; add articles in storing order."""

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()
        self._prints: dict[str, Fingerprint] = {}
        self._exact: dict[str, str] = {}
        self._bands: list[defaultdict[bytes, list[str]]] = [defaultdict(list) for _ in range(BANDS)]

    def __len__(self) -> int:
        return len(self._prints)

    def add(self, article_id: str, print_: Fingerprint) -> None:
        if article_id in self._prints:
            self.remove(article_id)
        self._prints[article_id] = print_
        self._exact.setdefault(print_.text_hash, article_id)
        for band, key in zip(self._bands, _band_keys(print_), strict=True):
            band[key].append(article_id)

    def remove(self, article_id: str) -> None:
        old = self._prints.pop(article_id, None)
        if old is None:
            return
        if self._exact.get(old.text_hash) == article_id:
            del self._exact[old.text_hash]
        for band, key in zip(self._bands, _band_keys(old), strict=True):
            band[key] = [other for other in band[key] if other != article_id]

    def match(self, article_id: str, print_: Fingerprint) -> Duplicate | None:
        """The stored article that ``print_`` duplicates best, if any (itself excluded)."""
        exact = self._exact.get(print_.text_hash)
        if exact is not None and exact != article_id:
            return Duplicate(article_id, exact, "exact", 1.0, 1.0)
        if print_.shingles < self.config.min_shingles:
            return None
        best: Duplicate | None = None
        for other in self._candidates(print_):
            if other == article_id:
                continue
            found = self._verify(article_id, other, print_)
            if found is not None and (best is None or _stronger(found, best)):
                best = found
        return best

    def _candidates(self, print_: Fingerprint) -> list[str]:
        seen: dict[str, None] = {}
        for band, key in zip(self._bands, _band_keys(print_), strict=True):
            seen.update(dict.fromkeys(band.get(key, ())))
        return list(seen)

    def _verify(self, article_id: str, other: str, print_: Fingerprint) -> Duplicate | None:
        stored = self._prints[other]
        if stored.shingles < self.config.min_shingles:
            return None
        jaccard, containment = estimate(print_, stored)
        if jaccard >= self.config.jaccard or containment >= self.config.containment:
            return Duplicate(article_id, other, "near", round(jaccard, 4), round(containment, 4))
        return None


def _band_keys(print_: Fingerprint) -> list[bytes]:
    rows = NUM_PERM // BANDS
    raw = print_.signature.astype("<u4").tobytes()
    width = rows * 4
    return [raw[i * width : (i + 1) * width] for i in range(BANDS)]


def _stronger(a: Duplicate, b: Duplicate) -> bool:
    return (a.similarity, a.containment) > (b.similarity, b.containment)


# -- the store side ----------------------------------------------------------------------


def load_index(store: Store, config: DedupConfig | None = None) -> DedupIndex:
    """The index of every article in ``store``, once any stored without a signature is signed and checked."""
    return _caught_up(store, config)[0]


def check_article(store: Store, index: DedupIndex, article_id: str, text: str) -> Duplicate | None:
    """Compare a just-stored article with the index, store its signature and link, and index it."""
    print_ = fingerprint(text)
    index.remove(article_id)  # a re-stored article must not match its own older text
    found = index.match(article_id, print_)
    store.save_signature(article_id, SCHEME, print_.text_hash, print_.shingles, print_.encoded())
    if found is not None:
        store.save_duplicate(found.article_id, found.duplicate_of, found.kind, found.similarity, found.containment)
    index.add(article_id, print_)
    return found


def dedup_store(store: Store, config: DedupConfig | None = None) -> list[Duplicate]:
    """Sign and check every stored article that has no signature yet; returns the new links."""
    return _caught_up(store, config)[1]


def _caught_up(store: Store, config: DedupConfig | None) -> tuple[DedupIndex, list[Duplicate]]:
    """The signed articles as an index (one read, no text re-hashed), after signing the unsigned ones:
    stored before duplicate detection existed, or by a run killed between an article's save and its check."""
    index = DedupIndex(config)
    for row in store.signatures(SCHEME):
        index.add(row["article_id"], Fingerprint.decode(row["text_hash"], row["shingles"], row["signature"]))
    found: list[Duplicate] = []
    while page := store.unsigned_articles(SCHEME):
        found += _check_all(store, index, ((row["id"], row["text"]) for row in page))
    return index, found


def _check_all(store: Store, index: DedupIndex, articles: Iterable[tuple[str, str]]) -> list[Duplicate]:
    found = (check_article(store, index, article_id, text) for article_id, text in articles)
    return [link for link in found if link is not None]
