"""Story routes: ``/stories`` and ``/stories/{id}`` (pages), ``/api/stories`` and ``/api/stories/{id}``.

Thin over :mod:`newsgraph.kb.storyquery`. The list answers in the paged shape ``{items, total, offset,
limit}`` of the browse API (:mod:`newsgraph.web.paging`); an unknown id is 404, a bad parameter 422, a filter
that matches nothing 200 with total 0. The HTML list pages the same way as the other index pages ("1-50 of 312
stories", previous / next keeping the filters) and takes the same date filters as the API.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from ..kb import storyquery
from .app import html
from .pager import pager
from .paging import ERRORS, Day, FormDay, Limit, Offset, PageOut, check_range, not_found, page_out

__all__ = ["api_router", "page_router", "StoryItem", "StoryOut"]

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)

MinOutlets = Annotated[int, Query(ge=1, le=1000, description="only stories told by at least this many outlets")]


class StoryItem(BaseModel):
    id: int
    title: str | None
    first_day: str | None
    last_day: str | None
    article_count: int
    outlet_count: int
    outlets: list[str]
    main_entities: list[dict[str, Any]]


class StoryOut(StoryItem):
    """One story in full (``requested_id``: the merged id that was asked for, when it was one)."""

    requested_id: int | None = None
    reports: list[dict[str, Any]]  # per outlet: {outlet, articles: [{id, title, published, url, source}]}
    events: list[dict[str, Any]]  # in time order: {article_id, outlet, type, text, day, place, ...}
    figures: list[dict[str, Any]]  # per measure: {measure, conflict, outlets: [{outlet, values}]}
    conflicts: list[dict[str, Any]]  # {measure, reason, a, b}
    quotes: list[dict[str, Any]]  # per speaker: {speaker, entity_id, outlets, quotes}
    merges: list[dict[str, Any]]  # {from_id, article_id, reason, at}
    splits: list[dict[str, Any]] = []  # {story_id (the story that split), new_id, article_id, reason, at}


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.3f}".rstrip("0").rstrip(".")


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


@api_router.get("/stories", response_model=PageOut[StoryItem], responses=ERRORS)
async def list_stories(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                       date_from: Day = None, date_to: Day = None, min_outlets: MinOutlets = 1,
                       offset: Offset = 0, limit: Limit = 50) -> dict[str, Any]:
    """Stories, most recent first: outlets, date range, main entities."""
    check_range(date_from, date_to)
    ctx = _ctx(request)
    page = await ctx.run(storyquery.story_list, db=ctx.store, q=q, date_from=date_from, date_to=date_to,
                         min_outlets=min_outlets, offset=offset, limit=limit)
    return page_out(page)


@api_router.get("/stories/{story_id}", response_model=StoryOut, responses=ERRORS)
async def get_story(request: Request, story_id: int) -> dict[str, Any]:
    """One story: reports by outlet, events over time, figures per outlet (conflicts flagged), quotes by
    speaker, merges. A merged story id answers with the story it joined (``requested_id``)."""
    ctx = _ctx(request)
    page = await ctx.run(storyquery.story, story_id, db=ctx.store)
    if page is None:
        raise not_found(f"story {story_id}")
    return page.to_dict()


@page_router.get("/stories", response_class=HTMLResponse)
async def stories_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                       date_from: FormDay = None, date_to: FormDay = None, min_outlets: MinOutlets = 1,
                       offset: Offset = 0, limit: Limit = 50) -> HTMLResponse:
    check_range(date_from, date_to)
    ctx = _ctx(request)
    q = (q or "").strip() or None  # an empty search box filters nothing
    page = await ctx.run(storyquery.story_list, db=ctx.store, q=q, date_from=date_from, date_to=date_to,
                         min_outlets=min_outlets, offset=offset, limit=limit)
    return html(ctx, request, "stories.html", {"page": page, "pg": pager(request, page, "stories"), "q": q or "",
                                               "date_from": date_from, "date_to": date_to,
                                               "min_outlets": min_outlets})


@page_router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story_page(request: Request, story_id: int) -> HTMLResponse:
    ctx = _ctx(request)
    page = await ctx.run(storyquery.story, story_id, db=ctx.store)
    if page is None:
        raise not_found(f"story {story_id}")
    outlets = [g["outlet"] for g in page.reports]
    by_day: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for ev in page.events:
        # a TIMEX value may carry a part of day ("2021-11-08TNI"): the row is the day
        day = (ev["day"] or "undated")[:10]
        by_day.setdefault(day, {}).setdefault(ev["outlet"], []).append(ev)
    by_day = dict(sorted(by_day.items(), key=lambda kv: (kv[0] == "undated", kv[0])))
    for f in page.figures:
        for o in f["outlets"]:
            for v in o["values"]:
                v["value_text"] = _num(v["value"])
    return html(ctx, request, "story.html", {"s": page, "outlets": outlets, "event_days": by_day})
