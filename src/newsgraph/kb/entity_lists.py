"""An entity's page and its paged lists (articles, quotes, events, co-mentions), each with its true total.

Each list reads one index in page order and counts its total from an index alone, never by a join over
every row of the entity: an entity named in tens of thousands of reports costs what a rare one does,
apart from the index-only count.

- articles: the covering index (entity_id, published, article_id, mention_count); the unfiltered total is
  the entity's own ``article_count`` (a counter ``newsgraph verify`` checks against these rows);
- quotes: (speaker_entity_id, published, article_id, idx), counted without the join to articles;
- events: event_parties (entity_id, published, event_id, confidence), which carries its event's date and
  confidence (migration 0010), so the order, the confidence floor and the count need no join to events;
- co-mentions: over the entity's ``window`` latest articles, grouped by entity id before the join.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from ..record import EVENT_MIN_CONFIDENCE
from ..store import StoreLike
from ..store import schema as t
from .paging import Page, count_of
from .query import (
    EntityPage,
    EntityRef,
    EventHit,
    QuoteHit,
    find_entity,
    quote_query,
    said,
    using,
)

__all__ = ["EntityArticle", "entity", "entity_articles", "entity_quotes", "entity_events", "entity_co_mentioned",
           "CO_WINDOW"]

#: co-mentions (and the places on the page) are counted over the entity's latest this many articles
CO_WINDOW = 300

_EVENT_COLS = tuple(EventHit.__dataclass_fields__)


@dataclass
class EntityArticle:
    id: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _page(rows: list[Any], total: Any, offset: int, limit: int) -> Page[Any]:
    """A page whose total is only counted when the page does not show it: a short first page is all."""
    if len(rows) < limit and (rows or offset == 0):
        return Page(rows, offset + len(rows), offset, limit)
    return Page(rows, int(total() if callable(total) else total), offset, limit)


def _article_count(conn: Any, entity_id: int) -> int | None:
    """The entity's article counter, or None when there is no such entity."""
    return conn.execute(sa.select(t.entities.c.article_count).where(t.entities.c.id == entity_id)).scalar()


def _articles(conn: Any, entity_id: int, article_count: int, offset: int, limit: int) -> Page[EntityArticle]:
    ae, a = t.article_entities, t.articles
    # an article lists an entity twice when two of its local entities merged: one row per article.
    # Grouped by (published, article_id), the covering index gives the groups in page order: no sort
    per = (sa.select(ae.c.article_id, sa.func.sum(ae.c.mention_count).label("mentions"),
                     ae.c.published.label("published"))
           .where(ae.c.entity_id == entity_id).group_by(ae.c.published, ae.c.article_id))
    top = per.order_by(ae.c.published.desc(), ae.c.article_id.desc()).offset(offset).limit(limit).subquery()
    rows = conn.execute(
        sa.select(a.c.id, a.c.title, a.c.published, a.c.url, a.c.source, top.c.mentions)
        .join(top, top.c.article_id == a.c.id).order_by(top.c.published.desc(), a.c.id.desc())
    ).mappings().all()
    return _page([EntityArticle(**r) for r in rows], article_count, offset, limit)


def _quotes(conn: Any, entity_id: int, offset: int, limit: int) -> Page[QuoteHit]:
    q = t.quotes
    cond = said(q.c.speaker_entity_id == entity_id)  # the count as the list: no stance
    rows = conn.execute(quote_query(cond).offset(offset).limit(limit)).mappings().all()
    # every quote has its article (a foreign key), so the count needs no join (since round 14 it reads each row's
    # kind, to leave stances out as the list does)
    return _page([QuoteHit(**r) for r in rows],
                 lambda: conn.execute(sa.select(sa.func.count()).select_from(q).where(cond)).scalar_one(),
                 offset, limit)


def _events(conn: Any, entity_id: int, offset: int, limit: int, min_confidence: float | None) -> Page[EventHit]:
    ep, ev = t.event_parties, t.events
    floor = EVENT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    keys = sa.select(ep.c.published, ep.c.event_id).where(ep.c.entity_id == entity_id)
    if floor > 0:  # parties without a confidence predate it: kept, as their events are
        keys = keys.where(sa.func.coalesce(ep.c.confidence, 1.0) >= floor)
    # an entity can be both actor and target of one event: one row per event (DISTINCT streams the index
    # in order: cheaper than GROUP BY for the count)
    keys = keys.distinct()
    top = keys.order_by(ep.c.published.desc(), ep.c.event_id.desc()).offset(offset).limit(limit).subquery()
    rows = conn.execute(sa.select(*[ev.c[c] for c in _EVENT_COLS]).join(top, top.c.event_id == ev.c.id)
                        .order_by(top.c.published.desc(), ev.c.id.desc())).mappings().all()
    return _page([EventHit(**r) for r in rows], lambda: count_of(conn, keys), offset, limit)


