"""JSON Lines (optionally gzip-compressed): one article object per line.

Every line yields one Read, good or bad, except blank lines (counted as skipped). A gzip stream that
ends early yields the lines before the cut and then one error Read for the rest, never an exception.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Mapping
from typing import IO, Any

from ..errors import InvalidFieldError, NewsgraphError
from ..pipeline import Item, normalize_published, to_item
from .decode import decode_bytes
from .model import FIELD_NAMES, MAX_ITEM_BYTES, Options, Read, ReadStream, error_read

__all__ = ["read_jsonl", "resolve_fields"]

# Streams that end before their end-of-stream marker, or bytes that are not gzip at all.
_STREAM_ERRORS = (EOFError, OSError, zlib.error)


def resolve_fields(fields: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """Record keys to read each logical field from. ``fields`` maps a logical name (text, title,
    published, url, source, id) to the key used in the file; unknown names are an error."""
    keys: dict[str, tuple[str, ...]] = {name: (name,) for name in FIELD_NAMES}
    keys["published"] = ("date", "published")
    for name, key in (fields or {}).items():
        if name == "date":
            name = "published"
        if name not in keys:
            raise InvalidFieldError(f"unknown field {name!r} in the field mapping (known: {', '.join(FIELD_NAMES)})")
        if not isinstance(key, str) or not key:
            raise InvalidFieldError(f"field mapping for {name!r} must be a non-empty string")
        keys[name] = (key,)
    return keys


def read_jsonl(source: str, fh: IO[bytes], opts: Options, stream: ReadStream) -> Iterator[Read]:
    keys = resolve_fields(opts.fields)
    n = 0
    while True:
        try:
            line = fh.readline(MAX_ITEM_BYTES + 1)
            too_long = len(line) > MAX_ITEM_BYTES
            rest = line
            while too_long and rest and not rest.endswith(b"\n"):
                rest = fh.readline(1 << 20)  # skip the rest of the oversized line, a block at a time
        except _STREAM_ERRORS as exc:
            # The buffered reader drops the partial line it held when the stream broke, so the cut
            # is reported at the first line that did not come back whole.
            why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            yield error_read(source, f"line {n + 1}",
                             f"stream cut after line {n}, the rest of the file is unreadable ({why})")
            return
        if too_long:
            n += 1
            yield error_read(source, f"line {n}", f"longer than {MAX_ITEM_BYTES:,} bytes: not read")
            continue
        if not line:
            return
        n += 1
        yield from _one(source, n, line, keys, stream)


def _one(source: str, n: int, raw: bytes, keys: dict[str, tuple[str, ...]], stream: ReadStream) -> Iterator[Read]:
    position = f"line {n}"
    if not raw.strip():
        stream.skip("blank line")
        return
    encoding = None
    try:
        decoded = decode_bytes(raw)
        encoding = decoded.encoding
        try:
            obj = json.loads(decoded.text.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            raise InvalidFieldError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        except RecursionError:
            raise InvalidFieldError("invalid JSON: nested too deeply") from None
        except ValueError as exc:  # an integer of thousands of digits, refused by int()
            raise InvalidFieldError(f"invalid JSON: {str(exc).split(';')[0]}") from None
        if not isinstance(obj, dict):
            raise InvalidFieldError(f"not a JSON object (a JSON {_json_type(obj)})")
        item, meta = _item(obj, keys, source, n)
    except NewsgraphError as exc:
        yield error_read(source, position, exc, encoding)
        return
    yield Read(source=source, position=position, item=item, error=None, encoding=encoding, meta=meta)


def _get(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str, Any]:
    for name in names:
        if name in obj:
            v = obj[name]
            # An empty date under "date" must not hide a real one under "published".
            if v not in (None, "") or name == names[-1]:
                return name, v
    return names[0], None


def _str(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    key, v = _get(obj, names)
    if v is None or isinstance(v, str):
        return v
    raise InvalidFieldError(f"field {key!r} must be a string, got a JSON {_json_type(v)}")


def _item(obj: dict[str, Any], keys: dict[str, tuple[str, ...]], source: str, n: int) -> tuple[Item, dict[str, str]]:
    tkey, text = _get(obj, keys["text"])
    if text is None:
        raise InvalidFieldError(f"missing field {tkey!r}" if tkey not in obj else f"field {tkey!r} is null")
    if not isinstance(text, str):
        raise InvalidFieldError(f"field {tkey!r} must be a string, got a JSON {_json_type(text)}")
    pkey, published = _get(obj, keys["published"])
    if published is not None and not isinstance(published, str):
        raise InvalidFieldError(f"field {pkey!r} must be a date string, got a JSON {_json_type(published)}")
    try:
        published = normalize_published(published)
    except InvalidFieldError as exc:
        raise InvalidFieldError(f"field {pkey!r}: {exc.reason}") from None
    ikey, ident = _get(obj, keys["id"])
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (str, int))):
        raise InvalidFieldError(f"field {ikey!r} must be a string or an integer, got a JSON {_json_type(ident)}")
    ref = str(ident) if ident not in (None, "") else f"{source} line {n}"
    item = to_item(Item(text=text, title=_str(obj, keys["title"]), published=published,
                        url=_str(obj, keys["url"]), source=_str(obj, keys["source"]), ref=ref))
    meta: dict[str, str] = {}
    for k in ("author", "authors"):
        if isinstance(obj.get(k), str) and obj[k]:
            meta["author"] = obj[k]
            break
    return item, meta


def _json_type(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    if v is None:
        return "null"
    return "string"
