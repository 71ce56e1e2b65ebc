"""Conflicting figures: reports that give different values for the same measure at the same time.

Two points conflict when they come from different articles, belong to the same measure key, are not a
change's "before" value, refer to the same time, and their value ranges do not overlap.

- Same time: the same TIMEX value, or two short stretches (each at most ``max_window_days`` long: a day,
  a week, a month) that overlap, e.g. "in July" and "on Thursday July 15". A point without a time of
  its own stands at its article's publication day.
- Value range (:func:`newsgraph.kb.measures.value_range`): an exact figure allows ±``tolerance``
  (relative, default 2%); a hedged one is widened by ``hedge`` (default 10%) on the side its hedge word
  points to: "nearly 900" allows 810–900, "more than 900" 900–990, "about 900" 810–990.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from ..store import StoreLike
from ..store import schema as t
from .measures import value_range
from .query import Point, _points, using

__all__ = ["Conflict", "conflicts", "DEFAULT_TOLERANCE", "DEFAULT_HEDGE"]

DEFAULT_TOLERANCE = 0.02
DEFAULT_HEDGE = 0.10


@dataclass
class Conflict:
    measure: str
    a: Point
    b: Point
    a_range: tuple[float, float]
    b_range: tuple[float, float]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _window(p: Point) -> tuple[dt.date, dt.date] | None:
    if p.day is None:
        return None
    return dt.date.fromisoformat(p.day), dt.date.fromisoformat(p.last_day or p.day)


def _same_time(p: Point, q: Point, max_days: int) -> bool:
    if p.time and q.time and p.time == q.time:
        return True
    wp, wq = _window(p), _window(q)
    if wp is None or wq is None:
        return False
    short = (wp[1] - wp[0]).days < max_days and (wq[1] - wq[0]).days < max_days
    return short and wp[0] <= wq[1] and wq[0] <= wp[1]


def _range(p: Point, tolerance: float, hedge: float) -> tuple[float, float]:
    return value_range(p.value, p.approx, p.low, p.high, tolerance=tolerance, hedge=hedge)


def conflicts(
    *, db: StoreLike = None, measure: str | None = None, tolerance: float = DEFAULT_TOLERANCE,
    hedge: float = DEFAULT_HEDGE, max_window_days: int = 31,
) -> list[Conflict]:
    """Every conflicting pair of points (optionally of one ``measure``), ordered by measure and day."""
    with using(db) as store, store.connect() as conn:
        where: Any = t.points.c.before.is_(False)
        if measure:
            where = where & (t.points.c.measure == measure)
        pts = _points(conn, where)
    by_measure: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        by_measure[p.measure].append(p)
    out: list[Conflict] = []
    seen: set[tuple[str, str, str, float, float]] = set()
    for key, series in by_measure.items():
        for i, p in enumerate(series):
            for q in series[i + 1:]:
                if q.article_id == p.article_id or not _same_time(p, q, max_window_days):
                    continue
                rp, rq = _range(p, tolerance, hedge), _range(q, tolerance, hedge)
                if rp[0] <= rq[1] and rq[0] <= rp[1]:
                    continue
                sig = (key, p.article_id, q.article_id, p.value, q.value)
                if sig in seen:
                    continue
                seen.add(sig)
                out.append(Conflict(
                    measure=key, a=p, b=q, a_range=rp, b_range=rq,
                    reason=f"{_fmt(p)} vs {_fmt(q)} for {p.when if not p.as_of_publication else p.day}",
                ))
    return out


def _fmt(p: Point) -> str:
    v = int(p.value) if float(p.value).is_integer() else p.value
    return f"{p.approx + ' ' if p.approx else ''}{v:,}" if isinstance(v, int) else f"{v}"
