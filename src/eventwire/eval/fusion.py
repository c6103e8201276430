"""Event fusion measured on hand-labelled real-world events, and the cost of dedup + fusion.

The articles are IndiaPoliceEvents reports (Times of India, March 2002) on the Gujarat riots
whose URL names Ahmedabad, Vadodara, Baroda or Gujarat, many on the same incidents; their
text is read from ``events/india_police_events`` at run time. Six sets, labelled by hand in
``eval/labels/``: for every event mention eventwire extracted from them (types other than
REQUEST and ACCUSE), the real-world event it reports, by article and trigger offsets.

- ``dev``: 1-6 March 2002, 88 articles, 78 real events (labelled on eventwire 0.1.0, plus the
  mentions new in 0.3.0); the fusion rule was set on it.
- ``test``: 7-16 March 2002, 89 articles, 67 real events, never used to set the rule: 7-10 March
  (40 articles) labelled on eventwire 0.1.0 plus the mentions new in 0.3.0, 11-16 March (49
  articles) labelled on 0.3.0, each before looking at fusion output for those days. Event names
  are shared across the two files, which are scored together.
- ``late``: 17-22 March 2002, 54 articles (48 with a mention), 203 mentions, 70 real events
  (``eval/labels/fusion_ipe_gujarat_late.tsv``), labelled on 0.15.0-dev before any fusion output
  for those days was seen; first used to check fusion-v12, then development (fusion-v13 on). Scored on its own (a
  few background events keep the dev file's names: ``godhra-train-burning``).
- ``late2``: 23-25 March 2002, 57 articles (42 with a mention), 150 mentions at 148 triggers,
  63 real events (``eval/labels/fusion_ipe_gujarat_late2.tsv``), labelled on 0.15.0-dev before
  any fusion output for those days was seen; held out: first used to check fusion rounds
  developed on the ``late`` set (17-22 March); a development set since 0.18.0, when its figures (with
  polnear-test's) turned ``past_date_joins_in_article`` off. Scored on its own (background events keep the
  earlier files' names: ``godhra-train-burning``, ``modi-takes-office``).
- ``late3`` and ``late4``: 26-31 March 2002, 52 articles (45 with a mention), 252 mentions, labelled as
  one file on 0.16.0-dev before any fusion output for those days was seen, then split by day after one
  aggregate run of ``fusion-v14`` (30.7% duplicated, 9.6% wrongly merged): ``late3`` (26-28 March, 29
  articles, 52 real events, ``eval/labels/fusion_ipe_gujarat_late3.tsv``) is a development set, ``late4``
  (29-31 March, 23 articles, 46 real events, 14 of them told by several articles,
  ``eval/labels/fusion_ipe_gujarat_late4.tsv``) was held out until 0.19.0, when its figures turned
  ``role_in_other_sentence`` off; a development set since (``late2`` too, since 0.18.0). Each scored on its own.

Two IndiaPoliceEvents sets on other topics, each read by its own URL filter (``FusionSet.places``):

- ``lucknow``: the articles whose URL holds ``/city/lucknow/``, 10-16 March 2002 (the VHP's shila
  daan at Ayodhya on 15 March, President's rule in Uttar Pradesh), 54 articles (42 with a mention),
  151 mentions, 62 real events (``eval/labels/fusion_ipe_lucknow.tsv``), a topic no fusion rule was
  set on: labelled on 0.17.0-dev before any fusion output for those articles was seen; held out.
  One of its articles (ipe-559, 10 March) has "gujarat" in its URL too, so ``test`` reads it as well.
- ``mumbai``: the articles whose URL holds ``/city/mumbai/``, 1-31 March 2002 (the city in the month after
  Godhra: the VHP's bandh, arrests of Ayodhya-bound kar sevaks, the precautions before 15 March, the
  legislature's budget session, and unrelated city news), 62 articles (58 with a mention), 212 mentions at 211
  triggers, 72 real events (``eval/labels/fusion_ipe_mumbai.tsv``), labelled on 0.19.0-dev before any fusion
  output for those articles was seen; held out. Five of its articles have a Gujarat place in their URL too, so
  ``test`` (ipe-150, ipe-514, ipe-949), ``late3`` (ipe-894) and ``late4`` (ipe-1000) read them as well.

A second, normally cased corpus (``--set polnear-dev|polnear-test|polnear-june``): PolNeAR (``quotes/polnear``,
2016 US campaign news by seven publishers), split by date, every mention of every type labelled
by hand on 0.10.0-dev's extraction (``polnear-june``: 0.15.0-dev's) before any fusion output for the
articles was seen (``eval/labels/fusion_polnear_*.tsv``; how they were built: ``eval/labels/README.md``).

- ``polnear-dev``: PolNeAR train, 27-29 July 2016 (the Democratic convention), 19 articles,
  150 mentions, 63 real events.
- ``polnear-test``: PolNeAR dev, 25-28 September 2016 (the first debate, the Charlotte
  protests), 19 articles, 129 mentions, 63 real events; held out until 0.18.0, when its figures (with late2's)
  turned ``past_date_joins_in_article`` off: a development set since.
- ``polnear-june``: PolNeAR train, 7-9 June 2016 (the last primaries, Trump's remarks on Judge
  Curiel), 20 articles, 189 mentions, 59 real events; first used to check fusion-v12, then development
  (fusion-v13 on).

A label matches an extracted mention of the same article whose trigger overlaps the labelled
offsets, so a trigger that moved a little since labelling still matches; the report says how many
labelled mentions were found (the labels' coverage).

The articles go through the whole path of ``eventwire run``: the pipeline, the store, duplicate
detection, fusion. Each fused event is reduced to its labelled mentions (fused events with none
are left out; 'x' mentions report no real event and are ignored). Then:

- **duplicated**: for each real event, the fused events it is spread over beyond the first,
  as a share of the fused events (``fused - real events``, if nothing is wrongly merged);
- **wrongly merged**: fused events holding mentions of more than one real event, as a share.

Two reference points are printed with it: no fusion (every mention its own event) and GDELT's
rule (merge only mentions whose type, actor codes, date and place are all identical).

    python -m eventwire.eval.fusion [--set SET]

SET: dev, test, late, late2, late3, late4, lucknow, mumbai, polnear-dev, polnear-test or polnear-june.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from eventwire.eval import eval_root

_LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"
_PLACES = ("ahmedabad", "vadodara", "baroda", "gujarat")


@dataclass(frozen=True)
class FusionSet:
    """One labelled set: its corpus, labels files (scored together) and the publication days of its articles."""

    corpus: str  # "ipe" (IndiaPoliceEvents) or "polnear"
    labels: tuple[Path, ...]
    first_day: str
    last_day: str
    compartment: str = ""  # PolNeAR's own split the articles are read from
    places: tuple[str, ...] = _PLACES  # IPE: an article is taken when its URL holds one of these
    region: str = "Gujarat"  # IPE: what those places are, for the title

    @property
    def title(self) -> str:
        name = f"IndiaPoliceEvents {self.region}" if self.corpus == "ipe" else f"PolNeAR {self.compartment}"
        return f"{name} {self.first_day}..{self.last_day}"


SETS: dict[str, FusionSet] = {
    "dev": FusionSet("ipe", (_LABELS / "fusion_ipe_gujarat_dev.tsv",), "2002-03-01", "2002-03-06"),
    "test": FusionSet(
        "ipe",
        (_LABELS / "fusion_ipe_gujarat_test.tsv", _LABELS / "fusion_ipe_gujarat_test_0311.tsv"),
        "2002-03-07",
        "2002-03-16",
    ),
    "late": FusionSet("ipe", (_LABELS / "fusion_ipe_gujarat_late.tsv",), "2002-03-17", "2002-03-22"),
    "late2": FusionSet("ipe", (_LABELS / "fusion_ipe_gujarat_late2.tsv",), "2002-03-23", "2002-03-25"),
    "late3": FusionSet("ipe", (_LABELS / "fusion_ipe_gujarat_late3.tsv",), "2002-03-26", "2002-03-28"),
    "late4": FusionSet("ipe", (_LABELS / "fusion_ipe_gujarat_late4.tsv",), "2002-03-29", "2002-03-31"),
    "lucknow": FusionSet(
        "ipe",
        (_LABELS / "fusion_ipe_lucknow.tsv",),
        "2002-03-10",
        "2002-03-16",
        places=("/city/lucknow/",),
        region="Lucknow",
    ),
    "mumbai": FusionSet(
        "ipe",
        (_LABELS / "fusion_ipe_mumbai.tsv",),
        "2002-03-01",
        "2002-03-31",
        places=("/city/mumbai/",),
        region="Mumbai",
    ),
    "polnear-dev": FusionSet("polnear", (_LABELS / "fusion_polnear_dev.tsv",), "2016-07-27", "2016-07-29", "train"),
    "polnear-test": FusionSet("polnear", (_LABELS / "fusion_polnear_test.tsv",), "2016-09-25", "2016-09-28", "dev"),
    "polnear-june": FusionSet("polnear", (_LABELS / "fusion_polnear_june.tsv",), "2016-06-07", "2016-06-09", "train"),
}


@dataclass(frozen=True)
class Label:
    article_id: str
    start: int
    end: int
    event: str  # the real-world event, or "x" for a mention that reports none


def ipe_dir() -> Path:
    return eval_root() / "events" / "india_police_events"


def read_labels(*paths: Path) -> list[Label]:
    """The labels of one or more files, in order (comment lines and the header row skipped)."""
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    labels = []
    for line in lines:
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 5 or cells[0] == "article_id":
            continue
        labels.append(Label(cells[0], int(cells[1]), int(cells[2]), cells[4]))
    return labels


def select_articles(first_day: str, last_day: str, places: tuple[str, ...] = _PLACES) -> list[Any]:
    """The articles of a set (id ``ipe-<doc_id>``), read the way a user's JSONL dump is: mojibake repaired.

    An article is taken when its URL (lowercased) holds one of ``places``: by default the Gujarat ones.
    """
    from eventwire.ingest.base import record_result
    from eventwire.model import Article

    articles = []
    for line in (ipe_dir() / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if not any(p in doc["url"].lower() for p in places) or not first_day <= doc["date"] <= last_day:
            continue
        fields = {"id": f"ipe-{doc['doc_id']}", "text": doc["full_text"], "date": doc["date"], "url": doc["url"]}
        result = record_result(f"ipe:{doc['doc_id']}", {**fields, "source": "timesofindia"}, None)
        if isinstance(result, Article):
            articles.append(result)
    return articles


def select_polnear_articles(compartment: str, first_day: str, last_day: str) -> list[Any]:
    """PolNeAR articles of one compartment published in the given days (id: the file name), with their publisher."""
    from eventwire.eval.dedup import load_originals
    from eventwire.ingest.base import record_result
    from eventwire.model import Article

    articles = []
    for original in load_originals(compartment):
        if not first_day <= original.date <= last_day:
            continue
        fields = {"id": original.id, "text": original.text, "date": original.date, "source": original.publisher}
        result = record_result(f"polnear:{original.id}", fields, None)
        if isinstance(result, Article):
            articles.append(result)
    return articles


def set_articles(chosen: FusionSet) -> list[Any]:
    """The articles a set's labels are on."""
    if chosen.corpus == "polnear":
        return select_polnear_articles(chosen.compartment, chosen.first_day, chosen.last_day)
    return select_articles(chosen.first_day, chosen.last_day, chosen.places)


