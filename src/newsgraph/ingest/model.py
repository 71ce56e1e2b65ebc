"""The record every reader yields, and the options and counters they share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import NewsgraphError
from ..pipeline import Item

__all__ = ["Read", "ReadStream", "Options", "FIELD_NAMES", "WHOLE", "MAX_ITEM_BYTES", "error_read"]

# The logical fields of a JSONL record and the keys they are read from by default; ``published``
# falls back from "date" to "published" unless the caller maps it.
FIELD_NAMES = ("text", "title", "published", "url", "source", "id")
# Position of an item that is a whole file (a text, an HTML page).
WHOLE = "whole"
# The most bytes one article may take once decompressed (a file, a JSONL line). Far above any real
# report; it keeps a gzip bomb or a mislabelled dump from being read into memory as one text, and it is
# the largest input whose peak memory is measured (a 20 MB line; BENCHMARKS.md, issue 15): past the
# text, memory grows with the facts of the one record (a 64 MB line of dated sentences would hold a
# million time facts).
MAX_ITEM_BYTES = 20 * 1024 * 1024


@dataclass
class Read:
    """One item read from a source: an article, or the reason it could not be read.

    ``source`` is the file or container ("-" for standard input); ``position`` where in it the item
    is: "whole" for a single-article file, "line N" (1-based) in JSONL, "record N" (1-based, every
    WARC record counted) in a WARC. Exactly one of ``item`` and ``error`` is set. ``encoding`` is the
    codec assumed to decode the bytes ("utf-8", "utf-8-sig", "cp1252", "latin-1"...), None where
    nothing was decoded. ``meta`` holds metadata with no place in :class:`~newsgraph.pipeline.Item`
    (``author``, ``sitename``, ``warc_date``, ``warc_record_id``, ``content_type``).
    """

    source: str
    position: str
    item: Item | None
    error: str | None
    encoding: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.item is not None

    def __str__(self) -> str:
        where = f"{self.source}" + ("" if self.position == WHOLE else f" {self.position}")
        return f"{where}: {self.error}" if self.error else f"{where}: ok"


def error_read(source: str, position: str, exc: NewsgraphError | str, encoding: str | None = None) -> Read:
    reason = exc if isinstance(exc, str) else exc.reason
    return Read(source=source, position=position, item=None, error=reason, encoding=encoding)


@dataclass(frozen=True)
class Options:
    """Caller options shared by the readers (already validated)."""

    published: str | None = None
    title: str | None = None
    url: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    # symbolic links out of an ingested folder (and links to folders) are followed only when asked
    follow_symlinks: bool = False


class ReadStream(Iterator[Read]):
    """The iterator :func:`~newsgraph.ingest.read_sources` returns.

    Besides the :class:`Read` items it counts, as it goes, what it passed over without yielding:
    ``skipped`` maps a reason ("warc request record", "non-HTML response (application/pdf)",
    "blank line", "unrecognized extension .json") to a count. ``n_ok`` and ``n_failed`` count the
    yielded Reads. Nothing else is dropped: every other item becomes a Read.
    """

    def __init__(self, make: Callable[[ReadStream], Iterator[Read]]) -> None:
        self.skipped: Counter[str] = Counter()
        self.n_ok = 0
        self.n_failed = 0
        self._it = make(self)

    def __iter__(self) -> ReadStream:
        return self

    def __next__(self) -> Read:
        r = next(self._it)
        if r.item is not None:
            self.n_ok += 1
        else:
            self.n_failed += 1
        return r

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n
