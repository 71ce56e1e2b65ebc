"""Index pages: /articles, /entities, /measures and /conflicts, each with filters, a sort order, paging
and the true total ("51-100 of 2,304 articles"). Thin over :mod:`newsgraph.kb`; filter values come
back into the form so a reader sees what the list is of."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from .. import kb
from ..kb import browse
from ..kb.lists import MEASURE_SORTS
from ..store import schema as t
from .app import html
from .pager import pager
from .paging import FormDay, Offset, check_range

__all__ = ["router", "PAGE_SIZE"]

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
Text = Annotated[str | None, Query(max_length=200)]


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _blank(**kw: Any) -> dict[str, Any]:
    """Empty form fields as None, so that a submitted empty box filters nothing."""
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in kw.items()}


@router.get("/articles", response_class=HTMLResponse)
async def articles_index(
    request: Request, offset: Offset = 0, source: Text = None, date_from: FormDay = None, date_to: FormDay = None,
    entity: Text = None, story: Text = None, language: Text = None, q: Text = None,
    sort: Literal["newest", "oldest", "title", "relevance"] | None = None,
) -> HTMLResponse:
    check_range(date_from, date_to)
    sort = sort or ("relevance" if q and q.strip() else "newest")
    ctx = _ctx(request)
    f = _blank(source=source, date_from=date_from, date_to=date_to, entity=entity, story=story,
               language=language, q=q)
    page = await ctx.run(browse.articles, db=ctx.store, sort=sort, offset=offset, limit=PAGE_SIZE, **f)
    return html(ctx, request, "articles.html", {"page": page, "pg": pager(request, page, "articles"), "f": f,
                                                "sort": sort, "sorts": browse.ARTICLE_SORTS,
                                                "has_stories": "story_id" in t.articles.c})


@router.get("/entities", response_class=HTMLResponse)
async def entities_index(
    request: Request, offset: Offset = 0, type: Text = None, country: Text = None, prefix: Text = None,
    name: Text = None, sort: Literal["mentions", "articles", "recent", "name"] = "mentions",
) -> HTMLResponse:
    ctx = _ctx(request)
    f = _blank(type=type, country=country, prefix=prefix, name=name)
    page = await ctx.run(browse.entity_list, db=ctx.store, sort=sort, offset=offset, limit=PAGE_SIZE, **f)
    return html(ctx, request, "entities.html", {"page": page, "pg": pager(request, page, "entities"), "f": f,
                                                "sort": sort, "sorts": browse.ENTITY_SORTS,
                                                "types": ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")})


@router.get("/measures", response_class=HTMLResponse)
async def measures_index(
    request: Request, offset: Offset = 0, object: Text = None, owner: Text = None, location: Text = None,
    prefix: Text = None, series: bool = False, sort: Literal["points", "recent", "key"] = "points",
) -> HTMLResponse:
    ctx = _ctx(request)
    f = _blank(object=object, owner=owner, location=location, prefix=prefix)
    page = await ctx.run(kb.measure_page, db=ctx.store, min_points=2 if series else 1, sort=sort, offset=offset,
                         limit=PAGE_SIZE, **f)
    noun = "series" if series else "measures"
    return html(ctx, request, "measures.html", {"page": page, "pg": pager(request, page, noun), "f": f,
                                                "series": series, "sort": sort, "sorts": MEASURE_SORTS})


@router.get("/conflicts", response_class=HTMLResponse)
async def conflicts_index(request: Request, offset: Offset = 0, measure: Text = None) -> HTMLResponse:
    ctx = _ctx(request)
    f = _blank(measure=measure)
    page = await ctx.run(kb.conflict_page, db=ctx.store, offset=offset, limit=PAGE_SIZE, **f)
    return html(ctx, request, "conflicts.html", {"page": page, "pg": pager(request, page, "conflicts"), "f": f})
