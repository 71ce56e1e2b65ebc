"""Queries over the knowledge base, each a Python function (the CLI and the web layer call these).

Every function takes ``db``: an open :class:`~newsgraph.store.Store` (best for many queries), a URL, a
path, or None for ``newsgraph.db`` in the current directory. Results are dataclasses with ``to_dict()``;
every fact carries its ``article_id`` and its evidence (text or character span) so it can be checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa

from ..record import EVENT_MIN_CONFIDENCE as DEFAULT_MIN_CONFIDENCE
from ..record import UNSAID_QUOTE_KINDS
from ..store import Store, StoreLike, open_store
from ..store import schema as t
from .entities import normalize_name
from .measures import PointRow, is_series

__all__ = [
    "EntityRef", "EntityRow", "EntityPage", "ENTITY_FIELDS", "QuoteHit", "EventHit", "Point", "Timeline",
    "find_entity", "quotes", "events", "timeline", "measures", "stats",
    "using", "quote_query", "event_query", "point_query", "point_order", "point_when", "speaker_condition", "event_ids",
]


@contextmanager
def using(db: StoreLike) -> Iterator[Store]:
    """The store for ``db``; opened (and closed after) unless ``db`` is already a Store."""
    if isinstance(db, Store):
        yield db
        return
    store = open_store(db, create=False)
    try:
        yield store
    finally:
        store.close()


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class EntityRef(_Dict):
    id: int
    name: str
    type: str
    country: str | None
    mention_count: int
    article_count: int
    shared_articles: int | None = None  # co-mentions only


@dataclass
class QuoteHit(_Dict):
    article_id: str
    published: str | None
    title: str | None
    text: str
    kind: str
    speaker_name: str | None
    speaker_entity_id: int | None
    cue: str | None
    start: int | None
    end: int | None


@dataclass
class EventHit(_Dict):
    id: int
    article_id: str
    published: str | None
    type: str
    mode: str | None
    text: str
    actors: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    place: str | None
    time: str | None
    negated: bool
    hypothetical: bool
    start: int | None
    end: int | None
    confidence: float | None = None
    modality: str | None = None


@dataclass
class EntityRow(_Dict):
    """One knowledge-base entity's own row: the one definition of an entity's fields, shared by the
    /entities list, the entity page (:class:`EntityPage`) and the API's response models."""

    id: int
    name: str
    type: str
    country: str | None
    aliases: list[str]
    roles: list[str]
    mention_count: int
    article_count: int
    first_date: str | None
    last_date: str | None


ENTITY_FIELDS = tuple(EntityRow.__dataclass_fields__)


@dataclass
class EntityPage(EntityRow):
    """Everything the base knows about one entity (lists are the latest first, capped by ``limit``; the
    ``*_total`` fields give their true sizes)."""

    quotes: list[QuoteHit] = field(default_factory=list)
    events: list[EventHit] = field(default_factory=list)
    co_mentioned: list[EntityRef] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    # true sizes of the lists above, which show only the latest ``limit`` (the paged lists are in
    # newsgraph.kb.entity_lists: entity_quotes, entity_events, entity_articles, entity_co_mentioned)
    quote_total: int = 0
    event_total: int = 0
    article_total: int = 0


@dataclass(frozen=True)
class Point(PointRow, _Dict):
    """One point of a measure series (the stored :class:`PointRow`) with its article's title and URL."""

    title: str | None
    url: str | None

    @property
    def when(self) -> str:
        """How the point's date reads: "2020-09", "2021-07-15 (as of publication)"."""
        return point_when(self.time, self.day, self.as_of_publication)


#: TimeML's parts of the day, as a stored time value ends with them ("2021-11-08TNI": that night)
_PART_OF_DAY = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night", "TDT": "daytime"}


def point_when(time: str | None, day: str | None, as_of_publication: bool) -> str:
    """How a point's date reads (see :attr:`Point.when`): a part of the day in words ("2021-11-08 night")."""
    if as_of_publication:
        return f"{day or '?'} (as of publication)"
    text = str(time)
    if len(text) > 3 and text[-3:] in _PART_OF_DAY:
        return f"{text[:-3]} {_PART_OF_DAY[text[-3:]]}"
    return text


@dataclass
class Timeline(_Dict):
    """The points of one series; ``series`` is False (and ``points`` empty) for a key that is not a series:
    one without an object, or with neither owner nor location ("people:-:-")."""

    measure: str
    points: list[Point]
    series: bool = True

    @property
    def values(self) -> list[float]:
        return [p.value for p in self.points]


# -- entities ---------------------------------------------------------------------------------------
def _entity_ref(r: Any, shared: int | None = None) -> EntityRef:
    return EntityRef(id=r.id, name=r.name, type=r.type, country=r.country, mention_count=r.mention_count,
                     article_count=r.article_count, shared_articles=shared)


