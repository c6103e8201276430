"""Tests of the GeoWebNews / LGL place scorer (readers, distances, span matching, smoke run)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from eventwire.eval import places as places_eval
from eventwire.eval.places import (
    GoldArticle,
    GoldToponym,
    SystemPlace,
    data_available,
    feed_homes,
    gazetteer_name,
    haversine_km,
    homed_places,
    in_split,
    is_gold_place,
    lowercased,
    lowercased_article,
    match_spans,
    read_geowebnews,
    read_lgl,
    resolution_metrics,
    score,
    score_articles,
    span_prf,
    split_of,
)
from eventwire.geo import Home
from eventwire.model import Article, ArticleResult, Place, Provenance


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.6),  # London - Paris
        ((40.7128, -74.0060), (34.0522, -118.2437), 3935.7),  # New York - Los Angeles
        ((-33.8688, 151.2093), (51.5074, -0.1278), 16993.9),  # Sydney - London
        ((0.0, 0.0), (0.0, 1.0), 111.2),  # one degree of longitude on the equator
        ((0.0, 0.0), (0.0, 180.0), 20015.1),  # antipodes
        ((90.0, 0.0), (-90.0, 0.0), 20015.1),  # pole to pole
        ((35.0, 139.0), (35.0, 139.0), 0.0),
        ((10.0, 179.5), (10.0, -179.5), 109.5),  # across the date line
    ],
)
def test_haversine_known_distances(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, rel=2e-3, abs=0.2)
    assert haversine_km(*a, *b) == pytest.approx(haversine_km(*b, *a))


def test_match_spans_one_to_one_largest_overlap_first() -> None:
    gold = [(0, 10), (20, 30), (40, 45)]
    system = [(5, 12), (0, 3), (22, 28), (50, 60)]
    assert match_spans(gold, system) == [(0, 0), (1, 2)]  # (0, 3) loses to the larger overlap
    assert match_spans([(0, 5)], [(5, 9)]) == []  # touching is not overlapping
    assert match_spans([], [(0, 1)]) == []


def test_span_prf_on_hand_made_lists() -> None:
    prf = span_prf([(0, 10), (20, 30), (40, 45)], [(5, 12), (0, 3), (22, 28), (50, 60)])
    assert prf["precision"] == 0.5  # 2 of 4 system spans matched
    assert prf["recall"] == pytest.approx(0.6667, abs=1e-4)  # 2 of 3 gold spans
    assert prf["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), abs=1e-4)
    assert span_prf([(0, 4)], [(0, 4)]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert span_prf([], []) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert span_prf([(0, 4)], [])["recall"] == 0.0


def test_resolution_metrics_counts_unresolved_as_misses() -> None:
    m = resolution_metrics([0.0, 100.0, 500.0, None])
    assert m["items"] == 4 and m["resolved"] == 3
    assert m["acc161"] == 0.5 and m["acc161_resolved"] == pytest.approx(0.6667, abs=1e-4)
    assert m["mean_km"] == pytest.approx(200.0) and m["median_km"] == 100.0
    assert m["auc"] == pytest.approx(
        (0 + math.log1p(100) + math.log1p(500) + math.log1p(20039)) / 4 / math.log1p(20039), abs=1e-4
    )
    assert resolution_metrics([])["items"] == 0


GWN_SAMPLE = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title><link>l</link>
    <text>Syrian refugees fled Aleppo for Turkey, Ankara said.</text>
    <toponyms>
      <toponym><extractedName>Syrian</extractedName><normalisedName>Syria</normalisedName>
        <type>Non_Literal_Modifier</type><modifierType>Adjective</modifierType><nonLocational>No</nonLocational>
        <start>0</start><end>6</end><geonamesID>163843</geonamesID><latitude>35.0</latitude><longitude>38.0</longitude>
      </toponym>
      <toponym><extractedName>refugees</extractedName><normalisedName/><type>Non_Lit_Expression</type>
        <modifierType/><nonLocational>Yes</nonLocational><start>7</start><end>15</end></toponym>
      <toponym><extractedName>Aleppo</extractedName><normalisedName/><type>Literal</type><modifierType/>
        <nonLocational>No</nonLocational><start>21</start><end>27</end><geonamesID>170063</geonamesID>
        <latitude>36.20124</latitude><longitude>37.16117</longitude></toponym>
      <toponym><extractedName>Turkey</extractedName><normalisedName/><type>Literal</type><modifierType/>
        <nonLocational>No</nonLocational><start>32</start><end>38</end><geonamesID>298795</geonamesID>
        <latitude>39.0</latitude><longitude>35.0</longitude></toponym>
      <toponym><extractedName>Ankara</extractedName><normalisedName/><type>Metonymic</type><modifierType/>
        <nonLocational>No</nonLocational><start>40</start><end>46</end><geonamesID>323786</geonamesID>
        <latitude>39.91987</latitude><longitude>32.85427</longitude></toponym>
      <toponym><extractedName>Ankara</extractedName><normalisedName/><type>Literal</type><modifierType/>
        <nonLocational>No</nonLocational><start>-9</start><end>-3</end></toponym>
    </toponyms>
  </article>
</articles>
"""

LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="42">
    <feedid>1</feedid><title>t</title><domain>d</domain><url>u</url><dltime>2009-03-20</dltime>
    <text><![CDATA[Paris police & Lamar County deputies met at Main St. Russians]]></text>
    <toponyms count="4">
      <toponym><start>0</start><end>5</end><phrase>Paris</phrase>
        <gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>33.66094</lat><lon>-95.55551</lon><country geonameid="6252001">United States</country>
          <admin1 geonameid="4736286">Texas</admin1></gaztag></toponym>
      <toponym><start>15</start><end>27</end><phrase>Lamar County</phrase>
        <gaztag geonameid="4705086"><name>Lamar County</name><fclass>A</fclass><fcode>ADM2</fcode>
          <lat>33.66</lat><lon>-95.57</lon></gaztag></toponym>
      <toponym><start>44</start><end>51</end><phrase>Main St</phrase></toponym>
      <toponym><start>53</start><end>61</end><phrase>Russians</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_read_geowebnews_sample(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(GWN_SAMPLE, encoding="utf-8")
    [article] = list(read_geowebnews(tmp_path))
    assert article.id == "gwn-7" and article.dropped == 1  # the negative offsets
    assert [(t.text, t.type) for t in article.toponyms][:3] == [
        ("Syrian", "Non_Literal_Modifier"),
        ("refugees", "Non_Lit_Expression"),
        ("Aleppo", "Literal"),
    ]
    for t in article.toponyms:
        assert article.text[t.start : t.end] == t.text
    aleppo = article.toponyms[2]
    assert (aleppo.lat, aleppo.lon) == (36.20124, 37.16117)
    assert article.toponyms[1].lat is None and not article.toponyms[1].has_coords
    gold = [t.text for t in article.toponyms if is_gold_place(t)]
    assert gold == ["Aleppo", "Turkey", "Ankara"]  # not the adjective, not the expression


def test_read_lgl_sample(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_SAMPLE, encoding="utf-8")
    [article] = list(read_lgl(path))
    assert article.id == "lgl-42" and article.dropped == 0
    assert article.text.startswith("Paris police & Lamar")  # CDATA kept verbatim
    assert [(t.text, t.type, t.has_coords) for t in article.toponyms] == [
        ("Paris", "toponym", True),
        ("Lamar County", "toponym", True),
        ("Main St", "toponym", False),
        ("Russians", "Adjective", False),  # a demonym: left out of the gold as in GeoWebNews
    ]
    assert article.toponyms[0].lat == pytest.approx(33.66094)
    assert [t.text for t in article.toponyms if is_gold_place(t)] == ["Paris", "Lamar County", "Main St"]


@pytest.mark.parametrize("article_id", ["gwn-1", "gwn-200", "lgl-38543581", "lgl-44289401", ""])
def test_split_is_fixed_by_the_id_alone(article_id: str) -> None:
    assert split_of(article_id) in ("dev", "test")
    assert split_of(article_id) == split_of(str(article_id))


def test_split_halves_partition_the_articles() -> None:
    articles = [GoldArticle(f"gwn-{i}", "") for i in range(200)]
    dev, test = in_split(articles, "dev"), in_split(articles, "test")
    assert len(dev) + len(test) == 200 and not {a.id for a in dev} & {a.id for a in test}
    assert 60 < len(dev) < 140  # about half each
    assert in_split(articles, "all") == articles
    with pytest.raises(ValueError, match="unknown split"):
        in_split(articles, "train")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riots in Modasa, Gujarat", "riots in modasa, gujarat"),
        ("Zürich and SÃO PAULO", "zürich and são paulo"),
        # a capital whose lower case is two characters long stays, so offsets hold
        ("İstanbul and Izmir", "İstanbul and izmir"),
    ],
)
def test_lowercased_keeps_every_offset(text: str, expected: str) -> None:
    assert lowercased(text) == expected and len(lowercased(text)) == len(text)


def test_a_lowercased_article_keeps_its_gold() -> None:
    gold = GoldToponym(10, 16, "Modasa", "Literal", 23.46, 73.3)
    article = GoldArticle("gwn-1", "Riots in  Modasa.", [gold])
    lowered = lowercased_article(article)
    assert lowered.text == "riots in  modasa." and lowered.toponyms == [gold] and article.text.startswith("Riots")


