"""JSON API routes (OpenAPI at /docs). Thin: each route calls one :mod:`newsgraph.kb` function."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from .. import kb
from ..errors import NewsgraphError
from ..kb import browse

__all__ = ["router", "ExtractIn", "IngestIn"]

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=200, description="page size (at most 200)")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


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


@router.get("/articles")
async def list_articles(request: Request, source: str | None = None, date_from: Day = None, date_to: Day = None,
                        entity: str | None = None, q: str | None = None, offset: Offset = 0,
                        limit: Limit = 50) -> dict[str, Any]:
    """Articles, newest first; filters: source, publication date range, entity (name or id), text search."""
    ctx = _ctx(request)
    page = await ctx.run(browse.articles, db=ctx.store, source=source, date_from=date_from, date_to=date_to,
                         entity=entity, q=q, offset=offset, limit=limit)
    return page.to_dict()


@router.get("/articles/{article_id}")
async def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """The full record of one article."""
    ctx = _ctx(request)
    rec = await ctx.run(browse.article, article_id, db=ctx.store)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return rec.model_dump(mode="json")


@router.get("/entities")
async def list_entities(request: Request, type: str | None = None, country: str | None = None,
                        name: str | None = None, offset: Offset = 0, limit: Limit = 50) -> dict[str, Any]:
    ctx = _ctx(request)
    page = await ctx.run(browse.entity_list, db=ctx.store, type=type, country=country, name=name,
                         offset=offset, limit=limit)
    return page.to_dict()


@router.get("/entities/{entity_id}")
async def get_entity(request: Request, entity_id: int, limit: Limit = 20) -> dict[str, Any]:
    """Roles, quotes by it, events as actor/target, co-mentioned entities, articles."""
    ctx = _ctx(request)
    page = await ctx.run(kb.entity, entity_id, db=ctx.store, limit=limit)
    if page is None:
        raise HTTPException(404, f"no entity {entity_id}")
    roles = await ctx.run(browse.entity_roles, entity_id, db=ctx.store)
    return {**page.to_dict(), "roles_over_time": roles}


@router.get("/quotes")
async def list_quotes(request: Request, speaker: str | None = None, limit: Limit = 50) -> list[dict[str, Any]]:
    ctx = _ctx(request)
    return [q.to_dict() for q in await ctx.run(kb.quotes, speaker, db=ctx.store, limit=limit)]


@router.get("/events")
async def list_events(request: Request, type: str | None = None, actor: str | None = None,
                      target: str | None = None, limit: Limit = 50) -> list[dict[str, Any]]:
    ctx = _ctx(request)
    return [e.to_dict() for e in await ctx.run(kb.events, type, actor, target=target, db=ctx.store, limit=limit)]


@router.get("/measures")
async def list_measures(request: Request, prefix: str | None = None, limit: Limit = 100) -> list[dict[str, Any]]:
    ctx = _ctx(request)
    return await ctx.run(kb.measures, db=ctx.store, prefix=prefix, limit=limit)


@router.get("/measures/{key}/timeline")
async def measure_timeline(request: Request, key: str) -> dict[str, Any]:
    """The points of one measure key (e.g. ``troops:USA:IRQ``), in time order, with evidence."""
    ctx = _ctx(request)
    tl = await ctx.run(kb.timeline, key, db=ctx.store)
    if not tl.series:
        raise HTTPException(404, f"not a series: {key!r} (a series needs an object and an owner or a location)")
    if not tl.points:
        raise HTTPException(404, f"no points for measure {key!r}")
    return tl.to_dict()


@router.get("/conflicts")
async def list_conflicts(request: Request, measure: str | None = None) -> list[dict[str, Any]]:
    ctx = _ctx(request)
    return [c.to_dict() for c in await ctx.run(kb.conflicts, db=ctx.store, measure=measure)]


@router.get("/search")
async def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
                 kind: str | None = None, limit: Limit = 20) -> list[dict[str, Any]]:
    ctx = _ctx(request)
    if kind not in (None, "article", "quote"):
        raise HTTPException(422, "kind must be 'article' or 'quote'")
    return [h.to_dict() for h in await ctx.run(kb.search, q, db=ctx.store, limit=limit, kind=kind)]


@router.get("/stats")
async def stats(request: Request) -> dict[str, Any]:
    ctx = _ctx(request)
    return await ctx.run(kb.stats, db=ctx.store)


@router.post("/extract")
async def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
    """Extract one article (text or HTML in, record out). Nothing is stored. Needs the write token."""
    ctx = _ctx(request)
    ctx.check_write(request)
    item = _item(body)
    import newsgraph

    try:
        rec = await ctx.run(newsgraph.extract, item["text"], published=item["published"], title=item["title"],
                            url=item["url"], source=item["source"])
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