def missing_corpus(chosen: FusionSet) -> Path | None:
    """The corpus folder a set needs when it is absent; None when it is there."""
    from eventwire.eval.dedup import polnear_dir

    needed = polnear_dir() / chosen.compartment if chosen.corpus == "polnear" else ipe_dir()
    return None if needed.is_dir() else needed


def labels_in_text(labels: Iterable[Label], articles: Iterable[Any]) -> list[Label]:
    """The labels, whose offsets are into the gold data's text, moved into each article's repaired text."""
    from eventwire.ingest.mojibake import repaired_offset, repairs_from_json

    repairs = {a.id: repairs_from_json(a.meta.get("repaired")) for a in articles}
    moved = []
    for label in labels:
        found = repairs.get(label.article_id)
        if found:
            label = replace(label, start=repaired_offset(found, label.start), end=repaired_offset(found, label.end))
        moved.append(label)
    return moved


# -- scoring ---------------------------------------------------------------------------------


def _label_of(labels: dict[str, list[Label]], article_id: str, start: Any, end: Any) -> Label | None:
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    found = [label for label in labels.get(article_id, ()) if label.start < end and start < label.end]
    exact = [label for label in found if (label.start, label.end) == (start, end)]
    return (exact or found)[0] if found else None


def score_groups(groups: Iterable[Sequence[tuple[str, Any, Any]]], labels: Sequence[Label]) -> dict[str, Any]:
    """Duplicated and wrongly merged shares, for groups of (article_id, trigger_start, trigger_end)."""
    by_article: dict[str, list[Label]] = defaultdict(list)
    for label in labels:
        by_article[label.article_id].append(label)
    outputs: list[set[str]] = []
    matched: set[Label] = set()
    for group in groups:
        events = set()
        for article_id, start, end in group:
            found = _label_of(by_article, article_id, start, end)
            if found is not None:
                matched.add(found)
                if found.event != "x":
                    events.add(found.event)
        if events:
            outputs.append(events)
    spread: dict[str, int] = defaultdict(int)
    for events in outputs:
        for event in events:
            spread[event] += 1
    duplicates = sum(n - 1 for n in spread.values())
    merged = sum(1 for events in outputs if len(events) > 1)
    real = {label.event for label in labels if label.event != "x"}
    return {
        "real_events": len(real),
        "labelled_mentions": sum(1 for label in labels if label.event != "x"),
        "mentions_found": sum(1 for label in matched if label.event != "x"),
        "fused_events": len(outputs),
        "duplicated": duplicates,
        "duplicated_share": duplicates / len(outputs) if outputs else 0.0,
        "wrongly_merged": merged,
        "wrongly_merged_share": merged / len(outputs) if outputs else 0.0,
    }


