"""newsgraph.ingest: every reader, every kind of bad input, exact Reads.

Fixtures are generated here into tmp_path (nothing big is committed); the real files under ../shared
are read through ``need_shared``.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest
from conftest import need_shared
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import DecodeError, InputError, InvalidFieldError
from newsgraph.ingest import Read, decode_bytes, kind_of, read_sources
from newsgraph.ingest.decode import declared_charset, sniff_binary

# An article written for these tests (fiction): long enough for trafilatura to take it as a body.
PARAS = [
    "The harbour authority of Port Veller said on Tuesday that it would close the northern quay for "
    "six weeks while engineers replace the timber piles that hold up the old customs shed.",
    "Shipping companies were told to move their berths to the southern basin, where two cranes have "
    "been idle since the spring. The authority expects about forty vessels to be affected.",
    "Local fishermen, who land their catch at the northern quay every morning, said the notice was "
    "too short. Their association asked for a temporary pontoon near the fish market.",
    "The repairs are paid for by a regional grant of 3.2 million euros approved last year. Work on "
    "the southern breakwater is planned for the following winter.",
]
ARTICLE_TEXT = "\n".join(PARAS)


def article_html(title: str = "Northern quay to close for repairs", date: str = "2024-03-05",
                 extra_head: str = "", body_prefix: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title} | Port Veller Gazette</title>"
        f"<meta property='og:title' content='{title}'>"
        f"<meta name='author' content='Ana Lindqvist'>"
        f"<meta property='article:published_time' content='{date}T09:30:00Z'>{extra_head}</head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{body_prefix}<article><h1>{title}</h1>{paras}</article>"
        "<footer>Copyright Port Veller Gazette. All rights reserved.</footer></body></html>"
    )


def reads(*sources, **kw) -> list[Read]:
    return list(read_sources([str(s) for s in sources], **kw))


def brief(r: Read) -> tuple:
    """What a Read says, compactly: (position, error) or (position, text, title, published)."""
    if r.item is None:
        return (r.position, r.error)
    return (r.position, r.item.text, r.item.title, r.item.published)


# ---------------------------------------------------------------- decoding


SMART = "He said \u201cno\u201d \u2014 it\u2019s over, at the caf\u00e9 \u20ac5."


@pytest.mark.parametrize("data, text, encoding", [
    (SMART.encode("utf-8"), SMART, "utf-8"),
    (b"\xef\xbb\xbf" + SMART.encode("utf-8"), SMART, "utf-8-sig"),
    (SMART.encode("cp1252"), SMART, "cp1252"),
    ("na\u00efve caf\u00e9 cr\u00e8me".encode("latin-1"), "na\u00efve caf\u00e9 cr\u00e8me", "cp1252"),
    # 0x81 is undefined in cp1252: only Latin-1 decodes it.
    (b"caf\xe9 \x81", "caf\u00e9 \x81", "latin-1"),
    (b"\xff\xfe" + "Hello \u201cquoted\u201d".encode("utf-16-le"), "Hello \u201cquoted\u201d", "utf-16"),
    ("Plain ASCII article text, long enough.".encode("utf-16-le"), "Plain ASCII article text, long enough.",
     "utf-16-le"),
    (b"only ascii", "only ascii", "utf-8"),
    # UTF-8 with stray Windows quote bytes: the stray bytes are read as cp1252, the rest as UTF-8.
    ("Caf\u00e9 \u2014 ".encode() + b"\x93yes\x94 " + "\u00fcber".encode(), "Caf\u00e9 \u2014 \u201cyes\u201d \u00fcber",
     "utf-8 (2 invalid bytes read as cp1252)"),
    # More bad bytes than good sequences: the whole text is taken as cp1252.
    (b"abc \xe9t\xe9 \xe2\x80\x94", "abc \u00e9t\u00e9 \u00e2\u20ac\u201d", "cp1252"),
])
def test_decode_table(data: bytes, text: str, encoding: str) -> None:
    d = decode_bytes(data)
    assert (d.text, d.encoding) == (text, encoding)


def test_declared_charset_wins_over_guess_when_not_utf8() -> None:
    data = "<meta charset='windows-1251'><p>\u041c\u043e\u0441\u043a\u0432\u0430</p>".encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert decode_bytes(data, declared=declared_charset(data)).encoding == "cp1251"
    # Valid UTF-8 is trusted even against a wrong declaration.
    assert decode_bytes("caf\u00e9".encode(), declared="latin-1").encoding == "utf-8"
    assert declared_charset(b"<p>x</p>", "text/html; charset=ISO-8859-1") == "iso8859-1"
    assert declared_charset(b"<meta charset='no-such-codec'>") is None


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary data (PDF)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (PNG image)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary data (ZIP archive (or docx/xlsx/epub))"),
    (random.Random(7).randbytes(4000), "binary data (NUL bytes)"),
    (b"text\x01\x02\x03\x04\x05\x06\x07\x08 more", "binary data (control bytes)"),
])
def test_binary_is_a_decode_error(data: bytes, reason: str) -> None:
    assert sniff_binary(data) == reason
    with pytest.raises(DecodeError) as ei:
        decode_bytes(data)
    assert ei.value.reason == reason


# ---------------------------------------------------------------- text files, folders, stdin


@pytest.mark.parametrize("data, expected", [
    (b"", ("whole", "empty")),
    (b" \n\t\r\n  ", ("whole", "whitespace only")),
    (b"\x00\x01binary\x00junk" * 20, ("whole", "binary data (NUL bytes)")),
    (SMART.encode("cp1252"), ("whole", SMART, None, None)),
    (b"Line one.\r\nLine two.\r\n", ("whole", "Line one.\nLine two.\n", None, None)),
])
def test_text_file_reads(tmp_path: Path, data: bytes, expected: tuple) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    [r] = reads(p)
    assert r.source == str(p)
    assert brief(r) == expected


def test_million_character_single_line(tmp_path: Path) -> None:
    line = ("word " * 200_000).encode()
    p = tmp_path / "long.txt"
    p.write_bytes(line)
    [r] = reads(p)
    assert r.item is not None and len(r.item.text) == 1_000_000 and r.encoding == "utf-8"


def test_text_metadata_and_encoding_recorded(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_bytes(SMART.encode("cp1252"))
    [r] = reads(p, published="2020-09-10T08:00:00Z", title="T", url="https://example.org/s")
    assert r.encoding == "cp1252"
    assert r.item is not None
    assert (r.item.title, r.item.published, r.item.url, r.item.ref) == ("T", "2020-09-10", "https://example.org/s",
                                                                        str(p))


def test_bad_arguments_raise(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(InputError, match="single text source"):
        read_sources([str(tmp_path)], title="T")
    with pytest.raises(InputError, match="single text source"):
        read_sources([str(tmp_path / "a.txt"), str(tmp_path / "a.txt")], url="https://x")
    with pytest.raises(InvalidFieldError, match="published"):
        read_sources([str(tmp_path)], published="31 February")
    with pytest.raises(InvalidFieldError, match="unknown field 'body'"):
        read_sources([str(tmp_path)], fields={"body": "text"})


def test_missing_file_is_an_error_read(tmp_path: Path) -> None:
    assert [(r.source, r.position, r.error) for r in reads(tmp_path / "nope.txt")] == [
        (str(tmp_path / "nope.txt"), "whole", "no such file or directory")]


def test_directory_recursive_sorted_with_skips_counted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.")
    (tmp_path / "b" / "1.md").write_text("First article.")
    (tmp_path / "a.txt").write_text("Top article.")
    (tmp_path / "README").write_text("No extension, read as text.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.txt").write_text("never read")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("never read")
    (tmp_path / "z.txt.gz").write_bytes(gzip.compress(b"Compressed article.", mtime=0))
    stream = read_sources([str(tmp_path)], published="2021-01-02")
    got = [(Path(r.source).relative_to(tmp_path).as_posix(), r.item.text if r.item else r.error) for r in stream]
    assert got == [("README", "No extension, read as text."), ("a.txt", "Top article."),
                   ("b/1.md", "First article."), ("b/2.txt", "Second article."), ("z.txt.gz", "Compressed article.")]
    assert stream.skipped == Counter({"hidden file or folder": 2, "unrecognized extension .jpg": 1})
    assert (stream.n_ok, stream.n_failed) == (5, 0)


def test_stdin_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b'{"text": "From a pipe.", "date": "2022-02-02"}\n{"text": 1}\n')

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    got = [(r.source, brief(r)) for r in read_sources(["-"])]
    assert got == [("-", ("line 1", "From a pipe.", None, "2022-02-02")),
                   ("-", ("line 2", "field 'text' must be a string, got a JSON number"))]


@pytest.mark.parametrize("name, kind", [("a.jsonl.gz", "jsonl"), ("A.NDJSON", "jsonl"), ("x.warc.gz", "warc"),
                                        ("p.htm", "html"), ("n.md", "text"), ("data.json", None), ("noext", None)])
def test_kind_by_extension(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind


# ---------------------------------------------------------------- JSONL

JSONL_LINES = [
    '{"id": "a1", "text": "Alpha.", "title": "A", "date": "2020-01-02", "url": "https://x/a", "source": "S"}',
    "",
    '{"text": "Broken',
    "[1, 2]",
    '{"title": "no text here"}',
    '{"text": 5}',
    '{"text": "Titled badly.", "title": ["x"]}',
    '{"text": "Empty date.", "date": ""}',
    '{"text": "ISO time.", "date": "", "published": "2021-02-03T10:00:00Z"}',
    '{"text": "Impossible day.", "date": "2021-02-31"}',
    '{"text": "   "}',
    '{"text": "Numeric id.", "id": 7}',
    '{"text": "Odd date.", "date": 20200101}',
    '{"text": null}',
    "[" * 100_000 + "]" * 100_000,
    '{"text": "Huge count.", "n": ' + "9" * 5000 + "}",
]
JSONL_EXPECTED = [
    ("line 1", "Alpha.", "A", "2020-01-02"),
    ("line 3", "invalid JSON: Unterminated string starting at (column 10)"),
    ("line 4", "not a JSON object (a JSON array)"),
    ("line 5", "missing field 'text'"),
    ("line 6", "field 'text' must be a string, got a JSON number"),
    ("line 7", "field 'title' must be a string, got a JSON array"),
    ("line 8", "Empty date.", None, None),
    ("line 9", "ISO time.", None, "2021-02-03"),
    ("line 10", "field 'date': published '2021-02-31' is not a real date (day is out of range for month)"),
    ("line 11", "empty text"),
    ("line 12", "Numeric id.", None, None),
    ("line 13", "field 'date' must be a date string, got a JSON number"),
    ("line 14", "field 'text' is null"),
    ("line 15", "invalid JSON: nested too deeply"),
    ("line 16", "invalid JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits"),
]


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_bad_lines_exact(tmp_path: Path, compress: bool) -> None:
    data = ("\n".join(JSONL_LINES) + "\n").encode()
    p = tmp_path / ("c.jsonl.gz" if compress else "c.jsonl")
    p.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    stream = read_sources([str(p)])
    got = list(stream)
    assert [brief(r) for r in got] == JSONL_EXPECTED
    assert stream.skipped == Counter({"blank line": 1})
    first = got[0].item
    assert first is not None
    assert (first.url, first.source, first.ref) == ("https://x/a", "S", "a1")
    assert [r.item.ref for r in got if r.item and r.position in ("line 8", "line 12")] == [f"{p} line 8", "7"]


def test_jsonl_field_mapping(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"body": "Mapped.", "headline": "H", "pub": "2019-05-06", "link": "https://m",
                             "date": "1999-01-01"}) + "\n" + json.dumps({"text": "No body key."}) + "\n")
    got = reads(p, fields={"text": "body", "title": "headline", "published": "pub", "url": "link"})
    assert [brief(r) for r in got] == [("line 1", "Mapped.", "H", "2019-05-06"), ("line 2", "missing field 'body'")]
    assert got[0].item is not None and got[0].item.url == "https://m"


def test_jsonl_cp1252_line_decoded_alone(tmp_path: Path) -> None:
    p = tmp_path / "e.jsonl"
    p.write_bytes(b'{"text": "ok"}\n' + '{"text": "He said \u201cno\u201d."}\n'.encode("cp1252"))
    assert [(brief(r), r.encoding) for r in reads(p)] == [
        (("line 1", "ok", None, None), "utf-8"), (("line 2", "He said \u201cno\u201d.", None, None), "cp1252")]


def _complete_lines_before_cut(data: bytes) -> int:
    """Independent oracle: how many whole lines a cut gzip stream still holds."""
    return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data).count(b"\n")


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.9])
def test_jsonl_gz_cut_in_the_middle(tmp_path: Path, fraction: float) -> None:
    rng = random.Random(3)
    lines = [json.dumps({"id": f"r{i}", "text": " ".join(rng.choice(["war", "peace", "talks", "troops", "aid"])
                                                          for _ in range(60))}) for i in range(200)]
    full = gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0)
    cut = full[: int(len(full) * fraction)]
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(cut)
    whole = _complete_lines_before_cut(cut)
    got = reads(p)
    assert whole > 10
    assert [r.item.ref for r in got[:-1] if r.item] == [f"r{i}" for i in range(whole)]
    assert len(got) == whole + 1
    assert brief(got[-1]) == (f"line {whole + 1}", f"stream cut after line {whole}, the rest of the file is "
                              "unreadable (EOFError: Compressed file ended before the end-of-stream marker was reached)")


def test_not_gzip_with_gz_name(tmp_path: Path) -> None:
    p = tmp_path / "fake.jsonl.gz"
    p.write_bytes(b"\x1f\x8bnot really gzip at all")
    [r] = reads(p)
    assert (r.position, r.error) == ("line 1", "stream cut after line 0, the rest of the file is unreadable "
                                               "(BadGzipFile: Unknown compression method)")


# ---------------------------------------------------------------- HTML


def test_html_article_metadata(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(article_html(), encoding="utf-8")
    [r] = reads(p)
    assert r.item is not None, r.error
    assert (r.position, r.encoding, r.item.title, r.item.published) == (
        "whole", "utf-8", "Northern quay to close for repairs", "2024-03-05")
    assert r.item.text == ARTICLE_TEXT
    assert (r.meta["author"], r.meta["extraction"]) == ("Ana Lindqvist", "precision")


def test_html_scripts_and_broken_tags(tmp_path: Path) -> None:
    junk = ("<script>var secret = 'SCRIPT-CONTENT';</script><style>.x{color:red}</style>"
            "<div class='ad'><p>Subscribe now for SPECIAL-OFFER")
    html = article_html(extra_head="<script>document.write('HEAD-SCRIPT')</script>", body_prefix=junk)
    html = html.replace("</p><p>", "<p>", 1)  # an unclosed paragraph
    p = tmp_path / "broken.htm"
    p.write_text(html, encoding="utf-8")
    [r] = reads(p)
    assert r.item is not None, r.error
    for marker in ("SCRIPT-CONTENT", "HEAD-SCRIPT", "color:red"):
        assert marker not in r.item.text
    for para in PARAS:
        assert para in r.item.text


@pytest.mark.parametrize("html, error", [
    ("<html><head><title>Nothing</title></head></html>", "no article text found in the HTML"),
    ("<html><body><script>only('code')</script></body></html>", "no article text found in the HTML"),
    ("", "empty"),
])
def test_html_without_body(tmp_path: Path, html: str, error: str) -> None:
    p = tmp_path / "empty.html"
    p.write_text(html)
    assert [brief(r) for r in reads(p)] == [("whole", error)]


def test_html_deep_nesting_does_not_crash(tmp_path: Path) -> None:
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * 20000 + "<p>" + PARAS[0] + "</p>" + "</div>" * 20000 + "</body></html>")
    [r] = reads(p)
    # Either outcome is acceptable; what matters is one Read and no exception.
    assert (r.item is None) != (r.error is None)


def test_html_cp1252_meta_charset(tmp_path: Path) -> None:
    html = article_html(title="Caf\u00e9 \u201cquay\u201d").replace("charset='utf-8'", "charset='windows-1252'")
    p = tmp_path / "w.html.gz"
    p.write_bytes(gzip.compress(html.encode("cp1252"), mtime=0))
    [r] = reads(p)
    assert r.item is not None and (r.encoding, r.item.title) == ("cp1252", "Caf\u00e9 \u201cquay\u201d")


# ---------------------------------------------------------------- WARC


def _warc(gz: bool) -> tuple[bytes, list[int]]:
    """A small crawl: warcinfo, page A, a request, page B, a PDF, a 404 page. Returns the bytes and
    the offset where each record starts."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    offsets: list[int] = []

    def response(url: str, body: bytes, ctype: str, status: str = "200 OK") -> None:
        hh = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        offsets.append(buf.tell())
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh))

    offsets.append(buf.tell())
    w.write_record(w.create_warcinfo_record("t.warc", {"software": "newsgraph tests"}))
    response("https://gazette.example/a", article_html().encode(), "text/html; charset=utf-8")
    req = StatusAndHeaders("GET /b HTTP/1.1", [("Host", "gazette.example")], is_http_request=True)
    offsets.append(buf.tell())
    w.write_record(w.create_warc_record("https://gazette.example/b", "request", payload=io.BytesIO(b""),
                                        http_headers=req))
    response("https://gazette.example/b", article_html(title="Second report", date="2024-03-06").encode(),
             "text/html")
    response("https://gazette.example/c.pdf", b"%PDF-1.4 ...", "application/pdf")
    response("https://gazette.example/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found")
    return buf.getvalue(), offsets


