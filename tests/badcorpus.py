"""A corpus of bad inputs, generated on the fly (nothing big is committed).

``write_corpus(folder, big=False)`` writes one file per case and returns the expectations: for each
case the outcome counts it must add to an ingest summary and, for failures, a word the reason must
contain. ``big=True`` adds the 1 MB article and the 1-million-character single line (slow: minutes
on a loaded 2-core machine), used by the slow reliability test; the 5 MB article is left to `make bench`.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Case", "write_corpus", "english_paragraphs"]

_SENTENCES = [
    "The city council of Leeds voted on Tuesday to build {n} new homes near the river.",
    "Mayor Ruth Olsen said the plan would cost about ${n} million over five years.",
    '"We cannot wait any longer," Olsen told reporters outside the town hall.',
    "Opposition councillors said the vote was rushed and asked for a review by the end of the year.",
    "Nearly {n} residents signed a petition against the project last month, organisers said.",
]


def english_paragraphs(chars: int, tag: str = "") -> str:
    """Plain English news-like paragraphs (written here) up to ``chars`` characters; ``tag`` opens the text
    so that two generated articles never share an id."""
    out, i, size = ([f"This is report {tag}."] if tag else []), 0, 0
    while size < chars:
        para = " ".join(s.format(n=100 + (i * 7 + k) % 900) for k, s in enumerate(_SENTENCES))
        out.append(para)
        size += len(para) + 2
        i += 1
    return "\n\n".join(out)[:chars]


@dataclass
class Case:
    name: str  # file name
    stored: int = 0
    failed: int = 0
    non_english: int = 0
    reasons: list[str] = field(default_factory=list)  # a word each failure reason contains


def _warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http)
        writer.write_record(rec)
    return buf.getvalue()


def _page(title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head><title>{title}</title><script>var x = '<p>not text</p>';</script></head>"
            f"<body><nav>Home | World</nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>Copyright</footer></body></html>")


def write_corpus(folder: Path, *, big: bool = False) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def put(name: str, data: bytes | str, case: Case) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(case)

    def text(tag: str) -> str:
        return english_paragraphs(1200, tag)

    put("empty.txt", b"", Case("empty.txt", failed=1, reasons=["empty"]))
    put("blank.txt", "  \n\t \n", Case("blank.txt", failed=1, reasons=["whitespace"]))
    put("binary.txt", bytes(range(256)) * 8, Case("binary.txt", failed=1, reasons=["binary"]))
    put("badutf8.txt", text("utf8").encode() + b"\xff\xfe broken \xc3\x28 bytes.", Case("badutf8.txt", stored=1))
    put("latin1.txt", "Le gouvernement français a annoncé lundi une réforme des retraites, présentée au "
        "Parlement en juin prochain après des mois de négociations.".encode("latin-1"),
        Case("latin1.txt", non_english=1))
    put("cp1252.txt", ("\u201cWe will rebuild,\u201d the mayor of Leeds said on Monday \u2013 adding that 300 homes "
                       "were flooded in the north of England last week.").encode("cp1252"), Case("cp1252.txt", stored=1))
    # py3langid calls a text of digits "zxx" (no linguistic content): stored, counted with the non-English
    put("numbers.txt", " ".join(str(i * 37) for i in range(400)), Case("numbers.txt", non_english=1))
    put("quotes_only.txt", '" " \u201c \u201d \' \u2018 \u2019 " "', Case("quotes_only.txt", stored=1))
    put("many_quotes.txt", 'He said "yes" and "no". ' * 50 + '"' * 3001 + " The end came on Monday.",
        Case("many_quotes.txt", stored=1))
    put("feb31.txt", "The ministry said the election would be held on 31 February 2021, which does not exist, "
        "and officials in Rome corrected the date on Monday.", Case("feb31.txt", stored=1))
    put("huge_number.txt", "The central bank of the republic printed " + "9" * 400 + " notes in 1923, "
        "historians in Berlin said on Monday, adding that prices doubled every few days.",
        Case("huge_number.txt", stored=1))
    put("scripts.html", _page("Floods in Leeds", text("scripts")).replace("<p>", "<p><script>alert(1)</script>", 1),
        Case("scripts.html", stored=1))
    put("broken.html", "<html><body><article><p>" + text("broken").replace("\n\n", "<p><b><i>") + "</div></span>",
        Case("broken.html", stored=1))
    put("deep.html", "<html><body>" + "<div>" * 5000 + "<p>" + text("deep") + "</p>" + "</div>" * 5000 + "</body></html>",
        Case("deep.html", failed=1, reasons=["no article text"]))  # trafilatura gives up on 5,000 levels
    put("nobody.html", "<html><head><title>Nothing here</title></head></html>",
        Case("nobody.html", failed=1, reasons=["no article text"]))
    lines = [json.dumps({"text": english_paragraphs(300 + i * 10) + f" Item {i}.", "date": f"2021-03-0{i + 1}",
                         "id": f"ok{i}"}) for i in range(3)]
    lines.insert(1, "{not json")
    lines.insert(2, json.dumps({"title": "no text here"}))
    lines.insert(3, json.dumps({"text": ["a", "list"]}))
    lines.append(json.dumps({"text": "An empty date is fine: officials in Quito said on Sunday that 12 people "
                                     "were hurt in a landslide.", "date": ""}))
    put("mixed.jsonl", "\n".join(lines) + "\n",
        Case("mixed.jsonl", stored=4, failed=3, reasons=["JSON", "text", "text"]))
    full = gzip.compress(("\n".join(json.dumps({"text": english_paragraphs(400) + f" Report {i}.", "id": f"gz{i}"})
                                    for i in range(6)) + "\n").encode())
    put("cut.jsonl.gz", full[: int(len(full) * 0.6)], Case("cut.jsonl.gz"))  # counts checked separately
    warc = _warc_bytes([(f"https://example.org/{i}", _page(f"Story {i}", english_paragraphs(500) + f" Story {i}."))
                        for i in range(4)])
    put("cut.warc.gz", warc[: int(len(warc) * 0.6)], Case("cut.warc.gz"))  # counts checked separately
    if big:
        put("big_1mb.txt", english_paragraphs(1_000_000), Case("big_1mb.txt", stored=1))
        put("one_line.txt", ("The committee met again on Monday and the talks went on. " * 18_000)[:1_000_000],
            Case("one_line.txt", stored=1))
    return cases
