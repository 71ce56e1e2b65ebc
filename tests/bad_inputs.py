"""A corpus of bad and awkward inputs, generated on demand (issue 11), with the Read each must give.

    cases = write_bad_corpus(tmp_path)     # writes the files, returns what reading them must yield
    got = list(read_sources([str(tmp_path)]))

Every case is one item as ``newsgraph.ingest`` reads it: ``(file, position, error, encoding)``, with
``error`` None for an item that must be read (awkward but valid: only numbers, only quote marks, a 1 MB
single line, Latin-1...). Cases come back in the order a folder read yields them (sorted paths). The
article texts are written here; nothing is copied from elsewhere.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Case", "write_bad_corpus", "SKIPPED"]

SENTENCE = ("The river authority said on Monday that the eastern dyke would be raised by forty centimetres "
            "before the autumn floods, at a cost of 12 million euros.")


@dataclass(frozen=True)
class Case:
    file: str  # path relative to the corpus root
    position: str
    error: str | None  # the exact reason, None when the item must be read
    encoding: str | None = None


# What a folder read of the corpus counts without yielding.
SKIPPED = {"blank line": 1, "warc warcinfo record": 2, "unrecognized extension .bin": 1}


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


def _warc(n_pages: int) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    starts = [buf.tell()]
    w.write_record(w.create_warcinfo_record("bad.warc.gz", {"software": "newsgraph tests"}))
    for i in range(n_pages):
        starts.append(buf.tell())
        html = _page(f"Dyke report {i}", "".join(f"<p>{SENTENCE} Part {i}.{k}.</p>" for k in range(6)))
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://river.example/{i}", "response",
                                            payload=io.BytesIO(html.encode()), http_headers=hh))
    starts.append(buf.tell())
    return buf.getvalue(), starts


def _cut_record(member_prefix: bytes) -> tuple[int, int]:
    """Independent of warcio: (Content-Length, bytes missing) of a record whose gzip member is cut."""
    raw = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(member_prefix)
    head, _, block = raw.partition(b"\r\n\r\n")
    declared = int(re.search(rb"Content-Length: (\d+)", head).group(1))  # type: ignore[union-attr]
    return declared, declared - len(block)


def write_bad_corpus(root: Path) -> list[Case]:
    """Write the corpus under ``root`` and return the expected Reads, in folder-read order."""
    root.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def put(name: str, data: bytes | str, *expect: Case) -> None:
        (root / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.extend(expect)

    def one(name: str, data: bytes | str, error: str | None, encoding: str | None = None) -> None:
        put(name, data, Case(name, "whole", error, encoding))

    one("01_empty.txt", b"", "empty", "utf-8")
    one("02_whitespace.txt", b"  \n\t \r\n ", "whitespace only", "utf-8")
    one("03_binary.txt", bytes(range(256)) * 8, "binary data (NUL bytes)")
    one("04_pdf_named_txt.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary data (PDF)")
    one("05_invalid_utf8.txt", SENTENCE.encode() + b" \xff\xfe\xfd \xc3", None, "cp1252")
    one("06_latin1.txt", "Le ministre a d\u00e9clar\u00e9 \u00e0 la presse.".encode("latin-1"), None, "cp1252")
    one("07_cp1252_quotes.txt", f"\u201c{SENTENCE}\u201d \u2014 he said.".encode("cp1252"), None, "cp1252")
    one("08_only_numbers.txt", "12 345 6.78 90%\n2020 2021 -3\n", None, "utf-8")
    one("09_only_quotes.txt", "\u201c\u201d \"\" '' \u2018\u2019 \u00ab\u00bb", None, "utf-8")
    one("10_many_quotes.txt", ("\u201c" + SENTENCE + "\u201d " + "\"" * 50 + "\n") * 200, None, "utf-8")
    one("11_one_megabyte_line.txt", ("word " * 200_000).encode(), None, "utf-8")
    one("12_absurd_number.txt", f"The deficit reached {'9' * 400} dollars, officials said.", None, "utf-8")
    one("13_utf16.txt", "\ufeffA report in UTF-16.".encode("utf-16-le"), None, "utf-16")
    one("14_html_scripts.html",
        "<html><head><script>var x = '<p>not text</p>';</script></head><body><script>track()</script>"
        f"<div><p>{SENTENCE}<p>{SENTENCE} Again.<div>unclosed</body></html>", None, "utf-8")
    one("15_html_no_body.html", "<html><head><title>Only a title</title></head></html>",
        "no article text found in the HTML", "utf-8")
    one("16_html_deep.html", "<html><body>" + "<div>" * 5000 + f"<p>{SENTENCE}</p>" + "</div>" * 5000
        + "</body></html>", "no article text found in the HTML", "utf-8")
    lines = [
        '{"id": "j1", "text": "A valid line.", "date": "2020-02-02"}',
        "",
        '{"id": "j2", "text": "Unknown date.", "date": "31 February"}',
        '{"id": "j3", "title": "no text"}',
        '{"id": "j4", "text": ["a", "list"]}',
        "not json at all",
        '{"id": "j5", "text": "Empty date is fine.", "date": ""}',
    ]
    put("17_lines.jsonl", "\n".join(lines) + "\n",
        Case("17_lines.jsonl", "line 1", None, "utf-8"),
        Case("17_lines.jsonl", "line 3", "field 'date': published '31 February' is not an ISO date (YYYY-MM-DD)",
             "utf-8"),
        Case("17_lines.jsonl", "line 4", "missing field 'text'", "utf-8"),
        Case("17_lines.jsonl", "line 5", "field 'text' must be a string, got a JSON array", "utf-8"),
        Case("17_lines.jsonl", "line 6", "invalid JSON: Expecting value (column 1)", "utf-8"),
        Case("17_lines.jsonl", "line 7", None, "utf-8"))
    # A gzip stream cut inside its 4th line: three lines survive.
    body = "".join(f'{{"id": "g{i}", "text": "{SENTENCE} {"x" * 3000}"}}\n' for i in range(8)).encode()
    full = gzip.compress(body, compresslevel=0, mtime=0)
    cut = full[: len(full) * 7 // 16]
    put("18_cut.jsonl.gz", cut,
        *(Case("18_cut.jsonl.gz", f"line {i}", None, "utf-8") for i in (1, 2, 3)),
        Case("18_cut.jsonl.gz", "line 4", "stream cut after line 3, the rest of the file is unreadable "
             "(EOFError: Compressed file ended before the end-of-stream marker was reached)"))
    data, starts = _warc(3)
    put("19_whole.warc.gz", data, *(Case("19_whole.warc.gz", f"record {i}", None, "utf-8") for i in (2, 3, 4)))
    cut_at = starts[3] - 40  # inside the last deflate block of record 3: its header survives, its end does not
    declared, short = _cut_record(data[starts[2]:cut_at])
    put("20_cut.warc.gz", data[:cut_at],
        Case("20_cut.warc.gz", "record 2", None, "utf-8"),
        Case("20_cut.warc.gz", "record 3", f"record cut short: the file ends {short:,} bytes before the record's "
             f"Content-Length ({declared}) says; the rest of the file is unreadable"))
    (root / "21_unknown.bin").write_bytes(b"\x00\x01")
    return cases