WARC_SKIPPED = Counter({"warc warcinfo record": 1, "warc request record": 1,
                        "non-HTML response (application/pdf)": 1, "HTTP 404 response": 1})


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(tmp_path: Path, gz: bool) -> None:
    data, _ = _warc(gz)
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    p.write_bytes(data)
    stream = read_sources([str(p)])
    got = list(stream)
    assert [(r.position, r.item.url if r.item else r.error, r.item.title if r.item else None,
             r.item.published if r.item else None) for r in got] == [
        ("record 2", "https://gazette.example/a", "Northern quay to close for repairs", "2024-03-05"),
        ("record 4", "https://gazette.example/b", "Second report", "2024-03-06"),
    ]
    assert all(r.item is not None and r.item.text == ARTICLE_TEXT for r in got)
    assert got[0].meta["content_type"] == "text/html; charset=utf-8"
    assert stream.skipped == WARC_SKIPPED


@pytest.mark.parametrize("gz, into, error", [
    # Cut a few bytes into record 4: not even its WARC header survives.
    (True, 0.02, "gzip stream cut after record 3 (no end-of-stream marker); anything after it is unreadable"),
    (False, 0.02, "WARC unreadable from here on, after 3 record(s): malformed or cut record header "
                  "(AttributeError: 'NoneType' object has no attribute 'startswith')"),
    # Cut half-way through record 4: the header survives, the page does not.
    (True, 0.5, None),
    (False, 0.5, None),
])
def test_warc_cut_in_the_middle(tmp_path: Path, gz: bool, into: float, error: str | None) -> None:
    data, offsets = _warc(gz)
    cut = offsets[3] + max(12, int((offsets[4] - offsets[3]) * into))
    p = tmp_path / "cut.warc"
    p.write_bytes(data[:cut])
    stream = read_sources([str(p)])
    got = list(stream)
    assert [r.position for r in got] == ["record 2", "record 4"]
    assert got[0].item is not None and got[0].item.url == "https://gazette.example/a"
    assert got[1].item is None
    if error is not None:
        assert got[1].error == error
    else:
        assert got[1].error is not None and got[1].error.startswith("record cut short: the file ends ")
        assert got[1].error.endswith("; the rest of the file is unreadable")
    assert stream.skipped == Counter({"warc warcinfo record": 1, "warc request record": 1})


