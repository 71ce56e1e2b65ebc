"""Server-rendered pages: home, article, entity, measure, search. Thin over :mod:`newsgraph.kb`."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from .. import kb
from ..kb import browse
from .app import html
from .charts import map_svg, timeline_svg
from .highlight import facts_json, facts_of, render_paragraphs
from .pager import pager
from .paging import Offset

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.3f}".rstrip("0").rstrip(".")


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    ctx = _ctx(request)
    st = await ctx.run(kb.stats, db=ctx.store)
    page = await ctx.run(browse.articles, db=ctx.store, limit=15)
    counts = st["counts"]
    cards = [(k, f"{counts.get(k, 0):,}") for k in ("articles", "entities", "quotes", "amounts", "events", "points")]
    ents = [{"id": e["id"], "name": e["name"], "type": e["type"], "mentions": e["mention_count"]}
            for e in st["top_entities"]]
    meas = [{"key": m["key"], "points": m.get("point_count", 0)} for m in st["top_measures"]]
    return html(ctx, request, "home.html", {"stats_cards": cards, "articles": page.items, "entities": ents,
                                            "measures": meas})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> HTMLResponse:
    ctx = _ctx(request)
    rec = await ctx.run(browse.article, article_id, db=ctx.store)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    links = await ctx.run(browse.local_entity_links, article_id, db=ctx.store)
    facts = facts_of(rec)
    return html(ctx, request, "article.html", {"rec": rec, "paragraphs": render_paragraphs(rec, facts),
                                               "facts_json": facts_json(facts), "links": links})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
async def entity_page(request: Request, entity_id: int) -> HTMLResponse:
    ctx = _ctx(request)
    page = await ctx.run(kb.entity, entity_id, db=ctx.store, limit=50)
    if page is None:
        raise HTTPException(404, f"no entity {entity_id}")
    d = page.to_dict()
    roles = await ctx.run(browse.entity_roles, entity_id, db=ctx.store)
    names = {d["name"], *d.get("aliases", [])}
    # one query over the places table, not every article's whole record
    places = await ctx.run(browse.entity_places, entity_id, db=ctx.store)
    e = {**d, "roles": roles, "mentions": d.get("mention_count"), "n_articles": d.get("article_count"),
         "co_mentions": [{"id": c["id"], "name": c["name"], "count": c.get("shared_articles")}
                         for c in d.get("co_mentioned", [])],
         "events": [{**ev, "role": "actor" if any(p.get("name") in names for p in ev.get("actors", []))
                     else "target"} for ev in d.get("events", [])]}
    return html(ctx, request, "entity.html", {"e": e, "map": map_svg(places)})


@router.get("/measures/{key}", response_class=HTMLResponse)
async def measure_page(request: Request, key: str) -> HTMLResponse:
    ctx = _ctx(request)
    tl = await ctx.run(kb.timeline, key, db=ctx.store)
    if not tl.series:
        raise HTTPException(404, f"not a series: {key!r} (a series needs an object and an owner or a location)")
    if not tl.points:
        raise HTTPException(404, f"no points for measure {key!r}")
    confl = await ctx.run(kb.conflicts, db=ctx.store, measure=key)
    bad = set()
    for c in confl:
        bad.add((c.a.article_id, c.a.start, c.a.value))
        bad.add((c.b.article_id, c.b.start, c.b.value))
    pts = []
    for p in tl.points:
        pts.append({
            "date": p.day, "value": p.value, "value_text": _num(p.value), "approx": p.approx, "low": p.low, "high": p.high, "role": p.role,
            "as_of_publication": p.as_of_publication, "evidence": p.evidence, "article_id": p.article_id,
            "href": f"/articles/{quote(p.article_id)}", "label": p.when,
            "conflict": (p.article_id, p.start, p.value) in bad,
        })
    return html(ctx, request, "measure.html", {"key": key, "points": pts, "chart": timeline_svg(pts),
                                               "n_conflicts": len(confl)})


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0,
                      kind: Literal["article", "quote"] | None = None) -> HTMLResponse:
    ctx = _ctx(request)
    page = await ctx.run(kb.search_page, q, db=ctx.store, kind=kind, offset=offset, limit=50)
    return html(ctx, request, "search.html", {"q": q, "results": page.items, "pg": pager(request, page, "matches")})
