"""Paging links for the HTML pages: "41-60 of 114", previous / next, keeping the page's other filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from ..kb.paging import Page

__all__ = ["Pager", "pager"]


@dataclass(frozen=True)
class Pager:
    first: int
    last: int
    total: int
    prev_url: str | None
    next_url: str | None
    noun: str

    @property
    def summary(self) -> str:
        """"1-50 of 114 articles", "all 3 articles", "no articles"."""
        if self.total == 0:
            return f"no {self.noun}"
        if self.first == 1 and self.last == self.total:
            return f"all {self.total:,} {self.noun}"
        return f"{self.first:,}\u2013{self.last:,} of {self.total:,} {self.noun}"


def pager(request: Request, page: Page[Any], noun: str, prefix: str = "") -> Pager:
    """Links to the neighbouring pages of ``page``; ``prefix`` names the offset parameter when one
    HTML page holds several paged lists (``articles_offset``)."""
    key = f"{prefix}offset"
    params = [(k, v) for k, v in request.query_params.multi_items() if k != key and v != ""]

    anchor = "#" + prefix.rstrip("_") if prefix else ""  # back to the same list on a long page

    def url(offset: int) -> str:
        q = params + ([(key, str(offset))] if offset else [])
        return request.url.path + ("?" + urlencode(q) if q else "") + anchor

    prev_url = url(max(0, page.offset - page.limit)) if page.offset > 0 else None
    next_url = url(page.offset + page.limit) if page.offset + page.limit < page.total else None
    return Pager(page.first, page.last, page.total, prev_url, next_url, noun)
