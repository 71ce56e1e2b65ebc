"""Plain-text articles: one file (or standard input) is one article."""

from __future__ import annotations

from ..errors import NewsgraphError
from ..pipeline import Item, to_item
from .decode import check_not_empty, decode_bytes
from .model import WHOLE, Options, Read, error_read

__all__ = ["read_text"]


def read_text(source: str, data: bytes, opts: Options) -> Read:
    """One Read for the bytes of a text file; the caller's title/url/published apply to it."""
    encoding = None
    try:
        decoded = decode_bytes(data)
        encoding = decoded.encoding
        check_not_empty(decoded.text)
        item = to_item(Item(text=decoded.text, title=opts.title, published=opts.published, url=opts.url,
                            ref=source))
    except NewsgraphError as exc:
        return error_read(source, WHOLE, exc, encoding)
    return Read(source=source, position=WHOLE, item=item, error=None, encoding=encoding)
