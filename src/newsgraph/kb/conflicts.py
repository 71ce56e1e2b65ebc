"""Conflicting figures: reports that give different values for the same series at the same time.

Two points conflict when all of these hold:

- they belong to one *series* (a key with an object and an owner or a location, see
  :func:`newsgraph.record.is_series`) and come from different articles;
- they refer to the same time: the same TIMEX value, or two stretches of at most ``max_window_days`` (a day,
  a week, a month) that overlap, e.g. "in July" and "on Thursday July 15". A point without a time of its own
  stands at its article's publication day and is compared only with points of that same day;
- a change's from-value takes part only when the report states its own time ("down from 900 in June");
- their value ranges (:func:`newsgraph.kb.measures.value_range`, hedges from data/amount_hedges.tsv) do not
  overlap: an exact figure allows ±``tolerance`` (relative, default 2%); a hedged one is ``hedge`` wide
  (default 10%) on the side its hedge points to ("nearly 900" 810–900, "more than 900" 900–990, "about 900"
  810–990); "Stevens and three other Americans" counts four (the amount's low = high = 4).

Each conflict carries both points (with their evidence sentences) and a reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from ..store import StoreLike
from ..store import schema as t
from .measures import is_series, value_range
from .query import Point, _points, using

__all__ = ["Conflict", "conflicts", "conflicts_in", "DEFAULT_TOLERANCE", "DEFAULT_HEDGE"]

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
    wp, wq = _window(p), _window(q)
    if wp is None or wq is None:
        return False
    if p.as_of_publication or q.as_of_publication:
        # a point with no time of its own says "as of this report's day": only that day is comparable
        return wp[0] == wp[1] == wq[0] == wq[1]
    if p.time and q.time and p.time == q.time:
        return True
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
        return conflicts_in(conn, measure=measure, tolerance=tolerance, hedge=hedge, max_window_days=max_window_days)


def conflicts_in(conn: Any, *, measure: str | None = None, tolerance: float = DEFAULT_TOLERANCE,
                 hedge: float = DEFAULT_HEDGE, max_window_days: int = 31) -> list[Conflict]:
    """:func:`conflicts` over an open connection (the rebuild counts them inside its transaction)."""
    # a from-value counts only at a time stated for it
    where: Any = t.points.c.before.is_(False) | t.points.c.as_of_publication.is_(False)
    if measure:
        where = where & (t.points.c.measure == measure)
    pts = _points(conn, where)
    by_measure: dict[str, list[Point]] = defaultdict(list)
    for p in pts:
        by_measure[p.measure].append(p)
    out: list[Conflict] = []
    seen: set[tuple[str, str, str, float, float]] = set()
    for key, series in by_measure.items():
        if not is_series(key):
            continue
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
                    reason=f"{_fmt(p)} vs {_fmt(q)} for {p.when if not p.as_of_publication else p.day}: "
                           f"ranges {_fmt_range(rp)} and {_fmt_range(rq)} do not overlap",
                ))
    return out


def _fmt(p: Point) -> str:
    v = int(p.value) if float(p.value).is_integer() else p.value
    return f"{p.approx + ' ' if p.approx else ''}{v:,}" if isinstance(v, int) else f"{v}"


def _fmt_range(r: tuple[float, float]) -> str:
    return f"{r[0]:,.4g}–{r[1]:,.4g}"