def find_entity(name: str | int, *, db: StoreLike = None, type: str | None = None) -> EntityRef | None:
    """The stored entity a name (or alias, or id) leads to: exact canonical name first, then the most
    mentioned entity with that alias, then the most mentioned whose name contains it."""
    with using(db) as store, store.connect() as conn:
        e = t.entities
        if isinstance(name, int) or (isinstance(name, str) and name.isdigit()):
            r = conn.execute(sa.select(e).where(e.c.id == int(name))).first()
            return _entity_ref(r) if r else None
        norm = normalize_name(name)
        q = (sa.select(e).join(t.aliases, t.aliases.c.entity_id == e.c.id)
             .where(t.aliases.c.norm == norm, t.aliases.c.kind != "surname"))
        if type:
            q = q.where(e.c.type == type)
        rows = list(conn.execute(q).all())
        if rows:
            rows.sort(key=lambda r: (normalize_name(r.name) != norm, -r.mention_count))
            return _entity_ref(rows[0])
        q2 = sa.select(e).where(sa.func.lower(e.c.name).contains(name.lower(), autoescape=True))
        if type:
            q2 = q2.where(e.c.type == type)
        r = conn.execute(q2.order_by(e.c.mention_count.desc()).limit(1)).first()
        return _entity_ref(r) if r else None


def said(where: Any) -> Any:
    """``where`` and a quote of words said: a stance ("condemned the launch") and a negated or hypothetical quote
    ("declined to say whether ...") are stored but never listed."""
    return sa.and_(where, listed_where(t.quotes))


def listed_where(qt: Any) -> Any:
    """The quotes table's (or alias's) listed rows, :func:`newsgraph.record.listed_quote` in SQL: no stance, and
    asserted. The one definition of the filter: the story page, search and the quote lists all use it."""
    return sa.and_(qt.c.kind.not_in(sorted(UNSAID_QUOTE_KINDS)), asserted(qt))


def asserted(qt: Any) -> Any:
    """The quotes table's rows of asserted words (NULL: a row stored before the modality column, asserted)."""
    return sa.or_(qt.c.modality.is_(None), qt.c.modality == "asserted")


def quote_query(where: Any) -> sa.Select[Any]:
    """Quotes matching ``where`` (words said only, never a stance) with their article's title, the latest first."""
    where = said(where)
    q, a = t.quotes, t.articles
    return (sa.select(q.c.article_id, q.c.published, a.c.title, q.c.text, q.c.kind, q.c.speaker_name,
                      q.c.speaker_entity_id, q.c.cue, q.c.start, q.c.end)
            .join(a, a.c.id == q.c.article_id).where(where)
            # one direction throughout: a speaker's quotes come straight off the index, no sort
            .order_by(q.c.published.desc(), q.c.article_id.desc(), q.c.idx.desc()))


def _quote_hits(conn: Any, where: Any, limit: int) -> list[QuoteHit]:
    return [QuoteHit(**r._mapping) for r in conn.execute(quote_query(where).limit(limit)).all()]


_EVENT_COLS = tuple(f for f in EventHit.__dataclass_fields__)


def event_query(ids_q: Any, min_confidence: float | None = None) -> sa.Select[Any]:
    """Events whose id is in ``ids_q``, the latest first, at or above ``min_confidence`` (default
    :data:`DEFAULT_MIN_CONFIDENCE`, the extractor's documented threshold; 0 for every stored event)."""
    ev = t.events
    q = sa.select(*[ev.c[c] for c in _EVENT_COLS]).where(ev.c.id.in_(ids_q))
    floor = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    if floor > 0:
        q = q.where(sa.func.coalesce(ev.c.confidence, 1.0) >= floor)  # rows without a confidence predate it
    return q.order_by(ev.c.published.desc(), ev.c.id)


def _event_hits(conn: Any, ids_q: Any, limit: int, min_confidence: float | None = None) -> list[EventHit]:
    return [EventHit(**r) for r in conn.execute(event_query(ids_q, min_confidence).limit(limit)).mappings().all()]


def speaker_condition(store: Store, speaker: str | None) -> Any:
    """Quotes of the entity ``speaker`` leads to, or (for speakers never resolved to an entity) whose
    speaker name matches; every quote when ``speaker`` is None."""
    if speaker is None:
        return sa.true()
    ref = find_entity(speaker, db=store)
    cond = sa.func.lower(t.quotes.c.speaker_name) == speaker.lower()
    if ref is not None:
        cond = sa.or_(t.quotes.c.speaker_entity_id == ref.id, cond)
    return cond


def quotes(speaker: str | None = None, *, db: StoreLike = None, limit: int = 50) -> list[QuoteHit]:
    """Quotes, the latest first; with ``speaker``, those of the entity that name leads to (or, for
    speakers never resolved to an entity, whose speaker name matches)."""
    with using(db) as store, store.connect() as conn:
        return _quote_hits(conn, speaker_condition(store, speaker), limit)


