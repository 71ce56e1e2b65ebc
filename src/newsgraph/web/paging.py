"""The paging contract of the JSON API, shared by every list endpoint (use it for new ones too).

Every list endpoint takes ``offset`` and ``limit`` and answers ``{items, total, offset, limit}``
(:class:`PageOut`), where ``total`` counts the whole filtered result, not the page. The rules:

- ``limit`` is 1..``MAX_LIMIT``, ``offset`` 0..10,000,000; a date is a real ``YYYY-MM-DD`` day; a value
  outside its choices (a sort order, a kind) or a date range that ends before it starts: 422;
- an unknown id or key in the *path* (``/api/entities/999999``, ``/api/measures/none:-:-/timeline``): 404;
- a *filter* (query parameter) that matches nothing: 200 with ``total: 0`` and no items, on every endpoint.

A route declares the parameters with the annotated types here and returns :func:`page_out` of a
:class:`newsgraph.kb.Page`::

    @router.get("/things")
    async def things(request: Request, paging: Paged, day: Day = None) -> PageOut[Thing]:
        return page_out(await ctx.run(kb_things, day=day, offset=paging.offset, limit=paging.limit))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, HTTPException, Query
from pydantic import AfterValidator, BaseModel, Field

from ..kb.paging import Page

__all__ = ["MAX_LIMIT", "PageOut", "Paging", "Paged", "Limit", "Offset", "Day", "FormDay", "page_out", "check_range",
           "not_found", "ErrorOut", "ERRORS"]

MAX_LIMIT = 200
T = TypeVar("T")


class PageOut(BaseModel, Generic[T]):
    """One page of a list: ``items`` are rows ``offset .. offset + limit`` of ``total`` in all."""

    items: list[T]
    total: int = Field(ge=0, description="rows in the whole filtered result, not only this page")
    offset: int = Field(ge=0)
    limit: int = Field(ge=1)


class ErrorOut(BaseModel):
    """Every error answer: a readable message and the HTTP status."""

    error: str
    status: int


#: the error answers every API route may give, for the OpenAPI schema
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "unknown id or key in the path"},
    422: {"model": ErrorOut, "description": "invalid parameter (date, limit, choice)"},
}


def _real_day(value: str | None) -> str | None:
    if value is not None:
        dt.date.fromisoformat(value)  # ValueError -> 422 ("2020-13-45" has the shape but is no day)
    return value


def _real_day_or_blank(value: str | None) -> str | None:
    return _real_day(value) if value else None


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (1..{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="a day, YYYY-MM-DD"),
                AfterValidator(_real_day)]
#: a day from an HTML filter form, where an empty box is sent as "" and means no filter
FormDay = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="a day, YYYY-MM-DD"),
                    AfterValidator(_real_day_or_blank)]


@dataclass(frozen=True)
class Paging:
    offset: int
    limit: int


def _paging(offset: Offset = 0, limit: Limit = 50) -> Paging:
    return Paging(offset, limit)


#: ``paging: Paged`` in a route's signature adds ``offset`` (default 0) and ``limit`` (default 50)
Paged = Annotated[Paging, Depends(_paging)]


def page_out(page: Page[Any]) -> dict[str, Any]:
    """The JSON answer for a :class:`~newsgraph.kb.Page` (items are validated by the route's PageOut)."""
    return {"items": page.items, "total": page.total, "offset": page.offset, "limit": page.limit}


def check_range(date_from: str | None, date_to: str | None) -> None:
    """422 when a date range ends before it starts."""
    if date_from and date_to and date_to < date_from:
        raise HTTPException(422, f"date_to {date_to} is before date_from {date_from}")


def not_found(what: str) -> HTTPException:
    """The 404 for an unknown id or key in a path."""
    return HTTPException(404, f"no {what}")
