"""JSON API routes (OpenAPI at /docs). Thin: each route calls one :mod:`newsgraph.kb` function.

Every list answers ``{items, total, offset, limit}``; the rules (404, 422, empty filters) and the helpers
a new list route uses are in :mod:`newsgraph.web.paging`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from .. import kb
from ..errors import NewsgraphError
from ..kb import browse
from ..kb.conflicts import Conflict
from ..kb.query import EntityPage, EntityRef, EventHit, Point, QuoteHit
from ..kb.search import SearchHit
from ..record import Article, is_series
from .paging import ERRORS, Day, Limit, Offset, Paged, PageOut, Paging, check_range, not_found, page_out

#: ``min_confidence`` of the event lists: events at or above it (default: the documented threshold)
MinConfidence = Annotated[float | None, Query(ge=0.0, le=1.0, description="events at or above this confidence")]

__all__ = ["router", "ExtractIn", "IngestIn"]

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


class ExtractIn(BaseModel):
    """An article to extract: plain ``text`` or an ``html`` page (read with trafilatura)."""

    text: str | None = Field(default=None, max_length=1_000_000)
    html: str | None = Field(default=None, max_length=2_000_000)
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


class IngestIn(BaseModel):
    articles: list[ExtractIn] = Field(min_length=1, max_length=200)


def _item(body: ExtractIn) -> dict[str, Any]:
    if body.html is not None:
        from ..ingest.html import extract_html

        found = extract_html(body.html, url=body.url)
        if not found:
            raise HTTPException(422, "no article body found in the HTML")
        return {"text": found["text"], "title": body.title or found.get("title"), "url": body.url or found.get("url"),
                "published": body.published or found.get("date"), "source": body.source or found.get("sitename")}
    if body.text is None:
        raise HTTPException(422, "give 'text' or 'html'")
    return {"text": body.text, "title": body.title, "url": body.url, "published": body.published,
            "source": body.source}


@router.get("/articles", response_model=PageOut[browse.ArticleRow])
async def list_articles(
    request: Request, paging: Paged, source: str | None = None, date_from: Day = None, date_to: Day = None,
    entity: str | None = None, q: Annotated[str | None, Query(max_length=500)] = None, language: str | None = None,
    story: str | None = None, sort: Literal["newest", "oldest", "title", "relevance"] | None = None,
) -> dict[str, Any]:
    """Articles; filters: source, publication date range, entity (name or id), text search (words and
    "phrases"), language, story (when the base has stories). ``sort``: newest, oldest, title, or relevance
    (the default with ``q`` alone)."""
    check_range(date_from, date_to)
    sort = sort or ("relevance" if q else "newest")
    ctx = _ctx(request)
    page = await ctx.run(browse.articles, db=ctx.store, source=source, date_from=date_from, date_to=date_to,
                         entity=entity, q=q, language=language, story=story, sort=sort, offset=paging.offset,
                         limit=paging.limit)
    return page_out(page)


@router.get("/articles/{article_id}", response_model=Article)
async def get_article(request: Request, article_id: str) -> Any:
    """The full record of one article."""
    ctx = _ctx(request)
    rec = await ctx.run(browse.article, article_id, db=ctx.store)
    if rec is None:
        raise not_found(f"article {article_id!r}")
    return rec


@router.get("/entities", response_model=PageOut[browse.EntityRow])
async def list_entities(
    request: Request, paging: Paged, type: str | None = None, country: str | None = None,
    name: Annotated[str | None, Query(description="part of the name")] = None,
    prefix: Annotated[str | None, Query(description="start of the name")] = None,
    sort: Literal["mentions", "articles", "recent", "name"] = "mentions",
) -> dict[str, Any]:
    """Knowledge-base entities by type, country (ISO3), name part or prefix."""
    ctx = _ctx(request)
    page = await ctx.run(browse.entity_list, db=ctx.store, type=type, country=country, name=name, prefix=prefix,
                         sort=sort, offset=paging.offset, limit=paging.limit)
    return page_out(page)


class RoleSpan(BaseModel):
    role: str
    first: str | None
    last: str | None
    articles: int


@dataclass
class EntityOut(EntityPage):
    """One entity with the latest ``limit`` items of each list and each list's true total (the whole
    lists are paged under /api/entities/{id}/articles, /quotes, /events and /co-mentioned): the fields
    of :class:`~newsgraph.kb.query.EntityPage` plus the roles over time."""

    roles_over_time: list[RoleSpan] = field(default_factory=list)


@router.get("/entities/{entity_id}", response_model=EntityOut)
async def get_entity(request: Request, entity_id: int, limit: Limit = 20) -> dict[str, Any]:
    """Roles, quotes by it, events as actor/target, co-mentioned entities, articles."""
    ctx = _ctx(request)
    got = await ctx.run(_entity_with_roles, entity_id, ctx.store, limit)
    if got is None:
        raise not_found(f"entity {entity_id}")
    return {**got[0].__dict__, "roles_over_time": got[1]}


def _entity_with_roles(entity_id: int, store: Any, limit: int) -> tuple[EntityPage, Any] | None:
    """The entity's page and its roles over time in one worker-thread hop."""
    page = kb.entity(entity_id, db=store, limit=limit)
    return None if page is None else (page, browse.entity_roles(entity_id, db=store))


