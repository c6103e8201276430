"""Tests for the ingest readers: formats, headers, dates, ids and the bad-input matrix."""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from pathlib import Path

import pytest

from eventwire.ingest import RejectCode, article_id, detect_language, parse_date, read_inputs
from eventwire.ingest.html import HTML_MODES, HtmlMode
from eventwire.model import Article, Rejected
from eventwire.serialize import meta_to_dict

ENGLISH = (
    "US Secretary of State Antony Blinken on Thursday criticized North Korea's latest missile tests, "
    "describing them as profoundly destabilizing. He said the United States remained ready to talk "
    "with Pyongyang without preconditions, but that the new launches broke several UN resolutions."
)
FRENCH = (
    "Le gouvernement français a annoncé jeudi une nouvelle série de mesures pour soutenir les "
    "entreprises touchées par la crise énergétique. Le ministre de l'Économie a précisé que ces aides "
    "seraient versées dès le mois prochain et qu'elles concerneraient surtout les petites entreprises."
)
GERMAN = (
    "Die Bundesregierung hat am Donnerstag neue Maßnahmen zur Unterstützung der Unternehmen beschlossen, "
    "die besonders unter den hohen Energiepreisen leiden. Der Wirtschaftsminister sagte, die Hilfen "
    "sollten schon im nächsten Monat ausgezahlt werden und vor allem kleinen Betrieben zugutekommen."
)
ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Blinken criticizes missile tests</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-01-13T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Blinken criticizes missile tests</h1>
<p>{ENGLISH}</p><p>{ENGLISH}</p></article><footer>Copyright Example News</footer></body></html>
"""
EMPTY_HTML = (
    "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<footer>Copyright 2022</footer></body></html>"
)


def _read_one(path: Path, default_date: dt.date | None = None) -> Article | Rejected:
    results = list(read_inputs([path], default_date))
    assert len(results) == 1, results
    return results[0]


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


# --- the bad-input matrix: each row is one file and the rejection it must give ---

BAD_FILES: list[tuple[str, str, str | bytes, str, str]] = [
    ("empty file", "empty.txt", b"", RejectCode.EMPTY, "empty"),
    ("whitespace only", "blank.txt", b"  \n\t\n  ", RejectCode.EMPTY, "whitespace"),
    (
        "binary with NUL",
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "binary",
        "binary",
    ),
    ("control bytes", "ctrl.txt", bytes([1, 2, 3, 4, 5, 6, 14, 15]) * 100, RejectCode.BINARY, "binary"),
    (
        "invalid UTF-8",
        "latin1.txt",
        "Café au lait in Paris.".encode("latin-1"),
        RejectCode.BAD_ENCODING,
        "offset 3",
    ),
    ("HTML with no article", "nav.html", EMPTY_HTML, RejectCode.NO_ARTICLE, "no article"),
    ("French article", "fr.txt", FRENCH, RejectCode.NOT_ENGLISH, "'fr'"),
    ("German article", "de.txt", GERMAN, RejectCode.NOT_ENGLISH, "'de'"),
    (
        "date that does not parse",
        "baddate.txt",
        f"Date: sometime soon\n\n{ENGLISH}",
        RejectCode.BAD_DATE,
        "sometime",
    ),
    ("JSONL line without text", "notext.jsonl", '{"id": "a", "title": "x"}\n', RejectCode.NO_TEXT, "text"),
    ("CSV without text column", "notext.csv", "id,title\n1,x\n", RejectCode.BAD_CSV, "text"),
]


@pytest.mark.parametrize(
    ("name", "content", "code", "in_reason"),
    [row[1:] for row in BAD_FILES],
    ids=[row[0] for row in BAD_FILES],
)
def test_bad_file_is_rejected(tmp_path: Path, name: str, content: str | bytes, code: str, in_reason: str) -> None:
    result = _read_one(_write(tmp_path / name, content))
    assert isinstance(result, Rejected)
    assert result.code == code and type(result.code) is str
    assert in_reason in result.reason
    assert "\n" not in result.reason
    assert name in result.origin


def test_missing_file_is_rejected(tmp_path: Path) -> None:
    result = _read_one(tmp_path / "nope.txt")
    assert isinstance(result, Rejected)
    assert result.code == RejectCode.NOT_FOUND
    assert "nope.txt" in result.reason


def test_huge_file_is_rejected_by_size_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    block = (ENGLISH + "\n").encode() * (1_000_000 // (len(ENGLISH) + 1))
    with path.open("wb") as out:
        while out.tell() < 50_000_000:
            out.write(block)

    def no_read(self: Path) -> bytes:
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    started = time.perf_counter()
    result = _read_one(path)
    assert time.perf_counter() - started < 1.0
    assert isinstance(result, Rejected)
    assert result.code == RejectCode.TOO_LARGE
    assert "10,000,000" in result.reason and "50," in result.reason


def test_too_large_respects_max_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", ENGLISH)
    (result,) = read_inputs([path], max_bytes=100)
    assert isinstance(result, Rejected) and result.code == RejectCode.TOO_LARGE


def test_bad_utf8_gives_byte_offset_after_bom(tmp_path: Path) -> None:
    path = _write(tmp_path / "bom.txt", b"\xef\xbb\xbfabc\xffdef " + ENGLISH.encode())
    result = _read_one(path)
    assert isinstance(result, Rejected) and result.code == RejectCode.BAD_ENCODING
    assert "offset 6" in result.reason and "0xff" in result.reason


def test_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", ENGLISH)
    empty = _write(tmp_path / "empty.txt", b"")
    results = list(read_inputs([empty, tmp_path / "missing.txt", good]))
    assert [type(r) for r in results] == [Rejected, Rejected, Article]


# --- JSONL and CSV ---


def test_malformed_jsonl_line_between_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "one", "text": ENGLISH, "date": "2022-01-13"}),
        '{"id": "two", "text": "broken',
        json.dumps({"text": ENGLISH + " More.", "title": "Third", "url": "https://example.com/3"}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    results = list(read_inputs([path]))
    assert [type(r) for r in results] == [Article, Rejected, Article]
    first, bad, third = results
    assert isinstance(first, Article) and first.id == "one" and first.date == dt.date(2022, 1, 13)
    assert isinstance(bad, Rejected) and bad.code == RejectCode.BAD_JSON
    assert bad.origin == f"{path}:2"
    assert isinstance(third, Article) and third.title == "Third" and third.url == "https://example.com/3"
    assert third.id == article_id(ENGLISH + " More.") and third.origin == f"{path}:3"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("[1, 2, 3]", RejectCode.BAD_JSON),
        ('{"text": 5}', RejectCode.NO_TEXT),
        ('{"text": "   "}', RejectCode.EMPTY),
        ('{"text": "' + ENGLISH + '", "date": "not a date"}', RejectCode.BAD_DATE),
    ],
)
def test_jsonl_bad_records(tmp_path: Path, line: str, code: str) -> None:
    result = _read_one(_write(tmp_path / "x.jsonl", line + "\n"))
    assert isinstance(result, Rejected) and result.code == code


def test_csv_rows_with_large_fields(tmp_path: Path) -> None:
    big = (ENGLISH + "\n") * 2000  # over the csv module's default 128 KiB field limit
    path = tmp_path / "batch.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        out.write("id,title,text,date,url,source\n")
        out.write(f'a1,First,"{big}",13 January 2022,https://e.com/1,Reuters\n')
        out.write(f'a2,Second,"{ENGLISH}",,,\n')
    results = list(read_inputs([path]))
    assert all(isinstance(r, Article) for r in results)
    first, second = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == big and first.id == "a1" and first.source == "Reuters"
    assert first.date == dt.date(2022, 1, 13)
    assert second.title == "Second" and second.date is None and second.url is None
    assert first.origin == f"{path}:2" and second.origin == f"{path}:{3 + big.count(chr(10))}"


# --- plain text, headers, stdin, html ---


def test_txt_header_is_parsed_and_text_is_exact(tmp_path: Path) -> None:
    body = "  Antony Blinken\nAntony BlinkenReuters\n\n" + ENGLISH + "\n\n  indented line\r\nend\n"
    header = "Title: Blinken criticizes tests\nDATE: 2022-01-13\nsource: Reuters\nUrl: https://e.com/a\n\n"
    path = _write(tmp_path / "a.txt", header + body)
    result = _read_one(path)
    assert isinstance(result, Article)
    assert result.text == body
    assert result.title == "Blinken criticizes tests"
    assert result.date == dt.date(2022, 1, 13)
    assert result.source == "Reuters" and result.url == "https://e.com/a"
    assert result.id == article_id(body) and len(result.id) == 16
    assert result.origin == str(path)
    offset = result.text.index("criticized")
    assert result.text[offset : offset + 10] == "criticized"


@pytest.mark.parametrize(
    "content",
    [
        ENGLISH,
        "Title: Not a header block\n" + ENGLISH,  # no blank line after it: part of the text
        "Author: Jane Doe\n\n" + ENGLISH,  # unknown key: not a header
        "\n" + ENGLISH + "\n",
    ],
)
def test_txt_without_header_is_whole_file(tmp_path: Path, content: str) -> None:
    result = _read_one(_write(tmp_path / "a.txt", content))
    assert isinstance(result, Article)
    assert result.text == content and result.title is None


def test_bom_is_stripped(tmp_path: Path) -> None:
    result = _read_one(_write(tmp_path / "a.txt", b"\xef\xbb\xbf" + ENGLISH.encode()))
    assert isinstance(result, Article) and result.text == ENGLISH


@pytest.mark.parametrize(
    ("header_date", "default", "expected"),
    [
        (None, dt.date(2022, 1, 13), dt.date(2022, 1, 13)),
        ("2021-12-01", dt.date(2022, 1, 13), dt.date(2021, 12, 1)),
        (None, None, None),
    ],
)
def test_default_date_only_fills_gaps(
    tmp_path: Path, header_date: str | None, default: dt.date | None, expected: dt.date | None
) -> None:
    header = f"Date: {header_date}\n\n" if header_date else ""
    result = _read_one(_write(tmp_path / "a.txt", header + ENGLISH), default)
    assert isinstance(result, Article) and result.date == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-01-13", dt.date(2022, 1, 13)),
        ("2022-01-13T10:00:00Z", dt.date(2022, 1, 13)),
        ("2022-01-13T10:00:00+09:00", dt.date(2022, 1, 13)),
        ("13 January 2022", dt.date(2022, 1, 13)),
        ("13 Jan 2022", dt.date(2022, 1, 13)),
        ("January 13, 2022", dt.date(2022, 1, 13)),
        ("Jan. 13, 2022", dt.date(2022, 1, 13)),
        ("Thursday, 13 January 2022", dt.date(2022, 1, 13)),
        ("January 13th, 2022", dt.date(2022, 1, 13)),
        ("Thu, 13 Jan 2022 10:00:00 GMT", dt.date(2022, 1, 13)),
        ("2022/01/13", dt.date(2022, 1, 13)),
    ],
)
def test_parse_date_formats(raw: str, expected: dt.date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "soon", "2022-13-45", "32 January 2022", "Thursday"])
def test_parse_date_rejects(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)


def test_stdin_is_read_as_txt() -> None:
    stream = io.StringIO("Title: From stdin\n\n" + ENGLISH)
    (result,) = read_inputs(["-"], dt.date(2022, 1, 13), stdin=stream)
    assert isinstance(result, Article)
    assert result.text == ENGLISH and result.title == "From stdin"
    assert result.origin == "<stdin>" and result.date == dt.date(2022, 1, 13)


def test_html_article_with_metadata(tmp_path: Path) -> None:
    result = _read_one(_write(tmp_path / "page.html", ARTICLE_HTML), dt.date(2000, 1, 1))
    assert isinstance(result, Article)
    assert "profoundly destabilizing" in result.text
    assert "Copyright" not in result.text and "Home" not in result.text
    assert result.title == "Blinken criticizes missile tests"
    assert result.date == dt.date(2022, 1, 13)
    assert result.source == "Example News"
    assert result.meta.get("author") == "Jane Doe"


@pytest.mark.parametrize("mode", HTML_MODES)
def test_every_html_mode_reads_the_article_and_its_metadata(tmp_path: Path, mode: HtmlMode) -> None:
    (result,) = read_inputs([_write(tmp_path / "page.html", ARTICLE_HTML)], html_mode=mode)
    assert isinstance(result, Article)
    assert "profoundly destabilizing" in result.text and "Copyright" not in result.text
    assert (result.title, result.date, result.source) == (
        "Blinken criticizes missile tests",
        dt.date(2022, 1, 13),
        "Example News",
    )
    assert result.meta.get("author") == "Jane Doe"


def test_html_declared_charset_fallback(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("Jane Doe", "José Doe")
    result = _read_one(_write(tmp_path / "cp.htm", page.encode("windows-1252")))
    assert isinstance(result, Article) and result.meta.get("author") == "José Doe"


def test_identical_texts_get_identical_ids(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", ENGLISH)
    b = _write(tmp_path / "b.txt", "Title: Other\n\n" + ENGLISH)
    first, second = read_inputs([a, b])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id == article_id(ENGLISH)


def test_short_text_skips_language_check(tmp_path: Path) -> None:
    result = _read_one(_write(tmp_path / "short.txt", "Bonjour tout le monde."))
    assert isinstance(result, Article)


def test_detect_language() -> None:
    assert detect_language(ENGLISH)[0] == "en"
    code, confidence = detect_language(FRENCH)
    assert code == "fr" and 0.5 < confidence <= 1.0


def test_directory_with_mixed_files(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    _write(root / "b.txt", ENGLISH)
    _write(root / "a.md", ENGLISH + " A.")
    _write(root / "sub" / "c.jsonl", json.dumps({"id": "c1", "text": ENGLISH}) + "\nnot json\n")
    _write(root / "sub" / "d.html", ARTICLE_HTML)
    _write(root / "empty.text", b"")
    _write(root / "image.png", b"\x89PNG\x00\x00")
    _write(root / "notes.docx", ENGLISH)
    _write(root / ".secret.txt", ENGLISH)
    _write(root / ".hidden" / "e.txt", ENGLISH)
    results = list(read_inputs([root]))
    origins = [r.origin for r in results]
    assert origins == [
        str(root / "a.md"),
        str(root / "b.txt"),
        str(root / "empty.text"),
        f"{root / 'sub' / 'c.jsonl'}:1",
        f"{root / 'sub' / 'c.jsonl'}:2",
        str(root / "sub" / "d.html"),
    ]
    assert [type(r) for r in results] == [Article, Article, Rejected, Article, Rejected, Article]


def test_empty_directory_is_rejected(tmp_path: Path) -> None:
    (result,) = read_inputs([tmp_path])
    assert isinstance(result, Rejected) and result.code == RejectCode.EMPTY


@pytest.mark.parametrize(
    ("content", "code"),
    [("", RejectCode.EMPTY), ("a\x00b " * 30, RejectCode.BINARY), (ENGLISH * 3, RejectCode.TOO_LARGE)],
)
def test_stdin_bad_input(content: str, code: str) -> None:
    (result,) = read_inputs(["-"], stdin=io.StringIO(content), max_bytes=len(ENGLISH))
    assert isinstance(result, Rejected) and result.code == code and result.origin == "<stdin>"


def test_crlf_header(tmp_path: Path) -> None:
    body = "First line.\r\n\r\n" + ENGLISH + "\r\n"
    result = _read_one(_write(tmp_path / "a.txt", "Title: T\r\nDate: 13 January 2022\r\n\r\n" + body))
    assert isinstance(result, Article)
    assert result.text == body and result.title == "T" and result.date == dt.date(2022, 1, 13)


# -- gzip-compressed inputs: the format is the name under ".gz" ---------------------------

NEWS = "China criticized Japan on Tuesday over the disputed islands, officials in Beijing said."


@pytest.mark.parametrize(
    ("name", "payload", "expected_texts"),
    [
        ("a.txt.gz", NEWS, [NEWS]),
        (
            "a.jsonl.gz",
            json.dumps({"id": "1", "text": NEWS}) + "\n" + json.dumps({"id": "2", "text": NEWS}),
            [NEWS] * 2,
        ),
    ],
)
def test_gzip_inputs_are_read_as_their_inner_format(
    tmp_path: Path, name: str, payload: str, expected_texts: list[str]
) -> None:
    import gzip

    path = tmp_path / name
    path.write_bytes(gzip.compress(payload.encode("utf-8")))
    out = list(read_inputs([tmp_path]))
    assert [o.text for o in out if isinstance(o, Article)] == expected_texts


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (b"not gzip at all", "unreadable"),
        (None, "too-large"),  # a small file that decompresses past the limit
    ],
)
def test_bad_gzip_is_rejected(tmp_path: Path, payload: bytes | None, code: str) -> None:
    import gzip

    path = tmp_path / "x.txt.gz"
    path.write_bytes(payload if payload is not None else gzip.compress(b"a " * 2_000_000))
    (out,) = list(read_inputs([path], max_bytes=1_000_000))
    assert isinstance(out, Rejected) and out.code == code


@pytest.mark.parametrize("url", ["ftp://x/y.txt", "file:///etc/hosts", "s3://bucket/key.jsonl"])
def test_a_non_http_url_is_rejected_with_a_clear_reason(url: str) -> None:
    (out,) = list(read_inputs([url]))
    assert isinstance(out, Rejected) and out.code == "unsupported" and out.origin == url
    assert "only http(s) URLs are read" in out.reason


# -- JSONL dumps are streamed: the size limit applies to each line ---------------------------


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_dump_larger_than_the_limit_is_streamed_line_by_line(tmp_path: Path, name: str) -> None:
    import gzip

    lines = [json.dumps({"id": f"r{n}", "text": f"{ENGLISH} ({n})"}) for n in range(40)]
    lines[5] = json.dumps({"id": "huge", "text": ENGLISH * 50})
    payload = ("\n".join(lines) + "\n").encode("utf-8").replace(b"(7)", b"(\xff)")
    path = tmp_path / name
    path.write_bytes(gzip.compress(payload) if name.endswith(".gz") else payload)
    results = list(read_inputs([path], max_bytes=2_000))
    assert len(results) == 40
    codes = {r.origin.rsplit(":", 1)[1]: r.code for r in results if isinstance(r, Rejected)}
    assert codes == {"6": RejectCode.TOO_LARGE, "8": RejectCode.BAD_ENCODING}
    last = results[-1]
    assert isinstance(last, Article) and last.id == "r39", "the lines after the bad ones are read"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 once decoded as Windows-1252, as news dumps often carry it
        (
            "\u00e2\u20ac\u0153we demand a ban,\u00e2\u20ac\u009d he said in S\u00c3\u00a3o Paulo.",
            "\u201cwe demand a ban,\u201d he said in S\u00e3o Paulo.",
        ),
        ("The \u00c2\u00a35 note was withdrawn on Monday.", "The \u00a35 note was withdrawn on Monday."),
        # the same mojibake with its letters decomposed ("A" + U+0303 for "Ã"): composed, then repaired
        ("He said in SA\u0303\u00a3o Paulo on Monday.", "He said in S\u00e3o Paulo on Monday."),
        # good text, accents and curly quotes included, is kept as it is
        ("S\u00e3o Paulo\u2019s mayor said \u201cno\u201d to the na\u00efve plan.", None),
        ('The minister said "no" on Monday.', None),
    ],
)
def test_mojibake_is_repaired_with_a_warning(tmp_path: Path, text: str, expected: str | None) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "a", "title": text, "text": text}) + "\n", encoding="utf-8")
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert (article.text, article.title) == (expected or text, expected or text)
    assert any("repaired" in w for w in article.meta.get("warnings", [])) == (expected is not None)
    # what each repaired stretch said in the input is kept, and reaches the output
    assert ("repaired" in meta_to_dict(article.meta)) == (expected is not None)


@pytest.mark.parametrize(
    ("text", "expected", "composed"),
    [
        ("The mayor of Sa\u0303o Paulo spoke.", "The mayor of S\u00e3o Paulo spoke.", ["a\u0303"]),
        ("Jose\u0301 met Zoe\u0308 on Monday.", "Jos\u00e9 met Zo\u00eb on Monday.", ["e\u0301", "e\u0308"]),
    ],
)
def test_decomposed_text_is_read_composed_without_a_warning(
    tmp_path: Path, text: str, expected: str, composed: list[str]
) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    [article] = list(read_inputs([path]))
    assert isinstance(article, Article)
    assert article.text == expected
    assert not any("repaired" in w for w in article.meta.get("warnings", []))
    # each composed stretch keeps the input's characters, so offsets into the input still carry over
    assert [original for _, _, original in article.meta["repaired"]] == composed
