"""The ``measures`` step of ``newsgraph rebuild``: re-key every stored figure and rebuild the series.

A base ingested by an older version keeps the keys of its day ("people:-:-" mixing deaths and crowds,
"$3 billion" under a count). This step recomputes, from the stored records alone (no NLP), each amount's
dimension and measure key and each change's key (:func:`newsgraph.record.amount_key`,
:func:`newsgraph.kb.measures.change_key`), and for rows stored before those fields existed ``Amount.added``
(:func:`newsgraph.kb.measures.with_added`) and how far each figure's time stretches (``running_total``,
``time_end``, ``Change.from_time_end``: :func:`newsgraph.kb.measures.with_totals`), writes them back to the
``amounts`` and ``changes`` rows, and
rebuilds ``points`` and ``measures`` with today's time placement, then the stored conflicts of every
series (deleting the points removed the old ones); the step counts them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from ..record import amount_key, dimension_of
from ..store import schema as t
from ..store.rows import load_articles
from .conflict_rows import store_conflicts
from .ingest import _store_points
from .measures import PointRow, change_key, points_of, with_added, with_totals
from .query import series_counts
from .rebuild import RebuildContext, register_step

__all__ = ["rebuild_measures"]

_CHUNK = 200


@register_step("measures", after="entities")
def rebuild_measures(conn: Connection, ctx: RebuildContext) -> None:
    """Re-key amounts and changes, rebuild points and measures, count series and conflicts."""
    conn.execute(t.points.delete())
    conn.execute(t.measures.delete())
    rekeyed = 0
    for i in range(0, len(ctx.article_ids), _CHUNK):
        pts: list[PointRow] = []
        for rec in load_articles(conn, ctx.article_ids[i:i + _CHUNK]):
            n, rec = _rekey(conn, rec)
            rekeyed += n
            pts.extend(points_of(rec))
        if pts:
            _store_points(conn, pts)
    counts = series_counts(conn)
    ctx.counts.update({"rekeyed": rekeyed, "series": counts["series"], "points": counts["points_in_series"]
                       + counts["keyless_points"], "conflicts": store_conflicts(conn)})


def _rekey(conn: Connection, stored: Any) -> tuple[int, Any]:
    """Write today's dimension and key (and the extractor's readings where the row lacks them) to the rows of
    one record; the number of rows whose key changed, and the record as rewritten."""
    changed = 0
    am = t.amounts
    rec = with_totals(with_added(stored))
    for idx, (a, old) in enumerate(zip(rec.amounts, stored.amounts, strict=True)):
        key, dim = amount_key(a), dimension_of(a)
        read = {"added": a.added, "running_total": a.running_total, "time_end": a.time_end}
        if key != a.measure or dim != a.dimension or any(v != getattr(old, k) for k, v in read.items()):
            changed += int(key != a.measure)
            conn.execute(am.update().where(am.c.article_id == rec.id, am.c.idx == idx)
                         .values(measure=key, dimension=dim, **read))
    ch = t.changes
    members: dict[str, list[Any]] = {}  # grouped once: a scan of the amounts per change was quadratic
    for a in rec.amounts:
        if a.change is not None:
            members.setdefault(a.change, []).append(a)
    for idx, (c, old_c) in enumerate(zip(rec.changes, stored.changes, strict=True)):
        key = change_key(c, members.get(c.id, []))
        read = {"running_total": c.running_total, "time_end": c.time_end, "from_time_end": c.from_time_end}
        if key != c.measure or any(v != getattr(old_c, k) for k, v in read.items()):
            changed += int(key != c.measure)
            conn.execute(ch.update().where(ch.c.article_id == rec.id, ch.c.idx == idx).values(measure=key, **read))
    return changed, rec