def event_ids(store: Store, type: str | None, actor: str | None, target: str | None) -> sa.Select[Any]:
    """Ids of the events of ``type`` whose actor / target is a party code or country (``USA``) or a
    name/alias of an entity."""
    ev, ep = t.events, t.event_parties
    ids = sa.select(ev.c.id)
    if type:
        ids = ids.where(ev.c.type == type.upper())
    for role, who in (("actor", actor), ("target", target)):
        if not who:
            continue
        conds = [ep.c.code == who, ep.c.country == who.upper(), sa.func.lower(ep.c.name) == who.lower()]
        ref = find_entity(who, db=store)
        if ref is not None:
            conds.append(ep.c.entity_id == ref.id)
        ids = ids.where(ev.c.id.in_(sa.select(ep.c.event_id).where(ep.c.role == role, sa.or_(*conds))))
    return ids


def events(
    type: str | None = None, actor: str | None = None, *, target: str | None = None,
    db: StoreLike = None, limit: int = 50, min_confidence: float | None = None,
) -> list[EventHit]:
    """Events, the latest first, filtered by ``type`` (e.g. RETREAT) and by an actor or target given as a
    party code or country (``USA``) or a name/alias of an entity. Only events at or above
    ``min_confidence`` (default :data:`DEFAULT_MIN_CONFIDENCE`; 0 for all stored events)."""
    with using(db) as store, store.connect() as conn:
        return _event_hits(conn, event_ids(store, type, actor, target), limit, min_confidence)


# -- measures ---------------------------------------------------------------------------------------
_POINT_COLS = ("measure", "value", "role", "approx", "low", "high", "time", "day", "last_day", "before",
               "as_of_publication", "article_id", "published", "evidence", "start", "end")


def point_query(where: Any) -> sa.Select[Any]:
    """Points matching ``where`` with their article's title and URL, in series order."""
    p, a = t.points, t.articles
    return (sa.select(*[p.c[c] for c in _POINT_COLS], a.c.title, a.c.url)
            .join(a, a.c.id == p.c.article_id).where(where).order_by(*point_order()))


def point_order() -> tuple[Any, ...]:
    """Series order: by the last day a point's time covers (undated last), a change's from-value first; the
    point's id last, so that a page of ids and the whole series agree on ties."""
    p = t.points
    return (p.c.measure, p.c.last_day.is_(None), p.c.last_day, p.c.before.desc(), p.c.day, p.c.published,
            p.c.article_id, p.c.start, p.c.id)


def _points(conn: Any, where: Any) -> list[Point]:
    return [Point(**r) for r in conn.execute(point_query(where)).mappings().all()]


def timeline(key: str, *, db: StoreLike = None) -> Timeline:
    """The series of a measure key (``troops:USA:IRQ``), ordered by the last day each point's time covers; a
    change's from-value comes before the points of the same day. A key that is not a series gives
    ``series=False`` and no points."""
    if not is_series(key):
        return Timeline(measure=key, points=[], series=False)
    with using(db) as store, store.connect() as conn:
        return Timeline(measure=key, points=_points(conn, t.points.c.measure == key))


def measures(*, db: StoreLike = None, prefix: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Stored series (keys with an object and an owner or a location) with their point counts and date ranges,
    the largest first."""
    with using(db) as store, store.connect() as conn:
        m = t.measures
        q = sa.select(m).where(_series_clause(m))
        if prefix:
            q = q.where(m.c.key.startswith(prefix, autoescape=True))
        return [dict(r) for r in conn.execute(q.order_by(m.c.point_count.desc(), m.c.key).limit(limit)).mappings()]


def _series_clause(m: sa.Table) -> Any:
    return (m.c.object != "-") & sa.or_(m.c.owner != "-", m.c.location != "-")


def series_counts(conn: Any) -> dict[str, int]:
    """Series, points in series and points outside any series (keyless: stored, searchable, never charted)."""
    m = t.measures
    n_series, in_series = conn.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(m.c.point_count), 0)).where(_series_clause(m))).one()
    total = conn.execute(sa.select(sa.func.count()).select_from(t.points)).scalar_one()
    return {"series": int(n_series), "points_in_series": int(in_series), "keyless_points": int(total) - int(in_series)}


def stats(*, db: StoreLike = None, top: int = 10) -> dict[str, Any]:
    """Counts of every table, languages, date range, runs, and the most mentioned entities and largest
    measures."""
    with using(db) as store, store.connect() as conn:
        counts = {name: int(conn.execute(sa.select(sa.func.count()).select_from(tbl)).scalar_one())
                  for name, tbl in t.metadata.tables.items()}
        a, e = t.articles, t.entities
        langs: dict[Any, Any] = dict(conn.execute(sa.select(a.c.language, sa.func.count()).group_by(a.c.language)).all())
        first, last = conn.execute(sa.select(sa.func.min(a.c.published), sa.func.max(a.c.published))).one()
        top_e = conn.execute(sa.select(e).order_by(e.c.mention_count.desc(), e.c.id).limit(top)).all()
        last_run = conn.execute(sa.select(t.runs).order_by(t.runs.c.id.desc()).limit(1)).mappings().first()
        return {
            "counts": counts,
            "languages": {str(k): int(v) for k, v in langs.items()},
            "published": {"first": first, "last": last},
            "top_entities": [_entity_ref(r).to_dict() for r in top_e],
            "top_measures": measures(db=store, limit=top),
            "measures": series_counts(conn),
            "last_run": dict(last_run) if last_run else None,
        }
