"""Paged lists with true totals (see :mod:`newsgraph.kb.paging`): quotes, events, measures, conflicts,
a measure's timeline, and every list of an entity's page (articles, quotes, events, co-mentions).

Each function takes ``db`` like the other :mod:`newsgraph.kb` queries, plus ``offset`` and ``limit``, and
answers a :class:`~newsgraph.kb.paging.Page`. An unknown entity gives None (the caller answers 404); a
filter that matches nothing gives an empty page with ``total == 0``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from ..record import is_series
from ..store import StoreLike
from ..store import schema as t
from .conflicts import DEFAULT_HEDGE, DEFAULT_TOLERANCE, Conflict, conflicts
from .paging import Page, count_of, fetch_page, page_of_list
from .query import (
    EntityRef,
    EventHit,
    Point,
    QuoteHit,
    event_ids,
    event_query,
    point_query,
    quote_query,
    speaker_condition,
    using,
)

__all__ = [
    "MeasureRow", "EntityArticle", "MEASURE_SORTS",
    "quote_page", "event_page", "measure_page", "conflict_page", "timeline_page",
    "entity_articles", "entity_quotes", "entity_events", "entity_co_mentioned",
]

MEASURE_SORTS = ("points", "recent", "key")


@dataclass
class MeasureRow:
    key: str
    object: str
    owner: str
    location: str
    point_count: int
    first_day: str | None
    last_day: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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


def quote_page(speaker: str | None = None, *, db: StoreLike = None, offset: int = 0,
               limit: int = 50) -> Page[QuoteHit]:
    """Quotes, the latest first, optionally of one speaker (name, alias or entity id)."""
    with using(db) as store, store.connect() as conn:
        return fetch_page(conn, quote_query(speaker_condition(store, speaker)), offset=offset, limit=limit,
                          make=lambda r: QuoteHit(**r))


def event_page(type: str | None = None, actor: str | None = None, *, target: str | None = None,
               db: StoreLike = None, offset: int = 0, limit: int = 50,
               min_confidence: float | None = None) -> Page[EventHit]:
    """Events, the latest first, by type and actor / target (see :func:`newsgraph.kb.events`), at or above
    ``min_confidence`` (default: the documented default threshold; 0 for all)."""
    with using(db) as store, store.connect() as conn:
        return fetch_page(conn, event_query(event_ids(store, type, actor, target), min_confidence), offset=offset,
                          limit=limit, make=lambda r: EventHit(**r))


def measure_page(
    *, db: StoreLike = None, prefix: str | None = None, object: str | None = None, owner: str | None = None,
    location: str | None = None, min_points: int = 1, sort: str = "points", offset: int = 0, limit: int = 50,
) -> Page[MeasureRow]:
    """Measure series filtered by key prefix, object, owner and location (``-`` for none) and by their
    point count (``min_points=2``: series only, no single figures); ``sort`` is points (largest first),
    recent (latest point first) or key."""
    m = t.measures
    # only series: a key with an object and an owner or a location (keyless points are stored, never listed)
    conds: list[Any] = [m.c.object != "-", sa.or_(m.c.owner != "-", m.c.location != "-")]
    if prefix:
        conds.append(m.c.key.startswith(prefix, autoescape=True))
    for col, val in ((m.c.object, object), (m.c.owner, owner), (m.c.location, location)):
        if val:
            conds.append(col == val)
    if min_points > 1:
        conds.append(m.c.point_count >= min_points)
    order = {"points": (m.c.point_count.desc(), m.c.key), "recent": (m.c.last_day.is_(None), m.c.last_day.desc(),
                                                                    m.c.key), "key": (m.c.key,)}[sort]
    with using(db) as store, store.connect() as conn:
        query = sa.select(*[m.c[f] for f in MeasureRow.__dataclass_fields__]).where(*conds).order_by(*order)
        return fetch_page(conn, query, offset=offset, limit=limit, make=lambda r: MeasureRow(**r))


def conflict_page(*, db: StoreLike = None, measure: str | None = None, tolerance: float = DEFAULT_TOLERANCE,
                  hedge: float = DEFAULT_HEDGE, offset: int = 0, limit: int = 50) -> Page[Conflict]:
    """Conflicting pairs of points (see :mod:`newsgraph.kb.conflicts`), ordered by measure and day."""
    found = conflicts(db=db, measure=measure, tolerance=tolerance, hedge=hedge)
    return page_of_list(found, offset=offset, limit=limit)


def timeline_page(key: str, *, db: StoreLike = None, offset: int = 0, limit: int = 200) -> Page[Point]:
    """Points of one measure key in series order (see :func:`newsgraph.kb.timeline`); none for a key that is not
    a series."""
    if not is_series(key):
        return Page([], 0, offset, limit)
    with using(db) as store, store.connect() as conn:
        return fetch_page(conn, point_query(t.points.c.measure == key), offset=offset, limit=limit,
                          make=lambda r: Point(**r))


def _entity_exists(conn: Any, entity_id: int) -> bool:
    return conn.execute(sa.select(t.entities.c.id).where(t.entities.c.id == entity_id)).first() is not None


def entity_articles(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                    limit: int = 50) -> Page[EntityArticle] | None:
    """The articles that mention an entity, the latest first, with its mention count in each."""
    ae, a = t.article_entities, t.articles
    with using(db) as store, store.connect() as conn:
        if not _entity_exists(conn, entity_id):
            return None
        # an article lists an entity twice when two of its local entities merged: one row per article.
        # Grouped by (published, article_id), the covering index (entity_id, published, article_id,
        # mention_count) gives the groups in page order: no sort, whatever the entity's size
        per = (sa.select(ae.c.article_id, sa.func.sum(ae.c.mention_count).label("mentions"),
                         ae.c.published.label("published"))
               .where(ae.c.entity_id == entity_id).group_by(ae.c.published, ae.c.article_id))
        total = count_of(conn, per)
        top = (per.order_by(ae.c.published.desc(), ae.c.article_id.desc()).offset(offset).limit(limit)
               .subquery())
        rows = conn.execute(
            sa.select(a.c.id, a.c.title, a.c.published, a.c.url, a.c.source, top.c.mentions)
            .join(top, top.c.article_id == a.c.id).order_by(top.c.published.desc(), a.c.id.desc())
        ).mappings().all()
    return Page([EntityArticle(**r) for r in rows], total, offset, limit)


def entity_quotes(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                  limit: int = 50) -> Page[QuoteHit] | None:
    """Quotes whose speaker is the entity, the latest first."""
    with using(db) as store, store.connect() as conn:
        if not _entity_exists(conn, entity_id):
            return None
        return fetch_page(conn, quote_query(t.quotes.c.speaker_entity_id == entity_id), offset=offset,
                          limit=limit, make=lambda r: QuoteHit(**r))


def entity_events(entity_id: int, *, db: StoreLike = None, offset: int = 0,
                  limit: int = 50, min_confidence: float | None = None) -> Page[EventHit] | None:
    """Events with the entity as actor or target, the latest first (at or above ``min_confidence``)."""
    with using(db) as store, store.connect() as conn:
        if not _entity_exists(conn, entity_id):
            return None
        ids = sa.select(t.event_parties.c.event_id).where(t.event_parties.c.entity_id == entity_id)
        return fetch_page(conn, event_query(ids, min_confidence), offset=offset, limit=limit,
                          make=lambda r: EventHit(**r))


def entity_co_mentioned(entity_id: int, *, db: StoreLike = None, offset: int = 0, limit: int = 50,
                        window: int = 300) -> Page[EntityRef] | None:
    """Entities named in the same articles, by the number of shared articles among the entity's
    ``window`` latest articles (which bounds the cost for entities mentioned everywhere)."""
    e, ae = t.entities, t.article_entities
    with using(db) as store, store.connect() as conn:
        if not _entity_exists(conn, entity_id):
            return None
        recent = (sa.select(ae.c.article_id).where(ae.c.entity_id == entity_id)
                  .order_by(ae.c.published.desc()).limit(window).subquery())
        shared = sa.func.count(sa.distinct(ae.c.article_id)).label("shared")
        query = (sa.select(e.c.id, e.c.name, e.c.type, e.c.country, e.c.mention_count, e.c.article_count, shared)
                 .select_from(ae.join(e, e.c.id == ae.c.entity_id))
                 .where(ae.c.article_id.in_(sa.select(recent.c.article_id)), ae.c.entity_id != entity_id)
                 .group_by(e.c.id, e.c.name, e.c.type, e.c.country, e.c.mention_count, e.c.article_count)
                 .order_by(shared.desc(), e.c.mention_count.desc(), e.c.name))

        def ref(r: Any) -> EntityRef:
            return EntityRef(id=r["id"], name=r["name"], type=r["type"], country=r["country"],
                             mention_count=r["mention_count"], article_count=r["article_count"],
                             shared_articles=r["shared"])

        return fetch_page(conn, query, offset=offset, limit=limit, make=ref)