async def _entity_list(request: Request, fn: Any, entity_id: int, paging: Paging) -> dict[str, Any]:
    ctx = _ctx(request)
    page = await ctx.run(fn, entity_id, db=ctx.store, offset=paging.offset, limit=paging.limit)
    if page is None:
        raise not_found(f"entity {entity_id}")
    return page_out(page)


@router.get("/entities/{entity_id}/articles", response_model=PageOut[kb.EntityArticle])
async def entity_articles(request: Request, entity_id: int, paging: Paged) -> dict[str, Any]:
    """Every article that mentions the entity, the latest first, with the mention count in each."""
    return await _entity_list(request, kb.entity_articles, entity_id, paging)


@router.get("/entities/{entity_id}/quotes", response_model=PageOut[QuoteHit])
async def entity_quotes(request: Request, entity_id: int, paging: Paged) -> dict[str, Any]:
    """Every quote the entity is the speaker of, the latest first."""
    return await _entity_list(request, kb.entity_quotes, entity_id, paging)


@router.get("/entities/{entity_id}/events", response_model=PageOut[EventHit])
async def entity_events(request: Request, entity_id: int, paging: Paged,
                        min_confidence: MinConfidence = None) -> dict[str, Any]:
    """Every event with the entity as actor or target, the latest first (at or above ``min_confidence``)."""
    ctx = _ctx(request)
    page = await ctx.run(kb.entity_events, entity_id, db=ctx.store, offset=paging.offset, limit=paging.limit,
                         min_confidence=min_confidence)
    if page is None:
        raise not_found(f"entity {entity_id}")
    return page_out(page)


@router.get("/entities/{entity_id}/co-mentioned", response_model=PageOut[EntityRef])
async def entity_co_mentioned(request: Request, entity_id: int, paging: Paged) -> dict[str, Any]:
    """Entities named with it, by shared articles among its 300 latest articles."""
    return await _entity_list(request, kb.entity_co_mentioned, entity_id, paging)


@router.get("/quotes", response_model=PageOut[QuoteHit])
async def list_quotes(request: Request, paging: Paged, speaker: str | None = None) -> dict[str, Any]:
    """Quotes, the latest first, optionally of one speaker (name, alias or entity id)."""
    ctx = _ctx(request)
    return page_out(await ctx.run(kb.quote_page, speaker, db=ctx.store, offset=paging.offset, limit=paging.limit))


@router.get("/events", response_model=PageOut[EventHit])
async def list_events(request: Request, paging: Paged, type: str | None = None, actor: str | None = None,
                      target: str | None = None, min_confidence: MinConfidence = None) -> dict[str, Any]:
    """Events, the latest first, by type and by actor / target (party code, country or entity name), at or
    above ``min_confidence`` (default 0.625, the documented threshold; 0 for every stored event)."""
    ctx = _ctx(request)
    return page_out(await ctx.run(kb.event_page, type, actor, target=target, db=ctx.store, offset=paging.offset,
                                  limit=paging.limit, min_confidence=min_confidence))


