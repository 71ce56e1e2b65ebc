"""Read articles from files, folders, JSONL, HTML, WARC and standard input.

    >>> from newsgraph.ingest import read_sources
    >>> for r in read_sources(["corpus.jsonl.gz", "pages/", "crawl.warc.gz"]):
    ...     if r.item is None:
    ...         print(f"{r.source} {r.position}: {r.error}")   # the batch goes on
    ...     else:
    ...         articles.append(r.item)                        # a newsgraph.pipeline.Item

``read_sources`` never raises on bad input: every item that cannot be read becomes a :class:`Read`
with ``error`` set, naming the source and the position inside it. It raises only for bad *arguments*
(an unknown field name, a malformed ``published``, a title or URL given for more than one text).
This package reads; it never imports the store or the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from os import PathLike
from pathlib import Path

from ..errors import InputError
from ..pipeline import normalize_published
from .decode import Decoded, decode_bytes
from .jsonl import resolve_fields
from .model import FIELD_NAMES, Options, Read, ReadStream, error_read
from .sources import KINDS, iter_source, kind_of

__all__ = ["Read", "ReadStream", "read_sources", "decode_bytes", "Decoded", "FIELD_NAMES", "KINDS", "kind_of"]


def read_sources(
    sources: Iterable[str | PathLike[str]] | str | PathLike[str],
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    fields: Mapping[str, str] | None = None,
    follow_symlinks: bool = False,
) -> ReadStream:
    """Yield one :class:`Read` per article found in ``sources``, in order.

    ``sources``: paths of files or directories, or "-" for standard input. The format comes from the
    extension (``.txt .md``, ``.jsonl .ndjson``, ``.html .htm``, ``.warc``, each optionally ``.gz``),
    else from the content. ``published``/``title``/``url`` apply to plain-text articles (title and
    URL only when one text source is given); ``fields`` renames JSONL keys, e.g.
    ``{"text": "body", "published": "pub_date"}``. In a folder, a symbolic link whose target lies outside
    the folder is an error Read unless ``follow_symlinks`` (which also follows links to folders, once
    each); FIFOs and devices are error Reads, never opened for reading. The returned iterator also
    counts what it skipped (``.skipped``), and the good and failed Reads it yielded (``.n_ok``, ``.n_failed``).
    """
    if isinstance(sources, (str, PathLike)):
        sources = [sources]
    srcs = [str(s) for s in sources]
    if (title is not None or url is not None) and not _single_text(srcs):
        raise InputError("--title and --url apply to a single text source (one file or -), "
                         f"got {len(srcs)} source(s)")
    resolve_fields(fields)  # fail now on a bad mapping, not at the first JSONL line
    opts = Options(published=normalize_published(published), title=title, url=url, fields=dict(fields or {}),
                   follow_symlinks=follow_symlinks)

    def make(stream: ReadStream) -> Iterator[Read]:
        for src in srcs:
            last = "start"
            try:
                for r in iter_source(src, opts, stream):
                    last = r.position
                    yield r
            except Exception as exc:  # a reader bug must not end the whole batch: report it, go on
                yield error_read(src, f"after {last}", f"unexpected {type(exc).__name__} while reading "
                                                       f"({exc}); the rest of this source is unread")

    return ReadStream(make)


def _single_text(srcs: list[str]) -> bool:
    if len(srcs) != 1:
        return False
    return srcs[0] == "-" or not Path(srcs[0]).is_dir()
