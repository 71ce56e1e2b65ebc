"""Issue 15, fuzzing: random bytes, JSONL, HTML and WARC records into the readers, random lines into a
whole ingest. Nothing raises; every item is read or reported (bounded examples: cheap in `make test`)."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.ingest import read_sources

FAST = settings(max_examples=30, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _read(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        stream = read_sources([str(p)])
        reads = list(stream)
    for r in reads:
        assert (r.item is None) != (r.error is None), r
        if r.item is not None:
            assert r.item.text.strip() and "\x00" not in r.item.text
    return reads


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.jsonl", "a.html", "a.warc", "a.warc.gz",
                                                   "a.jsonl.gz", "noext"]))
def test_random_bytes_never_crash_a_reader(data: bytes, name: str) -> None:
    reads = _read(name, data)
    if name in ("a.txt", "a.html"):
        assert len(reads) == 1  # one file, one item: read or reported


_JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                            max_leaves=8)
_LINE = st.one_of(
    st.builds(lambda t, d: json.dumps({"text": t, "date": d}), st.text(max_size=200), st.text(max_size=12)),
    _JSON_VALUES.map(json.dumps),
    st.text(max_size=80).map(lambda s: s.replace("\n", " ")),
)


@FAST
@given(st.lists(_LINE, max_size=12))
def test_random_jsonl_one_read_per_non_blank_line(lines: list[str]) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    reads = _read("a.jsonl", data)
    non_blank = [ln for ln in data.split(b"\n") if ln.strip()]
    assert len(reads) == len(non_blank)


_TAGS = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<article>", "<title>",
                         "<html>", "<body>", "<!--", "-->", "<br/>", "&amp;", "&#0;", "<", ">", "\"", "'"])


@FAST
@given(st.lists(st.one_of(_TAGS, st.text(max_size=30)), max_size=40))
def test_random_html_is_one_item(parts: list[str]) -> None:
    reads = _read("a.html", "".join(parts).encode("utf-8", "surrogatepass"))
    assert len(reads) == 1


def _warc(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for ctype, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://f.example/", "response", payload=io.BytesIO(body),
                                            http_headers=http))
    return buf.getvalue()


@FAST
@given(st.lists(st.tuples(st.sampled_from(["text/html", "application/pdf", "text/plain"]), st.binary(max_size=400)),
                min_size=1, max_size=4),
       st.booleans(), st.integers(min_value=0, max_value=10_000), st.binary(max_size=8))
def test_random_and_damaged_warc_records(pages, gz: bool, cut: int, junk: bytes) -> None:
    data = _warc(pages, gz)
    reads = _read("a.warc.gz" if gz else "a.warc", data)
    html_pages = sum(1 for c, _ in pages if c == "text/html")
    assert len(reads) == html_pages  # intact: one Read per HTML response, read or reported
    at = cut % max(1, len(data))
    _read("b.warc.gz" if gz else "b.warc", data[:at] + junk + data[at + len(junk):])  # damaged: no crash


@settings(max_examples=4, deadline=None, database=None)
@given(st.lists(_LINE, min_size=1, max_size=5))
def test_random_jsonl_ingest_accounts_for_every_item(lines: list[str]) -> None:
    """Whole ingest (extraction included) of random lines: every line stored, a duplicate, or in ingest_errors."""
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.store import open_store

    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "f.jsonl"
        src.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
        db = str(Path(d) / "kb.db")
        s = kb.ingest([str(src)], db=db, batch_size=2)
        assert s.read == s.stored + s.duplicate + s.non_english + s.failed
        assert s.read == len([ln for ln in src.read_bytes().split(b"\n") if ln.strip()])
        store = open_store(db)
        with store.connect() as c:
            n_err = c.execute(sa.text("SELECT count(*) FROM ingest_errors")).scalar_one()
        store.close()
        assert n_err == s.failed
