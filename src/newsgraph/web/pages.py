"""Server-rendered pages: home, article, entity, measure, search. Thin over :mod:`newsgraph.kb`."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from .. import kb
from ..kb import browse, judgements
from ..record import EVENT_MIN_CONFIDENCE
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
    links = {"articles": "/articles", "entities": "/entities", "points": "/measures"}
    cards = [(k, f"{counts.get(k, 0):,}", links.get(k)) for k in ("articles", "entities", "quotes", "amounts",
                                                                 "events", "points")]
    ents = [{"id": e["id"], "name": e["name"], "type": e["type"], "mentions": e["mention_count"]}
            for e in st["top_entities"]]
    meas = [{"key": m["key"], "points": m.get("point_count", 0)} for m in st["top_measures"]]
    return html(ctx, request, "home.html", {"stats_cards": cards, "articles": page.items, "entities": ents,
                                            "measures": meas, "n_articles": f"{counts.get('articles', 0):,}",
                                            "n_entities": f"{counts.get('entities', 0):,}",
                                            "n_measures": f"{counts.get('measures', 0):,}"})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str, all: bool = False) -> HTMLResponse:
    ctx = _ctx(request)
    rec, links = await ctx.run(_article_data, article_id, ctx.store)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r}")
    n_stored = len(rec.events)
    if not all:  # ?all=1 shows every stored event; by default those at or above the documented threshold
        rec.events = [e for e in rec.events if e.confidence is None or e.confidence >= EVENT_MIN_CONFIDENCE]
    facts = facts_of(rec)
    return html(ctx, request, "article.html", {"rec": rec, "paragraphs": render_paragraphs(rec, facts),
                                               "facts_json": facts_json(facts), "links": links,
                                               "events_hidden": n_stored - len(rec.events), "events_all": all,
                                               "min_confidence": EVENT_MIN_CONFIDENCE})


def _article_data(article_id: str, store: Any) -> tuple[Any, Any]:
    """The record and its entity links in one worker-thread hop (each hop is a wait for the event loop)."""
    rec = browse.article(article_id, db=store)
    return rec, (browse.local_entity_links(article_id, db=store) if rec is not None else None)


ENTITY_LISTS = (  # (offset parameter, kb function, noun, page size)
    ("articles_", kb.entity_articles, "articles", 50),
    ("quotes_", kb.entity_quotes, "quotes", 20),
    ("events_", kb.entity_events, "events", 20),
    ("co_", kb.entity_co_mentioned, "co-mentioned entities", 20),
)


def _entity_data(entity_id: int, offsets: dict[str, int], store: Any) -> dict[str, Any] | None:
    """Everything the entity page reads, in one call: the page's queries run one after another in one
    worker thread (a thread hop per query cost more CPU than the smaller queries themselves)."""
    row = browse.entity_row(entity_id, db=store)
    if row is None:
        return None
    return {"row": row, "roles": browse.entity_roles(entity_id, db=store),
            # one query over the places table, not every article's whole record
            "places": browse.entity_places(entity_id, db=store),
            "history": judgements.entity_history(entity_id, db=store),
            "pages": {prefix: fn(entity_id, db=store, offset=offsets[prefix], limit=size)
                      for prefix, fn, _noun, size in ENTITY_LISTS}}


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
async def entity_page(request: Request, entity_id: int, articles_offset: Offset = 0, quotes_offset: Offset = 0,
                      events_offset: Offset = 0, co_offset: Offset = 0) -> HTMLResponse:
    ctx = _ctx(request)
    offsets = {"articles_": articles_offset, "quotes_": quotes_offset, "events_": events_offset, "co_": co_offset}
    data = await ctx.run(_entity_data, entity_id, offsets, ctx.store)
    if data is None:
        survivor = await ctx.run(judgements.redirect_of, entity_id, db=ctx.store)
        if survivor is not None:  # merged by an analyst: the id lives on as the survivor
            return RedirectResponse(f"/entities/{survivor}", status_code=301)  # type: ignore[return-value]
        raise HTTPException(404, f"no entity {entity_id}")
    row = data["row"]
    lists = {prefix.rstrip("_"): (data["pages"][prefix], pager(request, data["pages"][prefix], noun, prefix))
             for prefix, _fn, noun, _size in ENTITY_LISTS}
    names = {row.name, *row.aliases}
    events = [{**ev.to_dict(), "role": "actor" if any(p.get("name") in names for p in ev.actors) else "target"}
              for ev in lists["events"][0].items]
    return html(ctx, request, "entity.html", {"e": row, "roles": data["roles"], "lists": lists, "events": events,
                                              "map": map_svg(data["places"]), "history": data["history"]})


POINTS_PAGE = 100


@router.get("/measures/{key}", response_class=HTMLResponse)
async def measure_page(request: Request, key: str, offset: Offset = 0,
                       sort: Literal["time", "value", "published", "article"] = "time") -> HTMLResponse:
    ctx = _ctx(request)
    view = await ctx.run(kb.series_view, key, db=ctx.store, sort=sort, offset=offset, limit=POINTS_PAGE)
    if view is None:
        raise HTTPException(404, f"not a series: {key!r} (a series needs an object and an owner or a location)")
    if not view.page.total:
        raise HTTPException(404, f"no points for measure {key!r}")
    # the chart draws the whole series, identical points as one dot; the table is one page in the reader's order
    dots = [{"date": d["day"], "last_date": d["last_day"], "value": d["value"], "approx": d["approx"],
             "low": d["low"], "high": d["high"], "as_of_publication": d["as_of_publication"],
             "conflict": bool(d["conflict"]), "href": f"/articles/{quote(d['article_id'])}",
             "label": d["when"] + (f" ({d['n']:,} reports)" if d["n"] > 1 else "")} for d in view.dots]
    rows = [{
        "when": p.when, "value_text": _num(p.value), "approx": p.approx, "role": p.role,
        "as_of_publication": p.as_of_publication, "evidence": p.evidence, "published": p.published,
        "article_id": p.article_id, "href": f"/articles/{quote(p.article_id)}", "conflict": bad,
    } for p, bad in view.page.items]
    return html(ctx, request, "measure.html", {"key": key, "points": rows, "chart": timeline_svg(dots),
                                               "n_points": view.page.total, "n_conflicts": view.n_conflicts,
                                               "sort": sort, "pg": pager(request, view.page, "points")})


@router.get("/search", response_class=HTMLResponse)
async def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "", offset: Offset = 0,
                      kind: Literal["article", "quote"] | None = None) -> HTMLResponse:
    ctx = _ctx(request)
    page = await ctx.run(kb.search_page, q, db=ctx.store, kind=kind, offset=offset, limit=50)
    return html(ctx, request, "search.html", {"q": q, "results": page.items, "pg": pager(request, page, "matches")})