def _co_mentioned(conn: Any, entity_id: int, offset: int, limit: int, window: int) -> Page[EntityRef]:
    e, ae = t.entities, t.article_entities
    recent = (sa.select(ae.c.article_id).where(ae.c.entity_id == entity_id)
              .order_by(ae.c.published.desc(), ae.c.article_id.desc()).limit(window).subquery())
    # counted per entity id first (the article's own rows, by its primary key), joined to entities after
    shared = (sa.select(ae.c.entity_id, sa.func.count(sa.distinct(ae.c.article_id)).label("shared"))
              .where(ae.c.article_id.in_(sa.select(recent.c.article_id)), ae.c.entity_id != entity_id)
              .group_by(ae.c.entity_id).subquery())
    # the total comes with the page (a window over the whole grouped result): one pass, not two
    query = (sa.select(e.c.id, e.c.name, e.c.type, e.c.country, e.c.mention_count, e.c.article_count, shared.c.shared,
                       sa.func.count().over().label("n_all"))
             .join(shared, shared.c.entity_id == e.c.id)
             .order_by(shared.c.shared.desc(), e.c.mention_count.desc(), e.c.name))
    rows = conn.execute(query.offset(offset).limit(limit)).all()
    items = [EntityRef(id=r.id, name=r.name, type=r.type, country=r.country, mention_count=r.mention_count,
                       article_count=r.article_count, shared_articles=r.shared) for r in rows]
    total = rows[0].n_all if rows else (lambda: count_of(conn, sa.select(shared.c.entity_id)))
    return _page(items, total, offset, limit)


def entity_articles(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                    limit: int = 50) -> Page[EntityArticle] | None:
    """The articles that mention an entity, the latest first, with its mention count in each."""
    with using(db) as store, store.connect() as conn:
        n = _article_count(conn, entity_id)
        return None if n is None else _articles(conn, entity_id, n, offset, limit)


def entity_quotes(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                  limit: int = 50) -> Page[QuoteHit] | None:
    """Quotes whose speaker is the entity, the latest first."""
    with using(db) as store, store.connect() as conn:
        return None if _article_count(conn, entity_id) is None else _quotes(conn, entity_id, offset, limit)


def entity_events(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                  limit: int = 50, min_confidence: float | None = None) -> Page[EventHit] | None:
    """Events with the entity as actor or target, the latest first (at or above ``min_confidence``;
    default: the documented threshold)."""
    with using(db) as store, store.connect() as conn:
        if _article_count(conn, entity_id) is None:
            return None
        return _events(conn, entity_id, offset, limit, min_confidence)


def entity_co_mentioned(entity_id: int, *, db: StoreLike = None, offset: int = 0, limit: int = 50,
                        window: int = CO_WINDOW) -> Page[EntityRef] | None:
    """Entities named in the same articles, by the number of shared articles among the entity's
    ``window`` latest articles (which bounds the cost for entities mentioned everywhere)."""
    with using(db) as store, store.connect() as conn:
        if _article_count(conn, entity_id) is None:
            return None
        return _co_mentioned(conn, entity_id, offset, limit, window)


def entity(name: str | int, *, db: StoreLike = None, limit: int = 20, window: int = CO_WINDOW) -> EntityPage | None:
    """The page of one entity: its roles, aliases, and the latest ``limit`` of its quotes, events,
    co-mentioned entities and articles, with the true totals of the first three lists.

    ``name`` is a name, alias or id (see :func:`~newsgraph.kb.query.find_entity`). Co-mentions are
    counted over the entity's ``window`` latest articles, which bounds the cost for entities mentioned
    everywhere.
    """
    with using(db) as store, store.connect() as conn:
        ref = find_entity(name, db=store)
        if ref is None:
            return None
        e = t.entities
        row = conn.execute(sa.select(e).where(e.c.id == ref.id)).mappings().one()
        page = EntityPage(**{k: row[k] for k in EntityPage.__dataclass_fields__ if k in row})
        quotes = _quotes(conn, ref.id, 0, limit)
        events = _events(conn, ref.id, 0, limit, None)
        articles = _articles(conn, ref.id, page.article_count, 0, limit)
        page.quotes, page.quote_total = quotes.items, quotes.total
        page.events, page.event_total = events.items, events.total
        page.articles = [a.to_dict() for a in articles.items]
        page.article_total = articles.total
        page.co_mentioned = _co_mentioned(conn, ref.id, 0, limit, window).items
        return page
