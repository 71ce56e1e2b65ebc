"""Paged lists with true totals (see :mod:`newsgraph.kb.paging`): quotes, events, measures, conflicts,
a measure's timeline; the lists of an entity's page (articles, quotes, events, co-mentions) are in
:mod:`newsgraph.kb.entity_lists` and re-exported here.

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
from .conflict_rows import stored_conflicts
from .conflicts import DEFAULT_HEDGE, DEFAULT_TOLERANCE, Conflict, conflicts
from .entity_lists import EntityArticle, entity_articles, entity_co_mentioned, entity_events, entity_quotes
from .paging import Page, fetch_page, page_of_list
from .query import (
    EventHit,
    Point,
    QuoteHit,
    event_ids,
    event_query,
    point_order,
    point_query,
    point_when,
    quote_query,
    speaker_condition,
    using,
)

__all__ = [
    "MeasureRow", "EntityArticle", "MEASURE_SORTS",
    "quote_page", "event_page", "measure_page", "conflict_page", "timeline_page", "SeriesView", "series_view",
    "POINT_SORTS",
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
                  hedge: float = DEFAULT_HEDGE, min_confidence: float | None = None, offset: int = 0,
                  limit: int = 50) -> Page[Conflict]:
    """Conflicting pairs of points (see :mod:`newsgraph.kb.conflicts`), ordered by measure and day: read
    from the stored conflicts at the default tolerance, hedge and listing rule (:mod:`newsgraph.kb.conflict_listed`),
    computed for any other or for a ``min_confidence`` bar."""
    if (tolerance, hedge, min_confidence) == (DEFAULT_TOLERANCE, DEFAULT_HEDGE, None):
        return stored_conflicts(db=db, measure=measure, offset=offset, limit=limit)
    found = conflicts(db=db, measure=measure, tolerance=tolerance, hedge=hedge, min_confidence=min_confidence)
    return page_of_list(found, offset=offset, limit=limit)


def timeline_page(key: str, *, db: StoreLike = None, offset: int = 0, limit: int = 200) -> Page[Point]:
    """Points of one measure key in series order (see :func:`newsgraph.kb.timeline`); none for a key that is not
    a series."""
    if not is_series(key):
        return Page([], 0, offset, limit)
    p = t.points
    with using(db) as store, store.connect() as conn:
        # the page's ids from ix_points_series alone, then only their rows and articles: the join over the
        # whole series, sorted, read every point's row and article (72 ms CPU p95 cold at 99,900 articles)
        ids = list(conn.execute(sa.select(p.c.id).where(p.c.measure == key).order_by(*point_order())
                                .offset(offset).limit(limit)).scalars())
        got = _points_by_id(conn, ids)
        # a short first page is the whole series: no second query for the total
        total = len(ids) + offset if (len(ids) < limit and (ids or offset == 0)) else int(conn.execute(
            sa.select(sa.func.count()).select_from(p).where(p.c.measure == key)).scalar_one())
    return Page([_point(got[i]) for i in ids if i in got], total, offset, limit)


def _points_by_id(conn: Any, ids: list[int], *, conflict: bool = False) -> dict[int, dict[str, Any]]:
    """The rows of the points ``ids``: a :class:`Point`'s fields, ``pid`` and, when ``conflict``, the stored
    mark (only the series page shows it; the timeline page would read it to throw it away)."""
    if not ids:
        return {}
    p = t.points
    extra = [sa.case((p.c.conflicted, 1), else_=0).label("conflict")] if conflict else []
    result = conn.execute(point_query(p.c.id.in_(ids)).order_by(None).add_columns(p.c.id.label("pid"), *extra))
    keys = list(result.keys())
    return {r["pid"]: r for r in (dict(zip(keys, row, strict=True)) for row in result)}


def _point(row: dict[str, Any]) -> Point:
    return Point(**{k: v for k, v in row.items() if k not in ("pid", "conflict")})


POINT_SORTS = ("time", "value", "published", "article")


@dataclass
class SeriesView:
    """What a series' page shows: the chart's dots, one page of the points table and the conflicts' count.

    ``dots`` draw the whole series with identical points (one figure repeated by many reports: same day,
    span, value and hedge) as one dot that says how many they are; ``page`` holds the table's rows in the
    reader's order, each with ``conflict`` (the point is in a stored conflict) beside the :class:`Point`."""

    key: str
    dots: list[dict[str, Any]]
    page: Page[tuple[Point, bool]]
    n_conflicts: int


def series_view(key: str, *, db: StoreLike = None, sort: str = "time", offset: int = 0,
                limit: int = 100) -> SeriesView | None:
    """A series' page from the database: grouped dots, a page of points sorted by ``sort`` (one of
    :data:`POINT_SORTS`) with the true total, the stored conflicts (default tolerance and hedge) counted.

    A key that is not a series gives None. The series is never loaded whole: at 99,900 articles a series
    of 2,331 points with 110,556 conflicts took 900 ms CPU to chart from every point and its conflicts
    computed again; grouped and paged, tens of ms; from one index with stored marks, a few ms."""
    if not is_series(key):
        return None
    p, m = t.points, t.measures
    # the marks kept with the stored conflicts (migration 0016): every column read here is in
    # ix_points_series, so the series is one range of that index, not one table page per point
    flag = sa.case((p.c.conflicted, 1), else_=0)
    dims = (p.c.day, p.c.last_day, p.c.value, p.c.approx, p.c.low, p.c.high, p.c.time, p.c.as_of_publication)
    time_order = point_order()
    order = {"value": (p.c.value, *time_order), "article": (p.c.article_id, p.c.start),
             "published": (p.c.published.nulls_first(), p.c.last_day.nulls_first(), *time_order)}.get(sort, time_order)
    with using(db) as store, store.connect() as conn:
        n_conflicts = int(conn.execute(sa.select(m.c.conflict_count).where(m.c.key == key)).scalar() or 0)
        dots = [dict(r) for r in conn.execute(
            sa.select(*dims, sa.func.count().label("n"), sa.func.min(p.c.article_id).label("article_id"),
                      sa.func.max(flag).label("conflict"))
            .where(p.c.measure == key).group_by(*dims)).mappings()]
        for d in dots:
            d["when"] = point_when(d["time"], d["day"], d["as_of_publication"])
        # the page's point ids first, then their rows and articles (not every point's article, then sorted)
        ids = list(conn.execute(sa.select(p.c.id).where(p.c.measure == key).order_by(*order)
                                .offset(offset).limit(limit)).scalars())
        got = _points_by_id(conn, ids, conflict=True)
        total = int(conn.execute(sa.select(sa.func.count()).select_from(p).where(p.c.measure == key)).scalar_one())
    items = [(_point(got[i]), bool(got[i]["conflict"])) for i in ids if i in got]
    return SeriesView(key, dots, Page(items, total, offset, limit), n_conflicts)