def test_gazetteer_name_strips_article_and_possessive() -> None:
    assert gazetteer_name("the Gulf's") == "Gulf"
    assert gazetteer_name("Russia’s") == "Russia"
    assert gazetteer_name("Aleppo") == "Aleppo"
    assert gazetteer_name("North Texas") == "Texas"  # a direction the gazetteer lacks is dropped
    assert gazetteer_name("North Korea") == "North Korea"


def test_score_articles_with_fixed_system_output() -> None:
    text = "Paris police met in Texas."
    article = GoldArticle(
        "a",
        text,
        [
            GoldToponym(0, 5, "Paris", "toponym", 33.66094, -95.55551),
            GoldToponym(20, 25, "Texas", "toponym", 31.25, -99.25),
        ],
    )
    system = [
        SystemPlace(0, 5, "Paris", "FRA", 48.85341, 2.3488),  # wrong Paris
        SystemPlace(20, 25, "Texas", "USA", 31.25, -99.25),
        SystemPlace(9, 15, "police", None, None, None),  # spurious, unresolved
    ]
    report = score_articles([article], [system])
    assert report["recognition"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert report["end_to_end"]["items"] == 2 and report["end_to_end"]["acc161"] == 0.5
    # The most populous "Paris" is the French one: the baseline misses it too, on the same items.
    assert report["end_to_end_most_populous"]["items"] == 2
    assert report["end_to_end_most_populous"]["acc161"] == 0.5 and report["end_to_end_gain"] == 0.0
    spans = report["gold_spans"]
    assert spans["resolve"]["items"] == spans["most_populous"]["items"] == 2
    # Ranking can only be as good as the best candidate on the same items.
    assert spans["most_populous"]["acc161"] <= spans["best_candidate"]["acc161"]
    assert report["unmatched_system_on"] == {"(not annotated)": 1}


@pytest.mark.parametrize(
    ("options", "split"),
    [
        pytest.param([], "dev", id="a bare run scores the dev half only"),
        pytest.param(["--split", "all"], "all", id="both halves when asked"),
        pytest.param(["--split", "test"], "test", id="the held-out half when asked"),
    ],
)
def test_the_cli_scores_the_dev_half_unless_told(
    monkeypatch: pytest.MonkeyPatch, options: list[str], split: str
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(places_eval, "data_available", lambda name, root=None: True)
    # Records the split the CLI asks for; no gold data is read.
    monkeypatch.setattr(places_eval, "score", lambda name, limit, **kwargs: asked.append(kwargs["split"]) or {})
    assert places_eval.main(["lgl", *options]) == 0
    assert asked == [split]


def test_rejected_article_counts_gold_as_missed() -> None:
    article = GoldArticle("a", "In Paris.", [GoldToponym(3, 8, "Paris", "toponym", 48.85, 2.35)])
    report = score_articles([article], [None])
    assert report["rejected"] == 1 and report["recognition"]["recall"] == 0.0


@pytest.mark.slow
@pytest.mark.skipif(not data_available("geowebnews"), reason="GeoWebNews gold data not available")
def test_real_geowebnews_smoke() -> None:
    report = score("geowebnews", limit=5, workers=1)
    assert report["docs"] == 5 and report["gold"] > 0
    assert 0.0 <= report["recognition"]["f1"] <= 1.0
    assert report["gold_spans"]["resolve"]["items"] == report["gold_spans"]["most_populous"]["items"]


def _result(article: GoldArticle, places: list[tuple[str, int]]) -> ArticleResult:
    """A pipeline result whose places are (name, geonameid) at the first mention of each name."""
    found = []
    for name, geonameid in places:
        at = article.text.index(name)
        found.append(Place(at, at + len(name), name, name, None, None, None, "city", "literal", PROV, geonameid))
    return ArticleResult(article=Article(id=article.id, text=article.text), places=found)


PROV = Provenance("geo", "t", 0.85)


def test_a_feeds_home_comes_from_the_systems_places_and_rereads_the_ambiguous_ones() -> None:
    # Three articles of one Georgia paper: Atlanta and Athens, Georgia read the third's "Athens" as theirs.
    texts = ["Police in Atlanta said.", "Athens and Atlanta officials met.", "The Athens City Council met."]
    articles = [GoldArticle(f"a{i}", t, source="onlineathens.com") for i, t in enumerate(texts)]
    results: list[ArticleResult | None] = [
        _result(articles[0], [("Atlanta", 4180439)]),
        _result(articles[1], [("Athens", 4180386), ("Atlanta", 4180439)]),
        _result(articles[2], [("Athens", 264371)]),  # read as Greece without a home
    ]
    homes = feed_homes(articles, results)
    assert homes == {"onlineathens.com": Home("USA", "US.GA")}
    reread = homed_places(articles, results, homes)
    assert reread[2] is not None and [p.country for p in reread[2]] == ["USA"]
    # An article with no feed, or a rejected one, keeps what it had.
    assert homed_places([GoldArticle("b", "x")], [None], homes) == [None]
