"""WARC and WARC.gz (and the older ARC): the HTML pages of response records, as in Common Crawl's CC-NEWS.

warcio is lenient in ways that would lose articles silently, so three checks are added around it:

- a record whose block is shorter than its ``Content-Length`` (a file cut in the middle) gives an
  error Read and ends the file;
- a gzip member cut in the middle ends warcio's iteration *without* an error; the state of the last
  member's decompressor tells a clean end from a cut, and a cut gives an error Read;
- a ``Content-Length`` that ends before the record does (the bytes that follow are not the blank
  lines that close a record) is reported by warcio only on stderr; here it marks the record as
  corrupt, because its payload was cut at the wrong place.

Records other than HTML responses (warcinfo, request, metadata, redirects, PDFs...) are skipped and
counted in the stream's ``skipped``, never silently.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from .html import read_html
from .model import MAX_ITEM_BYTES, Options, Read, ReadStream, error_read

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PAGE_RECORDS = ("response", "resource")


class _CheckedIterator(ArchiveIterator):
    """ArchiveIterator that records what warcio only prints: overruns and a cut gzip stream."""

    def __init__(self, fileobj: IO[bytes]) -> None:
        self.overruns: list[tuple[int, int]] = []  # (offset, bytes of non-record data found there)
        self.gzip_cut = False
        super().__init__(fileobj)

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        # Between records only blank lines may follow a record's block. Anything else there means the
        # block's Content-Length stopped short; warcio skips those bytes, we count them.
        empty = 0
        junk = 0
        first = True
        while True:
            line = self.reader.readline()
            if not line:
                if junk:
                    self.overruns.append((self.fh.tell(), junk))
                return None, empty
            blank = not line.strip()
            if blank or first:
                empty += len(line)
                if not blank:
                    junk += len(line)
                first = False
                continue
            if junk:
                self.overruns.append((self.fh.tell(), junk))
            return line, empty

    def close(self) -> None:
        reader = self.reader
        decomp = getattr(reader, "decompressor", None) if reader is not None else None
        # A gzip member that was started but never reached its end-of-stream marker: the file was cut.
        if decomp is not None and not getattr(decomp, "eof", True):
            self.gzip_cut = True
        super().close()


@dataclass
class _Record:
    index: int
    rec_type: str
    url: str | None
    content_type: str | None
    status: str | None
    payload: bytes | None
    meta: dict[str, str] = field(default_factory=dict)
    problem: str | None = None
    fatal: bool = False  # the file cannot be read past this record
    tail: bytes | None = None  # records swallowed by a lying Content-Length, read again from here


def read_warc(source: str, fh: IO[bytes], opts: Options, stream: ReadStream, first: int = 0) -> Iterator[Read]:
    """Reads of the records of ``fh``; ``first`` is how many records of the file came before it."""
    try:
        it = _CheckedIterator(fh)
        records = iter(it)
    except Exception as exc:  # warcio raises bare Exceptions for non-WARC data
        yield error_read(source, f"record {first + 1}", f"not a readable WARC ({type(exc).__name__}: {exc})")
        return
    index = first
    pending: _Record | None = None
    while True:
        failure: BaseException | None = None
        seen_overruns = len(it.overruns)
        try:
            rec = next(records)
        except StopIteration:
            rec = None
        except Exception as exc:  # a parser failure mid-file ends the file, with an error for the rest
            rec, failure = None, exc
        if pending is not None:
            if len(it.overruns) > seen_overruns:
                offset, junk = it.overruns[-1]
                pending.problem = (f"Content-Length ends before the record does ({junk:,} more bytes follow "
                                   f"before the next record); the payload is cut at the wrong place")
            yield from _emit(source, pending, opts, stream)
            if pending.tail is not None:
                # the lying record swallowed the rest of the file: read the records it holds
                yield from read_warc(source, io.BytesIO(pending.tail), opts, stream, first=pending.index)
                return
            pending = None
        if rec is None:
            break
        index += 1
        try:
            pending = _take(rec, index)
        except Exception as exc:  # headers warcio accepted but that do not hold together
            pending = _Record(index, "?", None, None, None, None,
                              problem=f"malformed WARC record ({type(exc).__name__}: {exc})")
        if pending.fatal:
            yield from _emit(source, pending, opts, stream)
            return
    if failure is not None:
        why = f"{type(failure).__name__}: {str(failure).strip().splitlines()[0] if str(failure).strip() else ''}"
        yield error_read(source, f"record {index + 1}",
                         f"WARC unreadable from here on, after {index} record(s): malformed or cut record "
                         f"header ({why.rstrip(': ')})")
    elif it.gzip_cut:
        yield error_read(source, f"record {index + 1}",
                         f"gzip stream cut after record {index} (no end-of-stream marker); "
                         "anything after it is unreadable")


def _arc_date(value: str | None) -> str | None:
    if not value or not re.fullmatch(r"\d{14}", value):
        return None
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}T{value[8:10]}:{value[10:12]}:{value[12:14]}Z"


def _take(rec: Any, index: int) -> _Record:
    """Everything needed from a record, read now: the stream moves on at the next record."""
    h = rec.rec_headers
    rec_type = str(rec.rec_type or "")
    # ARC files (the format before WARC) name the same things "uri" and "archive-date" (YYYYMMDDhhmmss).
    url = h.get_header("WARC-Target-URI") or h.get_header("uri")
    date = h.get_header("WARC-Date") or _arc_date(h.get_header("archive-date"))
    http = rec.http_headers
    content_type = http.get_header("Content-Type") if http is not None else h.get_header("Content-Type")
    status = http.get_statuscode() if http is not None and rec_type == "response" else None
    meta = {k: v for k, v in (("warc_date", date),
                              ("warc_record_id", h.get_header("WARC-Record-ID")),
                              ("content_type", content_type)) if v}
    out = _Record(index, rec_type, url, content_type, status, None, meta)
    if not rec_type:
        out.problem = "malformed WARC record: no WARC-Type header"
        return out
    if rec_type not in _PAGE_RECORDS:
        return out
    try:
        out.payload = rec.content_stream().read(MAX_ITEM_BYTES + 1)
    except Exception as exc:  # chunked or content-encoded payloads that do not decode
        out.problem = f"payload does not decode ({type(exc).__name__}: {exc})"
        return out
    if len(out.payload) > MAX_ITEM_BYTES:
        # warcio skips the rest of the record itself when the iterator moves on.
        out.problem = f"payload larger than {MAX_ITEM_BYTES:,} bytes: not read as one article"
        return out
    remaining = getattr(rec.raw_stream, "limit", 0)
    if remaining:
        declared = h.get_header("Content-Length")
        at = _embedded_record(out.payload)
        if at is not None:
            # a Content-Length that lies (10^12) ran over the records after this one: this record's own
            # end is unknown, so it is an error; the records inside its payload are read on their own
            out.problem = (f"Content-Length ({declared}) runs {remaining:,} bytes past the end of the file, over "
                           "the record(s) that follow; this record is not read, those after it are")
            out.tail = out.payload[at:]
            return out
        short = f"the file ends {remaining:,} bytes before the record's Content-Length ({declared}) says"
        if out.payload.rstrip().lower().endswith(b"</html>"):
            # The page itself is whole: the bytes missing are elsewhere in the record (real crawls
            # exist whose header lines lost their carriage returns). Keep the page, say so.
            out.meta["warning"] = short + "; the HTML page is complete"
        else:
            out.problem = f"record cut short: {short}; the rest of the file is unreadable"
            out.fatal = True
    return out


_RECORD_START = re.compile(rb"\nWARC/1\.[01]\r?\n")


def _embedded_record(payload: bytes) -> int | None:
    """Offset of the first WARC record header inside a payload, None when there is none."""
    for m in _RECORD_START.finditer(payload):
        if b"warc-type:" in payload[m.end(): m.end() + 4096].lower():
            return m.start() + 1
    return None


def _is_html(rec: _Record) -> bool:
    if rec.content_type:
        return rec.content_type.split(";")[0].strip().lower() in _HTML_TYPES
    head = (rec.payload or b"")[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _emit(source: str, rec: _Record, opts: Options, stream: ReadStream) -> Iterator[Read]:
    position = f"record {rec.index}"
    if rec.problem:
        r = error_read(source, position, rec.problem)
        r.meta = dict(rec.meta)
        yield r
        return
    if rec.rec_type not in _PAGE_RECORDS:
        stream.skip(f"warc {rec.rec_type or 'untyped'} record")
        return
    if rec.status is not None and rec.status != "200":
        stream.skip(f"HTTP {rec.status} response")
        return
    if not _is_html(rec):
        ctype = (rec.content_type or "no content type").split(";")[0].strip()
        stream.skip(f"non-HTML {rec.rec_type} ({ctype})")
        return
    fetched = rec.meta.get("warc_date", "")[:10]
    yield read_html(source, rec.payload or b"", opts, position=position, url=rec.url,
                    content_type=rec.content_type, meta=rec.meta,
                    fetched=fetched if _ISO_DAY.match(fetched) else None)
