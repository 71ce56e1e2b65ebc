"""HTML pages: the article body and its metadata, by trafilatura in precision mode.

Precision mode is the default because a fact extracted from a "most read" sidebar or a comment is
worse than a missed paragraph: every fact newsgraph keeps cites its evidence, and boilerplate makes
for wrong evidence. Where precision mode finds no body at all (it gives up on some single-column
pages), the default mode is tried before the page is declared empty, and ``meta["extraction"]``
says which mode produced the text.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from ..errors import InvalidFieldError, NewsgraphError
from ..pipeline import Item, normalize_published, to_item
from .decode import check_not_empty, declared_charset, decode_bytes
from .model import WHOLE, Options, Read, error_read

__all__ = ["read_html", "extract_html", "drop_title_line"]

# Below this many characters a precision-mode result is taken as "nothing found".
_MIN_CHARS = 200

# trafilatura logs a warning for every page it finds empty; the Read already says so, once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_html(html: str, *, url: str | None = None, precision: bool = True) -> dict[str, Any] | None:
    """trafilatura's text and metadata of a page (``text``, ``title``, ``date``, ``url``, ``author``,
    ``sitename``, ``hostname``), None when it finds no body."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, favor_precision=precision, with_metadata=True, include_comments=False,
        include_tables=True, as_dict=False,
    )
    if doc is None or not getattr(doc, "text", None):
        return None
    fields = ("text", "title", "date", "url", "author", "sitename", "hostname")
    return {k: getattr(doc, k, None) for k in fields}


def read_html(source: str, data: bytes, opts: Options, *, position: str = WHOLE, url: str | None = None,
              content_type: str | None = None, meta: dict[str, str] | None = None) -> Read:
    """One Read for an HTML page. ``url`` and ``content_type`` come from the container (a WARC
    record) when there is one; the URL then wins over the page's own canonical link."""
    encoding = None
    meta = dict(meta or {})
    try:
        decoded = decode_bytes(data, declared=declared_charset(data, content_type))
        encoding = decoded.encoding
        check_not_empty(decoded.text)
        try:
            found = extract_html(decoded.text, url=url)
            meta["extraction"] = "precision"
            if found is None or len(found["text"]) < _MIN_CHARS:
                fallback = extract_html(decoded.text, url=url, precision=False)
                if fallback is not None and (found is None or len(fallback["text"]) > len(found["text"])):
                    found, meta["extraction"] = fallback, "default"
        except RecursionError:
            raise InvalidFieldError("HTML nested too deeply to parse") from None
        except Exception as exc:  # a third-party parser on hostile input: report it, never crash the batch
            raise InvalidFieldError(f"HTML extraction failed ({type(exc).__name__}: {exc})") from None
        if found is None:
            raise InvalidFieldError("no article text found in the HTML")
        item = _item(found, source, url, opts, meta)
    except NewsgraphError as exc:
        return error_read(source, position, exc, encoding)
    return Read(source=source, position=position, item=item, error=None, encoding=encoding, meta=meta)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def drop_title_line(text: str, title: str | None) -> str:
    """The body without a first line that repeats the title: trafilatura keeps the page's <h1>, and
    the title is already in ``Item.title``; left in, it reads as a sentence of the body."""
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    return rest.lstrip("\n") if sep and rest.strip() and _norm(first) == _norm(title) else text


def _item(found: dict[str, Any], source: str, url: str | None, opts: Options, meta: dict[str, str]) -> Item:
    page_url = url or found.get("url") or opts.url
    try:
        published = normalize_published(found.get("date"))
    except InvalidFieldError:
        # A page date trafilatura could not normalize is a missing date, not an unreadable page.
        published = None
        meta["date_unparsed"] = str(found.get("date"))
    for k in ("author", "sitename"):
        if found.get(k):
            meta[k] = str(found[k])
    site = found.get("sitename") or found.get("hostname") or (urlsplit(page_url).hostname if page_url else None)
    title = found.get("title") or opts.title
    return to_item(Item(text=drop_title_line(found["text"], title), title=title, published=published,
                        url=page_url, source=site, ref=page_url or source))