def test_warc_record_without_type(tmp_path: Path) -> None:
    p = tmp_path / "junk.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a header\r\n\r\nrandom")
    assert [brief(r) for r in reads(p)] == [("record 1", "malformed WARC record: no WARC-Type header")]


# ---------------------------------------------------------------- real files under ../shared


@pytest.mark.slow
def test_shared_constructed_warc_read_whole() -> None:
    folder = need_shared("data", "news", "warc", "constructed")
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    stream = read_sources([str(folder / "real_news_pages_constructed.warc.gz")])
    got = list(stream)
    assert len(index) == 251
    assert [r.item.url if r.item else r.error for r in got] == [e["url"] for e in index]
    assert [r.position for r in got] == [f"record {i}" for i in range(2, 253)]
    assert stream.skipped == Counter({"warc warcinfo record": 1})
    assert all(r.item is not None and len(r.item.text) > 200 for r in got)


def test_shared_malformed_warc_reason_recorded() -> None:
    folder = need_shared("data", "news", "warc", "real", "malformed")
    stream = read_sources([str(folder)])
    got = list(stream)
    assert [(Path(r.source).name, r.position, r.error) for r in got] == [
        ("news18_hindi_CC-NEWS_2022-04-01_response.warc", "record 1",
         "Content-Length ends before the record does (170,340 more bytes follow before the next record); "
         "the payload is cut at the wrong place")]
    assert got[0].meta["warc_date"] == "2022-04-01T13:51:23Z"
    assert stream.skipped == Counter({"warc request record": 1})