def _triples(mentions: Iterable[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    return [(m["article_id"], m.get("trigger_start"), m.get("trigger_end")) for m in mentions]


def gdelt_rule_groups(records: Sequence[dict[str, Any]]) -> list[list[tuple[str, Any, Any]]]:
    """Mentions merged only when every attribute is identical (GDELT's rule), for comparison."""
    groups: dict[tuple[Any, ...], list[tuple[str, Any, Any]]] = defaultdict(list)
    for record in records:
        for m in record["mentions"]:
            event_type = m.get("type") or record["type"]
            key = (event_type, m.get("source_code"), m.get("target_code"), m.get("date_value"), m.get("lat"))
            groups[key].append((m["article_id"], m.get("trigger_start"), m.get("trigger_end")))
    return list(groups.values())


# -- the run ---------------------------------------------------------------------------------


def run(articles: Sequence[Any], labels: Sequence[Label], config: Any = None) -> dict[str, Any]:
    """Pipeline -> store -> dedup -> fusion on ``articles``, timed, then scored against ``labels``."""
    from eventwire.dedup import check_article, load_index
    from eventwire.fusion import FusionConfig, fuse_store, query_fused
    from eventwire.model import ArticleResult
    from eventwire.pipeline import PIPELINE_VERSION, process
    from eventwire.serialize import result_to_dict
    from eventwire.store import open_store

    timings: dict[str, float] = {}
    started = time.perf_counter()
    results = [r for r in process(list(articles)) if isinstance(r, ArticleResult)]
    timings["pipeline_s"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "fusion-eval.db") as store:
        started = time.perf_counter()
        for result in results:
            store.save(result_to_dict(result), origin=None, pipeline_version=PIPELINE_VERSION)
        timings["store_s"] = time.perf_counter() - started
        started = time.perf_counter()
        index = load_index(store)
        duplicates = sum(check_article(store, index, r.article.id, r.article.text) is not None for r in results)
        timings["dedup_s"] = time.perf_counter() - started
        started = time.perf_counter()
        fused = fuse_store(store, config or FusionConfig())
        timings["fusion_s"] = time.perf_counter() - started
        records = query_fused(store)
    mentions = [m for r in records for m in r["mentions"]]
    report = {
        "articles": len(results),
        "duplicate_articles": duplicates,
        "mentions": fused.mentions,
        "events": fused.events,
        "fusion": score_groups((_triples(r["mentions"]) for r in records), labels),
        "no_fusion": score_groups(([t] for t in _triples(mentions)), labels),
        "gdelt_rule": score_groups(gdelt_rule_groups(records), labels),
        **{k: round(v, 3) for k, v in timings.items()},
    }
    total = sum(timings.values())
    report["dedup_fusion_share_of_total"] = (timings["dedup_s"] + timings["fusion_s"]) / total
    report["dedup_fusion_store_share_of_total"] = (
        timings["dedup_s"] + timings["fusion_s"] + timings["store_s"]
    ) / total
    return report


def _line(name: str, scores: dict[str, Any]) -> str:
    return (
        f"{name:<12} {scores['fused_events']:>4} events for {scores['real_events']} real"
        f"  duplicated {scores['duplicated']:>3} ({100 * scores['duplicated_share']:.1f}%)"
        f"  wrongly merged {scores['wrongly_merged']:>3} ({100 * scores['wrongly_merged_share']:.1f}%)"
    )


def main(argv: list[str] | None = None) -> int:
    from eventwire.fusion import FusionConfig

    parser = argparse.ArgumentParser(prog="eventwire eval fusion", description=__doc__.split("\n\n")[0])
    parser.add_argument("--window-days", type=int, default=FusionConfig.publication_window_days)
    parser.add_argument("--tolerance-days", type=int, default=FusionConfig.day_tolerance_days)
    parser.add_argument("--min-shared-actors", type=int, default=FusionConfig.min_shared_actors)
    parser.add_argument(
        "--verb-split-in-article",
        action="store_true",
        help="In one article, one agreeing role and two different verbs are two acts (FusionConfig option).",
    )
    parser.add_argument("--set", dest="which", choices=sorted(SETS), default="test")
    parser.add_argument("--json", action="store_true", help="Print the full report as JSON.")
    args = parser.parse_args(argv)
    chosen = SETS[args.which]
    missing = missing_corpus(chosen)
    if missing is not None:
        print(f"{missing} not found under {eval_root()}; set EVENTWIRE_EVAL")
        return 2
    config = replace(
        FusionConfig(args.window_days, args.tolerance_days, FusionConfig.max_distance_km, args.min_shared_actors),
        verb_split_in_article=args.verb_split_in_article,
    )
    articles = set_articles(chosen)
    report = run(articles, labels_in_text(read_labels(*chosen.labels), articles), config)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    found = report["fusion"]
    print(
        f"{chosen.title} ({args.which}): {report['articles']} articles "
        f"({report['duplicate_articles']} duplicates), {report['mentions']} mentions -> {report['events']} events; "
        f"{found['mentions_found']}/{found['labelled_mentions']} labelled mentions found"
    )
    for name in ("fusion", "gdelt_rule", "no_fusion"):
        print(_line(name, report[name]))
    share = 100 * report["dedup_fusion_share_of_total"]
    with_store = 100 * report["dedup_fusion_store_share_of_total"]
    print(f"time: pipeline {report['pipeline_s']:.1f} s, store {report['store_s']:.2f} s,", end="")
    print(f" dedup {report['dedup_s']:.2f} s, fusion {report['fusion_s']:.2f} s;", end="")
    print(f" dedup + fusion {share:.2f}% of the total ({with_store:.2f}% with storing)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
