"""The stored conflicts: the rows :mod:`newsgraph.kb.conflicts` finds, written to the ``conflicts`` table, the
marks they leave on their series (migration 0016), and a page of them read back."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from ..store import StoreLike
from ..store import schema as t
from .conflict_evidence import confidence_in
from .conflict_places import with_unplaced
from .conflicts import Conflict, conflicts_in
from .measures import is_series
from .paging import Page
from .query import _POINT_COLS, Point, using

__all__ = ["store_conflicts", "mark_conflicts", "stored_conflicts", "story_series"]


def store_conflicts(conn: Any, measures: Any = None, *, marks: bool = True) -> int:
    """Recompute the stored conflicts of ``measures`` (an iterable of keys; None for every series) from
    their points, at the default tolerance and hedge, inside the caller's transaction; the number written.
    ``marks``: also refresh the series' conflict marks (:func:`mark_conflicts`); migration 0011, which
    runs before the marks exist, passes False."""
    c, p = t.conflicts, t.points
    keys = None if measures is None else sorted({k for k in measures if is_series(k)})
    if keys == []:
        return 0
    if keys is None:
        conn.execute(c.delete())
        found = conflicts_in(conn)
        ids_q = sa.select(p.c.id, p.c.measure, p.c.article_id, p.c.value, p.c.role)
    else:
        conn.execute(c.delete().where(c.c.measure.in_(keys)))
        found = [x for k in keys for x in conflicts_in(conn, measure=k)]
        ids_q = sa.select(p.c.id, p.c.measure, p.c.article_id, p.c.value, p.c.role).where(
            p.c.measure.in_(sorted(with_unplaced(keys))))  # a toll without a place may stand in a series
    if found:
        _insert_conflicts(conn, found, ids_q)
    if marks:
        mark_conflicts(conn, None if keys is None else with_unplaced(keys))
    return len(found)


def _insert_conflicts(conn: Any, found: list[Conflict], ids_q: Any) -> None:
    # a point is one row per (measure, article, value, role): the unique key of the points table
    ids = {(m, a, v, r): i for i, m, a, v, r in conn.execute(ids_q).all()}
    pos: dict[str, int] = defaultdict(int)
    rows = []
    for x in found:
        pos[x.measure] += 1
        rows.append({"measure": x.measure, "pos": pos[x.measure],
                     "a_id": ids[(x.a.measure, x.a.article_id, x.a.value, x.a.role)],  # the point's own key
                     "b_id": ids[(x.b.measure, x.b.article_id, x.b.value, x.b.role)],
                     "a_low": x.a_range[0], "a_high": x.a_range[1], "b_low": x.b_range[0], "b_high": x.b_range[1],
                     "reason": x.reason})
    conn.execute(t.conflicts.insert(), rows)


_MARK_KEYS = 500  # keys per statement (SQLite's bound parameters)


def story_series(conn: Any, story_ids: set[int]) -> set[str]:
    """The series keys of the points of every report in ``story_ids``: the series whose conflicts' evidence (one
    story) may change when those stories take in new reports or merge."""
    p, a = t.points, t.articles
    ids = sorted(story_ids)
    out: set[str] = set()
    for i in range(0, len(ids), _MARK_KEYS):
        out.update(conn.execute(sa.select(p.c.measure).distinct().join(a, a.c.id == p.c.article_id)
                                .where(a.c.story_id.in_(ids[i:i + _MARK_KEYS]))).scalars())
    return out


def mark_conflicts(conn: Any, keys: Any = None) -> None:
    """Copy the stored conflicts onto their series (migration 0016): each point's ``conflicted`` and each
    measure's ``conflict_count``, for ``keys`` (None: every series). A series' page reads these from one
    index instead of probing the conflicts of each of its points on every request. Only rows whose mark
    changes are written. Called wherever the stored conflicts change: :func:`store_conflicts`, and after
    a retraction deleted points (their conflicts went with them, ON DELETE CASCADE)."""
    c, p, m = t.conflicts, t.points, t.measures
    hit = sa.or_(sa.exists().where(c.c.a_id == p.c.id), sa.exists().where(c.c.b_id == p.c.id))
    count = sa.select(sa.func.count()).select_from(c).where(c.c.measure == m.c.key).scalar_subquery()
    key_list = None if keys is None else sorted(set(keys))
    parts = [None] if key_list is None else [key_list[i:i + _MARK_KEYS] for i in range(0, len(key_list), _MARK_KEYS)]
    for part in parts:
        pw = p.c.conflicted != hit
        mw = m.c.conflict_count != count
        if part is not None:
            pw, mw = pw & p.c.measure.in_(part), mw & m.c.key.in_(part)
        conn.execute(p.update().where(pw).values(conflicted=hit))
        conn.execute(m.update().where(mw).values(conflict_count=count))


def stored_conflicts(*, db: StoreLike = None, measure: str | None = None, offset: int = 0,
                     limit: int = 50) -> Page[Conflict]:
    """A page of the stored conflicts (default tolerance and hedge), ordered by measure and day as
    :func:`conflicts` lists them, with their true total."""
    c, p, a = t.conflicts, t.points, t.articles
    where = sa.true() if measure is None else c.c.measure == measure
    with using(db) as store, store.connect() as conn:
        rows = conn.execute(sa.select(c).where(where).order_by(c.c.measure, c.c.pos).offset(offset).limit(limit)).all()
        if len(rows) < limit and (rows or offset == 0):
            total = offset + len(rows)
        else:
            total = int(conn.execute(sa.select(sa.func.count()).select_from(c).where(where)).scalar_one())
        ids = {r.a_id for r in rows} | {r.b_id for r in rows}
        pts = {r.pid: Point(**{k: v for k, v in r._mapping.items() if k != "pid"}) for r in conn.execute(
            sa.select(p.c.id.label("pid"), *[p.c[k] for k in _POINT_COLS], a.c.title, a.c.url)
            .join(a, a.c.id == p.c.article_id).where(p.c.id.in_(ids))).all()}
    items = [Conflict(measure=r.measure, a=pts[r.a_id], b=pts[r.b_id], a_range=(r.a_low, r.a_high),
                      b_range=(r.b_low, r.b_high), reason=r.reason, confidence=confidence_in(r.reason)) for r in rows]
    return Page(items, total, offset, limit)


def _register_rebuild() -> None:
    from .rebuild import RebuildContext, register_step

    @register_step("conflicts", after="stories")
    def rebuild_conflicts_step(conn: Any, ctx: RebuildContext) -> None:
        """The stored conflicts again once the stories are rebuilt: their confidence reads the stories (the
        measures step, before the stories, counted them with the stories it found)."""
        ctx.counts["conflicts"] = store_conflicts(conn)


_register_rebuild()