def test_shared_real_warc_with_short_content_length_keeps_page() -> None:
    path = need_shared("data", "news", "warc", "real", "bbc_news_frontpage_CC-MAIN_2022-01-16.warc")
    [r] = reads(path)
    assert r.item is not None and (r.item.url, r.item.title) == ("https://www.bbc.co.uk/news", "BBC News Home")
    assert r.meta["warning"] == ("the file ends 28 bytes before the record's Content-Length (429437) says; "
                                 "the HTML page is complete")


def test_shared_allsides_first_lines() -> None:
    path = need_shared("data", "news", "allsides_world_conflict_dev.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = [json.loads(next(fh)) for _ in range(300)]
    stream = read_sources([str(path)])
    got = [next(stream) for _ in range(300)]
    assert [r.position for r in got] == [f"line {i}" for i in range(1, 301)]
    assert all(r.item is not None and r.encoding == "utf-8" for r in got)
    items = [r.item for r in got if r.item is not None]
    assert [(i.ref, i.title, i.url, i.source, i.text) for i in items] == [
        (o["id"], o["title"], o["url"], o["source"], o["text"].replace("\r\n", "\n").replace("\r", "\n")) for o in raw]
    assert [i.published for i in items] == [o["date"][:10] or None for o in raw]
    # Some real records have an empty date: published None, not an error.
    assert any(o["date"] == "" for o in raw)
    assert got[0].meta["author"] == raw[0]["authors"]


def test_reader_bug_is_reported_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.ingest as ingest_pkg

    real = ingest_pkg.iter_source

    def flaky(src, opts, stream):
        if src.endswith("bad.jsonl"):
            yield Read(source=src, position="line 1", item=None, error="first line")
            raise RuntimeError("boom")
        yield from real(src, opts, stream)

    monkeypatch.setattr(ingest_pkg, "iter_source", flaky)
    good = tmp_path / "good.txt"
    good.write_text("Fine.")
    got = [(Path(r.source).name, r.position, r.error) for r in read_sources([str(tmp_path / "bad.jsonl"), str(good)])]
    assert got == [("bad.jsonl", "line 1", "first line"),
                   ("bad.jsonl", "after line 1",
                    "unexpected RuntimeError while reading (boom); the rest of this source is unread"),
                   ("good.txt", "whole", None)]


def test_warc_page_date_after_crawl_is_not_believed(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for crawl in ("2024-03-07T10:00:00Z", "2020-01-01T00:00:00Z"):
        w.write_record(w.create_warc_record("https://gazette.example/a", "response",
                                            payload=io.BytesIO(article_html().encode()), http_headers=hh,
                                            warc_headers_dict={"WARC-Date": crawl}))
    p = tmp_path / "dated.warc"
    p.write_bytes(buf.getvalue())
    got = [(r.meta["warc_date"], r.item.published if r.item else r.error) for r in reads(p)]
    assert got == [("2024-03-07T10:00:00Z", "2024-03-05"), ("2020-01-01T00:00:00Z", None)]


def test_bad_input_corpus(tmp_path: Path) -> None:
    from bad_inputs import SKIPPED, write_bad_corpus

    cases = write_bad_corpus(tmp_path)
    stream = read_sources([str(tmp_path)])
    got = [(Path(r.source).relative_to(tmp_path).as_posix(), r.position, r.error, r.encoding) for r in stream]
    assert got == [(c.file, c.position, c.error, c.encoding) for c in cases]
    # Nothing lost: every item is a Read, good or failed, and what was passed over is counted.
    assert stream.n_ok + stream.n_failed == len(cases)
    assert (stream.n_ok, stream.n_failed) == (sum(c.error is None for c in cases), sum(c.error is not None for c in cases))
    assert dict(stream.skipped) == SKIPPED


def test_oversized_items_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.ingest.jsonl as jsonl_mod
    import newsgraph.ingest.sources as sources_mod

    monkeypatch.setattr(jsonl_mod, "MAX_ITEM_BYTES", 100)
    monkeypatch.setattr(sources_mod, "MAX_ITEM_BYTES", 100)
    big = tmp_path / "big.txt.gz"
    big.write_bytes(gzip.compress(b"a" * 5000, mtime=0))  # small on disk, large once decompressed
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "short"}\n{"text": "' + "b" * 3000 + '"}\n{"text": "after"}\n{"text": "' + "c" * 500)
    import newsgraph.ingest.warc as warc_mod

    monkeypatch.setattr(warc_mod, "MAX_ITEM_BYTES", 100)
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(_warc(False)[0])
    got = [(Path(r.source).name, brief(r)) for r in read_sources([str(big), str(lines), str(crawl)])]
    assert got == [("big.txt.gz", ("whole", "larger than 100 bytes: not read as one article")),
                   ("lines.jsonl", ("line 1", "short", None, None)),
                   ("lines.jsonl", ("line 2", "longer than 100 bytes: not read")),
                   ("lines.jsonl", ("line 3", "after", None, None)),
                   ("lines.jsonl", ("line 4", "longer than 100 bytes: not read")),
                   ("crawl.warc", ("record 2", "payload larger than 100 bytes: not read as one article")),
                   ("crawl.warc", ("record 4", "payload larger than 100 bytes: not read as one article"))]


def test_arc_file(tmp_path: Path) -> None:
    head = b"1 0 newsgraph\nURL IP-address Archive-date Content-type Archive-length\n"
    desc = b"filedesc://t.arc 0.0.0.0 20240308000000 text/plain %d\n" % len(head) + head + b"\n"
    payload = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + article_html().encode()
    rec = b"https://gazette.example/a 192.0.2.1 20240308101500 text/html %d\n" % len(payload) + payload + b"\n"
    p = tmp_path / "old.arc"
    p.write_bytes(desc + rec)
    stream = read_sources([str(p)])
    got = [(r.position, r.item.url if r.item else r.error, r.item.published if r.item else None,
            r.meta.get("warc_date")) for r in stream]
    assert got == [("record 2", "https://gazette.example/a", "2024-03-05", "2024-03-08T10:15:00Z")]
    assert stream.skipped == Counter({"warc arc_header record": 1})
