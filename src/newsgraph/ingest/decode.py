"""Bytes to text, saying which encoding was assumed.

The order of the guesses matters more than the detector. A byte-order mark is proof; valid UTF-8 with
non-ASCII bytes in it is almost proof (other encodings rarely form valid multi-byte sequences by
chance); a charset the document declares comes next. Only then is a statistical detector asked, and
only its confident answers for scripts where it is reliable are trusted: on short Western-European
text charset_normalizer often prefers cp1250 or cp775 to cp1252, which turns "café" into "cafč".
Everything else falls back to cp1252 (the Windows superset of Latin-1 that has the smart quotes),
then Latin-1, which decodes any byte.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import DecodeError, EmptyTextError

__all__ = ["Decoded", "decode_bytes", "sniff_binary", "check_not_empty", "declared_charset"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of the binary formats most often dropped by mistake into a folder of articles, so that
# the error says what the file is rather than only what it is not.
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
)

# Detector answers trusted when the bytes are not UTF-8: scripts whose byte statistics are distinctive.
# Western and Central European single-byte code pages are deliberately absent (see the module doc).
_TRUSTED = {
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",
    "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256", "iso8859_6",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs",
    "euc_kr", "cp949", "johab", "tis_620", "cp874", "utf_16", "utf_32",
}
_DETECT_MIN_BYTES = 64
_DETECT_MAX_CHAOS = 0.10
_SNIFF = 8192
# Share of control bytes (other than tab, newline, carriage return, form feed, escape) above which a
# chunk is not text in any 8-bit encoding.
_MAX_CONTROL = 0.05
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec assumed, as Python names it ("utf-8", "utf-8-sig", "cp1252", "latin-1"...)


def sniff_binary(data: bytes) -> str | None:
    """A reason ("binary data (PDF)") when ``data`` is not text in any encoding, else None."""
    head = data[:_SNIFF]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary data ({what})"
    if _utf16_without_bom(head):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    if head and sum(head.count(bytes([c])) for c in _CONTROL) / len(head) > _MAX_CONTROL:
        return "binary data (control bytes)"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for BOM-less UTF-16 of mostly ASCII text (every other byte NUL)."""
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The codec named by an HTTP ``Content-Type`` or an HTML ``<meta charset>``, when Python knows it."""
    names: list[str] = []
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
        if m:
            names.append(m.group(1))
    m2 = _CHARSET.search(data[:_SNIFF * 2])
    if m2:
        names.append(m2.group(1).decode("ascii", "replace"))
    for name in names:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` for binary data. ``declared``: a charset the
    container names (HTTP header, ``<meta>``), tried after UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {codec} byte-order mark but is not {codec} "
                                  f"(byte {exc.start})") from None
    utf16 = _utf16_without_bom(data[:_SNIFF])
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    reason = sniff_binary(data)
    if reason:
        raise DecodeError(reason)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed:
        return mixed
    if declared:
        try:
            codec = codecs.lookup(declared).name
            if codec not in ("utf-8", "ascii"):
                return Decoded(data.decode(codec), codec)
        except (UnicodeDecodeError, LookupError):
            pass
    guess = _detect(data)
    if guess:
        return guess
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps them to C1 controls and never fails.
        return Decoded(data.decode("latin-1"), "latin-1")


_ESCAPED = re.compile("[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few stray Windows bytes (a smart quote pasted into a UTF-8 page is the usual
    case): those bytes are read as cp1252, the rest as UTF-8. A cp1252 text practically never holds
    a valid multi-byte UTF-8 sequence, so their presence, outnumbering the bad bytes, decides."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(text))
    valid_sequences = sum(1 for ch in text if ord(ch) >= 128) - bad
    if valid_sequences < max(1, bad):
        return None
    text = _ESCAPED.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)
    return Decoded(text, f"utf-8 ({bad} invalid byte{'s' if bad != 1 else ''} read as cp1252)")


def _detect(data: bytes) -> Decoded | None:
    if len(data) < _DETECT_MIN_BYTES:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding not in _TRUSTED or best.chaos > _DETECT_MAX_CHAOS:
        return None
    try:
        return Decoded(data.decode(best.encoding), best.encoding)
    except UnicodeDecodeError:
        return None


def check_not_empty(text: str) -> None:
    """Raise :class:`EmptyTextError` for an empty or whitespace-only text."""
    if not text:
        raise EmptyTextError("empty")
    if not text.strip():
        raise EmptyTextError("whitespace only")
