"""HTML pages: the article body and its metadata, by trafilatura in precision mode.

Precision mode is the default because a fact extracted from a "most read" sidebar or a comment is
worse than a missed paragraph: every fact newsgraph keeps cites its evidence, and boilerplate makes
for wrong evidence. Where precision mode finds little (it gives up on some single-column pages, or
keeps only a teaser), the default mode is tried too, and ``meta["extraction"]`` says which mode
produced the text. The title is the visible <h1> headline when it matches the metadata title, with
any " | Site name" suffix removed; the body does not repeat it as its first line.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..errors import InvalidFieldError, NewsgraphError
from ..pipeline import Item, normalize_published, to_item
from .decode import check_not_empty, declared_charset, decode_bytes
from .inner_paragraphs import restore_inner_paragraphs
from .model import WHOLE, Options, Read, error_read

__all__ = ["read_html", "extract_html", "drop_title_line", "clean_title", "pick_title"]

# A precision-mode text shorter than this is checked against the default mode, which wins when it
# finds at least _RESCUE_RATIO times as much: precision mode then kept a teaser, not the article.
_MIN_CHARS = 1000
_RESCUE_RATIO = 3
# Word overlap (Jaccard) between an <h1> and the metadata title for the <h1> to be the headline.
_H1_MIN_OVERLAP = 0.2

# trafilatura logs a warning for every page it finds empty; the Read already says so, once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def extract_html(html: str | HtmlElement, *, url: str | None = None, precision: bool = True,
                 max_date: str | None = None) -> dict[str, Any] | None:
    """trafilatura's text and metadata of a page (``text``, ``title``, ``date``, ``url``, ``author``,
    ``sitename``, ``hostname``), None when it finds no body. ``max_date`` (YYYY-MM-DD): no page
    date after it is believed, e.g. the day a crawler fetched the page."""
    import trafilatura
    from trafilatura.settings import set_date_params

    date_params = set_date_params()
    if max_date:
        date_params["max_date"] = max_date
    doc = trafilatura.bare_extraction(
        html, url=url, favor_precision=precision, with_metadata=True, include_comments=False,
        include_tables=True, as_dict=False, date_extraction_params=date_params,
    )
    if doc is None or not getattr(doc, "text", None):
        return None
    fields = ("text", "title", "date", "url", "author", "sitename", "hostname")
    return {k: getattr(doc, k, None) for k in fields}


def read_html(source: str, data: bytes, opts: Options, *, position: str = WHOLE, url: str | None = None,
              content_type: str | None = None, meta: dict[str, str] | None = None,
              fetched: str | None = None) -> Read:
    """One Read for an HTML page. ``url``, ``content_type`` and ``fetched`` (the crawl date,
    YYYY-MM-DD) come from the container (a WARC record) when there is one; the URL then wins over
    the page's own canonical link, and no publication date later than the crawl is believed."""
    encoding = None
    meta = dict(meta or {})
    try:
        decoded = decode_bytes(data, declared=declared_charset(data, content_type))
        encoding = decoded.encoding
        check_not_empty(decoded.text)
        try:
            from trafilatura.utils import load_html

            # Parsed once: trafilatura copies the tree before pruning it, so both modes can share it.
            tree = load_html(decoded.text)
            if tree is None:
                raise InvalidFieldError("not parseable as HTML")
            found = extract_html(tree, url=url, max_date=fetched)
            meta["extraction"] = "precision"
            fallback = extract_html(tree, url=url, precision=False, max_date=fetched)
            if fallback is not None and (found is None or (len(found["text"]) < _MIN_CHARS
                                                           and len(fallback["text"]) >= _RESCUE_RATIO * len(found["text"]))):
                found, meta["extraction"] = fallback, "default"
            elif found is not None and fallback is not None:
                found["text"] = restore_inner_paragraphs(found["text"], fallback["text"])
            if found is not None:
                found["headlines"] = _headlines(tree)
        except NewsgraphError:
            raise
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


# The last " | ", " - ", " – ", " — ", " · ", " • " or " :: " of a title (a hyphen inside a word such as
# "Spider-Man" has no space before it), or a separator left dangling at the end.
_TITLE_SEP = re.compile(
    r"\s+(?:[|\-\u2013\u2014\u00b7\u2022]|::)\s*(?=[^|\-\u2013\u2014\u00b7\u2022]*$)|\s+[|\-\u2013\u2014]\s*$")
_ALNUM = re.compile(r"[^0-9a-z]+")


def _squash(s: str) -> str:
    return _ALNUM.sub("", s.casefold())


def _names_the_site(part: str, sitename: str | None, url: str | None) -> bool:
    """Whether a title segment is the publication's name (its sitename, or its web host)."""
    seg = _squash(part)
    if not seg:
        return True
    if sitename and seg == _squash(sitename):
        return True
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [lab for lab in host.split(".") if lab not in ("www", "m", "amp", "edition", "com", "org", "net",
                                                            "co", "uk", "de", "in", "au", "jp")]
    # "The Japan Times" for japantimes.co.jp, "Harper's Magazine" for harpers.org.
    return any(len(lab) >= 4 and (lab in seg or seg in lab) for lab in (_squash(x) for x in labels))


def _headlines(tree: HtmlElement) -> list[str]:
    """The texts of the page's first few <h1> elements."""
    out = []
    for h in tree.iter("h1"):
        text = " ".join(h.text_content().split())
        if text:
            out.append(text)
        if len(out) == 3:
            break
    return out


def pick_title(meta_title: str | None, headlines: list[str]) -> str | None:
    """The visible headline (<h1>) when one is clearly the same story as the metadata title.

    Social and ``<title>`` titles are often rewritten for search ("New York ramps up mass burials
    amid virus outbreak" for the headline "Coronavirus: New York ramps up mass burials amid
    outbreak"); the <h1> is what the reader saw. A page's logo or section name in an <h1> shares
    few words with the title and is not taken.
    """
    if not meta_title:
        return meta_title
    title_words = set(_norm(meta_title).split())
    for h in headlines:
        words = set(_norm(h).split())
        if 2 <= len(words) <= 40 and len(words & title_words) / len(words | title_words) >= _H1_MIN_OVERLAP:
            return h
    return meta_title


def clean_title(title: str | None, sitename: str | None = None, url: str | None = None) -> str | None:
    """The headline without a trailing " | Site name" / " - Site" that names the publication."""
    if not title:
        return title
    out = title.strip()
    for _ in range(2):  # "Headline - Section | Site"
        m = _TITLE_SEP.search(out)
        if not m:
            break
        head, tail = out[: m.start()].rstrip(), out[m.end():]
        if not head or not _names_the_site(tail, sitename, url):
            break
        out = head
    return out


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
    title = pick_title(clean_title(found.get("title"), found.get("sitename"), page_url),
                       found.get("headlines") or []) or opts.title
    return to_item(Item(text=drop_title_line(found["text"], title), title=title, published=published,
                        url=page_url, source=site, ref=page_url or source))