@router.get("/measures", response_model=PageOut[kb.MeasureRow])
async def list_measures(
    request: Request, paging: Paged, prefix: str | None = None, object: str | None = None,
    owner: str | None = None, location: str | None = None,
    min_points: Annotated[int, Query(ge=1, le=1_000_000, description="2: series only")] = 1,
    sort: Literal["points", "recent", "key"] = "points",
) -> dict[str, Any]:
    """Measure series (``object:owner:location``) by key prefix, object, owner, location, size."""
    ctx = _ctx(request)
    page = await ctx.run(kb.measure_page, db=ctx.store, prefix=prefix, object=object, owner=owner,
                         location=location, min_points=min_points, sort=sort, offset=paging.offset,
                         limit=paging.limit)
    return page_out(page)


class TimelineOut(PageOut[Point]):
    """One page of a measure's points, in time order, with evidence."""

    measure: str


@router.get("/measures/{key}/timeline", response_model=TimelineOut)
async def measure_timeline(request: Request, key: str, offset: Offset = 0, limit: Limit = 200) -> dict[str, Any]:
    """The points of one measure key (e.g. ``troops:USA:IRQ``), in time order, with evidence."""
    ctx = _ctx(request)
    if not is_series(key):
        raise HTTPException(404, f"not a series: {key!r} (a series needs an object and an owner or a location)")
    page = await ctx.run(kb.timeline_page, key, db=ctx.store, offset=offset, limit=limit)
    if page.total == 0:
        raise not_found(f"points for measure {key!r}")
    return {**page_out(page), "measure": key}


@router.get("/conflicts", response_model=PageOut[Conflict])
async def list_conflicts(request: Request, paging: Paged, measure: str | None = None) -> dict[str, Any]:
    """Pairs of reports that give different values for the same measure and time."""
    ctx = _ctx(request)
    return page_out(await ctx.run(kb.conflict_page, db=ctx.store, measure=measure, offset=paging.offset,
                                  limit=paging.limit))


@router.get("/search", response_model=PageOut[SearchHit])
async def search(request: Request, paging: Paged, q: Annotated[str, Query(min_length=1, max_length=500)],
                 kind: Literal["article", "quote"] | None = None) -> dict[str, Any]:
    """Full-text search: every word and every "double-quoted phrase" must occur; ``total`` counts every
    matching article and quote; ``marks`` are the highlighted spans of ``snippet``."""
    ctx = _ctx(request)
    return page_out(await ctx.run(kb.search_page, q, db=ctx.store, kind=kind, offset=paging.offset,
                                  limit=paging.limit))


@router.get("/stats")
async def stats(request: Request) -> dict[str, Any]:
    ctx = _ctx(request)
    return await ctx.run(kb.stats, db=ctx.store)


@router.post("/extract")
async def extract(request: Request, body: ExtractIn, min_confidence: MinConfidence = None) -> dict[str, Any]:
    """Extract one article (text or HTML in, record out). Nothing is stored. Needs the write token. Events
    at or above ``min_confidence`` (default: the documented threshold; 0 for all)."""
    ctx = _ctx(request)
    ctx.check_write(request)
    item = _item(body)
    import newsgraph

    try:
        rec = await ctx.run_cancellable(newsgraph.extract, item["text"], published=item["published"], title=item["title"],
                            url=item["url"], source=item["source"], min_confidence=min_confidence)
    except NewsgraphError as exc:
        raise HTTPException(422, str(exc)) from None
    return rec.model_dump(mode="json")


@router.post("/ingest")
async def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    """Extract and store up to 200 articles. Needs the write token."""
    ctx = _ctx(request)
    ctx.check_write(request)
    items = [_item(a) for a in body.articles]
    # extraction is slow work, not a query: no query timeout here; the body limit bounds it
    summary = await run_in_threadpool(kb.ingest, items, db=ctx.store)
    return {**summary.counts(), "run_id": summary.run_id,
            "issues": [{"position": i.position, "reason": i.reason} for i in summary.issues]}
