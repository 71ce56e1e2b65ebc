"""Which reader reads a source: by extension first, by content when the extension says nothing.

Directories are walked recursively in sorted order (names compared as strings, hidden entries and
files with other extensions skipped and counted), so two runs over the same tree read the same items
in the same order, which a resumed ingest relies on.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .model import MAX_ITEM_BYTES, WHOLE, Options, Read, ReadStream, error_read

__all__ = ["KINDS", "kind_of", "sniff", "iter_source", "read_bytes_source"]

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
        yield from _read_stdin(opts, stream)
        return
    path = Path(src)
    if path.is_dir():
        root = os.path.realpath(path)
        yield from _walk(path, root, opts, stream, {root})
        return
    yield from _read_file(path, str(src), kind_of(path.name), opts, stream)


def _walk(folder: Path, root: str, opts: Options, stream: ReadStream, seen: set[str]) -> Iterator[Read]:
    # Entries of a folder in name order, a sub-folder read where its name falls (as `find | sort`
    # lists them). Each entry is handled on its own: a link loop, a vanished or unreadable entry is one
    # error Read and the walk goes on with the next entry.
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield error_read(str(folder), WHOLE, f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            stream.skip("hidden file or folder")
            continue
        try:
            yield from _entry(entry, root, opts, stream, seen)
        except OSError as exc:
            yield error_read(entry.path, WHOLE, f"cannot read this entry: {exc.strerror or exc}")


def _entry(entry: os.DirEntry[str], root: str, opts: Options, stream: ReadStream, seen: set[str]) -> Iterator[Read]:
    p = Path(entry.path)
    if entry.is_symlink():
        try:
            target = os.path.realpath(entry.path, strict=True)
        except OSError as exc:  # ELOOP for a loop, ENOENT for a dangling link
            why = "a symbolic link loop" if exc.errno == errno.ELOOP else f"a broken symbolic link ({exc.strerror})"
            yield error_read(entry.path, WHOLE, f"not read: {why}")
            return
        inside = target == root or target.startswith(root.rstrip(os.sep) + os.sep)
        if not inside and not opts.follow_symlinks:
            yield error_read(entry.path, WHOLE, f"not read: a symbolic link out of the ingested folder (to {target}); "
                                                "--follow-symlinks follows such links")
            return
        if os.path.isdir(target):
            if not opts.follow_symlinks or target in seen:
                stream.skip("symbolic link to a folder")
                return
            seen.add(target)
            yield from _walk(p, root, opts, stream, seen)
            return
    elif entry.is_dir(follow_symlinks=False):
        yield from _walk(p, root, opts, stream, seen)
        return
    kind = kind_of(entry.name)
    ext = os.path.splitext(entry.name.lower().removesuffix(".gz"))[1]
    if kind is None and ext:
        stream.skip(f"unrecognized extension {ext}")
        return
    yield from _read_file(p, str(p), kind, opts, stream)


def _special(mode: int) -> str | None:
    """What a file that is not a regular file is (reading a FIFO without a writer blocks for ever)."""
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _read_file(path: Path, label: str, kind: str | None, opts: Options, stream: ReadStream) -> Iterator[Read]:
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the type check below refuses it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        yield error_read(label, WHOLE, "no such file or directory")
        return
    except OSError as exc:
        yield error_read(label, WHOLE, f"cannot open: {exc.strerror or exc}")
        return
    try:
        what = _special(os.fstat(fd).st_mode)
    except OSError as exc:
        os.close(fd)
        yield error_read(label, WHOLE, f"cannot open: {exc.strerror or exc}")
        return
    if what:
        os.close(fd)
        yield error_read(label, WHOLE, f"not read: {what}, not a regular file")
        return
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as fh:
        yield from read_bytes_source(label, fh, kind, opts, stream)


class _Replay(io.RawIOBase):
    """A non-seekable stream (standard input) read from its start again after its head was sniffed."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest, self.pos = head, rest, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        view = memoryview(buf).cast("B")
        if self.pos < len(self.head):
            n = min(len(view), len(self.head) - self.pos)
            view[:n] = self.head[self.pos:self.pos + n]
        else:
            data = self.rest.read(len(view))
            n = len(data)
            view[:n] = data
        self.pos += n
        return n

    def tell(self) -> int:
        return self.pos


class GzipBombError(OSError):
    """A gzip stream that inflates far beyond any real text (the readers report it as the stream's end)."""


# Real JSONL and text compress 3 to 20 times; past this ratio, once a few MB are out, it is a bomb
# (a 2 MB gzip of blank lines inflated to 2 GB and kept a run busy for minutes with no output).
_BOMB_RATIO = 200
_BOMB_AFTER = 1024 * 1024


class _BombGuard(io.RawIOBase):
    """Decompressed bytes of a gzip stream, refused once they pass ``_BOMB_RATIO`` times the input read."""

    def __init__(self, gz: gzip.GzipFile, raw: IO[bytes]) -> None:
        self.gz, self.raw, self.out = gz, raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        data = self.gz.read1(len(buf))  # read1: what was inflated before a cut still comes back
        n = len(data)
        memoryview(buf).cast("B")[:n] = data
        self.out += n
        if self.out > _BOMB_AFTER:
            try:
                consumed = max(1, self.raw.tell())
            except OSError:
                consumed = 1
            if self.out > _BOMB_RATIO * consumed:
                raise GzipBombError(f"gzip stream inflates more than {_BOMB_RATIO} times ({self.out:,} bytes out of "
                                    f"{consumed:,}): not read further")
        return n


def _read_stdin(opts: Options, stream: ReadStream) -> Iterator[Read]:
    # read as it comes, never whole: `newsgraph ingest - < /dev/zero` must stop at the size cap, and a
    # JSONL stream of any length goes through line by line
    yield from read_bytes_source("-", sys.stdin.buffer, None, opts, stream)


def read_bytes_source(label: str, fh: IO[bytes], kind: str | None, opts: Options,
                      stream: ReadStream) -> Iterator[Read]:
    try:
        head = fh.read(_HEAD)
        if fh.seekable():
            fh.seek(0)
        else:
            fh = io.BufferedReader(_Replay(head, fh), buffer_size=_HEAD)
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
    body: IO[bytes] = (io.BufferedReader(_BombGuard(gzip.GzipFile(fileobj=fh, mode="rb"), fh))
                       if compressed else fh)
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
