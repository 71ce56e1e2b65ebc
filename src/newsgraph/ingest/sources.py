"""Which reader reads a source: by extension first, by content when the extension says nothing.

Directories are walked recursively in sorted order (names compared as strings, hidden entries and
files with other extensions skipped and counted), so two runs over the same tree read the same items
in the same order, which a resumed ingest relies on.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .model import MAX_ITEM_BYTES, WHOLE, Options, Read, ReadStream, error_read

__all__ = ["KINDS", "kind_of", "sniff", "iter_source"]

KINDS = ("text", "jsonl", "html", "warc")
_EXT = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
}
_GZIP = b"\x1f\x8b"
_HEAD = 65536
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<title")


def kind_of(name: str) -> str | None:
    """The reader named by a file's extension(s) (``.jsonl.gz`` → jsonl), None when unknown."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return _EXT.get(os.path.splitext(lower)[1])


def sniff(head: bytes) -> str:
    """The reader for bytes whose name says nothing (already decompressed)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    lower = stripped[:2048].lower()
    if stripped.startswith(b"{"):
        return "jsonl"
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(m in lower for m in _HTML_MARKS[:2]):
        return "html"
    return "text"


def _gunzip_head(head: bytes) -> bytes:
    """As much of the decompressed start of a gzip stream as the head holds, even if cut short."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD)
    except zlib.error:
        return b""


def iter_source(src: str, opts: Options, stream: ReadStream) -> Iterator[Read]:
    if src == "-":
        yield from _read_bytes_source("-", io.BytesIO(sys.stdin.buffer.read()), None, opts, stream)
        return
    path = Path(src)
    if path.is_dir():
        yield from _walk(path, opts, stream)
        return
    yield from _read_file(path, str(src), kind_of(path.name), opts, stream)


def _walk(root: Path, opts: Options, stream: ReadStream) -> Iterator[Read]:
    # Entries of a folder in name order, a sub-folder read where its name falls (as `find | sort`
    # lists them); symbolic links to folders are not followed, so a link loop cannot trap the walk.
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield error_read(str(root), WHOLE, f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            stream.skip("hidden file or folder")
            continue
        p = Path(entry.path)
        if entry.is_symlink() and entry.is_dir():
            stream.skip("symbolic link to a folder")
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(p, opts, stream)
            continue
        kind = kind_of(entry.name)
        ext = os.path.splitext(entry.name.lower().removesuffix(".gz"))[1]
        if kind is None and ext:
            stream.skip(f"unrecognized extension {ext}")
            continue
        yield from _read_file(p, str(p), kind, opts, stream)


def _read_file(path: Path, label: str, kind: str | None, opts: Options, stream: ReadStream) -> Iterator[Read]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except FileNotFoundError:
        yield error_read(label, WHOLE, "no such file or directory")
        return
    except OSError as exc:
        yield error_read(label, WHOLE, f"cannot open: {exc.strerror or exc}")
        return
    with fh:
        yield from _read_bytes_source(label, fh, kind, opts, stream)


def _read_bytes_source(label: str, fh: IO[bytes], kind: str | None, opts: Options,
                       stream: ReadStream) -> Iterator[Read]:
    try:
        head = fh.read(_HEAD)
        fh.seek(0)
    except OSError as exc:
        yield error_read(label, WHOLE, f"cannot read: {exc.strerror or exc}")
        return
    compressed = head.startswith(_GZIP)
    if kind is None:
        kind = sniff(_gunzip_head(head) if compressed else head)
    if kind == "warc":
        from .warc import read_warc

        # warcio reads gzip members itself, one record per member.
        yield from read_warc(label, fh, opts, stream)
        return
    body: IO[bytes] = gzip.GzipFile(fileobj=fh, mode="rb") if compressed else fh  # type: ignore[assignment]
    if kind == "jsonl":
        from .jsonl import read_jsonl

        yield from read_jsonl(label, body, opts, stream)
        return
    try:
        data = body.read(MAX_ITEM_BYTES + 1)
    except (EOFError, OSError, zlib.error) as exc:
        yield error_read(label, WHOLE, f"gzip stream truncated or corrupt ({type(exc).__name__}: {exc})")
        return
    if len(data) > MAX_ITEM_BYTES:
        yield error_read(label, WHOLE, f"larger than {MAX_ITEM_BYTES:,} bytes: not read as one article")
        return
    if kind == "html":
        from .html import read_html

        yield read_html(label, data, opts)
        return
    from .text import read_text

    yield read_text(label, data, opts)
