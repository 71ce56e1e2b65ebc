"""Measures across reports: the points of a series, the days a TIMEX value covers, hedged values.

A *measure* is a key ``object:owner:location`` (``troops:USA:IRQ``, see :func:`newsgraph.record.measure_key`).
Each article contributes *points* to it:

- a change gives two: its ``from_value`` (role ``from``, ``before`` its time) and its ``to_value``
  (role ``to``, at its time);
- an amount gives one (role ``amount``) unless it belongs to a change (``amount.change`` is set, or it
  repeats a value of a same-measure change and lies inside that change's sentence span);
- one point per article, value and role: a figure stated twice in one report counts once.

Points are ordered by the first day their TIMEX value covers (``2020-09`` → 2020-09-01, ``200X`` or
``200`` → 2000-01-01, ``19XX`` or ``19`` → 1900-01-01); a point whose fact has no time takes the article's
publication date and is marked ``as_of_publication``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..record import Article, measure_key

__all__ = [
    "PointRow",
    "sentence_of",
    "timex_days",
    "points_of",
    "value_range",
    "HEDGE_BELOW",
    "HEDGE_ABOVE",
    "HEDGE_AROUND",
]


@dataclass(frozen=True)
class PointRow:
    """One point of a measure series as stored in the ``points`` table."""

    measure: str
    article_id: str
    value: float
    role: str  # amount | from | to
    approx: str | None
    low: float | None
    high: float | None
    time: str | None
    day: str | None
    last_day: str | None
    before: bool
    as_of_publication: bool
    start: int
    end: int
    evidence: str
    published: str | None


_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 12)}
_HALF = {"H1": (1, 6), "H2": (7, 12)}
_QUARTER = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_YEARISH = re.compile(r"^(\d[\dX]{0,3})(?:-(.+))?$")


def _month_span(year: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1])


def timex_days(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX3 value covers, or None when it names no stretch of the calendar.

    ``2020-09-10`` (a day), ``2020-09`` (a month), ``2020`` (a year), ``202`` or ``202X`` (a decade),
    ``20`` or ``20XX`` (a century), ``2020-W37`` (an ISO week), ``2020-Q3``, ``2020-H2``, ``2020-SU``
    (seasons, meteorological), ``2020-09-10T14:00`` (its day). ``PRESENT_REF`` and other references
    without a calendar value give None.
    """
    if not value:
        return None
    v = value.strip().upper()
    m = _YEARISH.match(v)
    if not m:
        return None
    yearpart, rest = m.group(1), m.group(2)
    if "X" in yearpart or len(yearpart) < 4:
        if rest:
            return None
        digits = yearpart.replace("X", "")
        if not digits or "X" in yearpart[: len(digits)]:
            return None
        width = 4 - len(digits)  # 3 → decade (10 years), 2 → century, 1 → millennium
        first = int(digits) * 10**width
        if first < 1:
            return None
        return dt.date(first, 1, 1), dt.date(first + 10**width - 1, 12, 31)
    year = int(yearpart)
    if year < 1:
        return None
    try:
        if rest is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        rest = rest.split("T", 1)[0]
        if rest in _SEASON:
            a, b = _SEASON[rest]
            return _month_span(year, a, b)
        if rest in _HALF:
            return _month_span(year, *_HALF[rest])
        if rest in _QUARTER:
            return _month_span(year, *_QUARTER[rest])
        if rest.startswith("W") and rest[1:].isdigit():
            monday = dt.date.fromisocalendar(year, int(rest[1:]), 1)
            return monday, monday + dt.timedelta(days=6)
        parts = rest.split("-")
        if len(parts) == 1 and parts[0].isdigit():
            month = int(parts[0])
            return _month_span(year, month, month)
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            day = dt.date(year, int(parts[0]), int(parts[1]))
            return day, day
    except ValueError:
        return None
    return None


# Hedge words of an approximate figure, by the side of the stated value the true one lies on.
HEDGE_BELOW = frozenset({
    "nearly", "almost", "just under", "under", "less than", "fewer than", "up to", "as many as",
    "no more than", "at most", "not quite", "short of", "close to nearly",
})
HEDGE_ABOVE = frozenset({
    "over", "more than", "at least", "just over", "upwards of", "in excess of", "above", "exceeding",
    "no fewer than", "no less than", "some more than",
})
HEDGE_AROUND = frozenset({
    "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to",
    "circa", "almost exactly", "or so", "~",
})


def value_range(
    value: float, approx: str | None, low: float | None = None, high: float | None = None,
    *, tolerance: float = 0.02, hedge: float = 0.10,
) -> tuple[float, float]:
    """The interval a stated figure allows: exact ±tolerance, hedged widened by ``hedge`` on its side.

    "nearly 900" allows [810, 900], "more than 900" [900, 990], "about 900" [810, 990], a stated range
    ``low``–``high`` itself (±tolerance). Unknown hedge words count as "about".
    """
    if low is not None and high is not None and low <= high:
        return low * (1 - tolerance) if low >= 0 else low * (1 + tolerance), high * (1 + tolerance)
    mag = abs(value)
    lo, hi = value - mag * tolerance, value + mag * tolerance
    if approx:
        a = " ".join(approx.lower().split())
        if a in HEDGE_BELOW:
            lo = value - mag * hedge
        elif a in HEDGE_ABOVE:
            hi = value + mag * hedge
        else:
            lo, hi = value - mag * hedge, value + mag * hedge
    return lo, hi


def _resolve_day(time: str | None, published: str | None) -> tuple[str | None, str | None, bool]:
    days = timex_days(time)
    if days is not None:
        return days[0].isoformat(), days[1].isoformat(), False
    return published, published, True


_SENT_END = re.compile(r"[.!?][\"”’)]*\s+|\n")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around characters [start, end): the evidence a reader needs to check a figure."""
    left = 0
    for m in _SENT_END.finditer(text, max(0, start - 600), start):
        left = m.end()
    nxt = _SENT_END.search(text, end)
    right = nxt.start() + len(nxt.group().rstrip()) if nxt else len(text)
    return text[left:right].strip()


def _num(v: float | int) -> float:
    return float(v)


def points_of(rec: Article) -> list[PointRow]:
    """The measure points one article contributes (see the module docstring for the rules)."""
    out: dict[tuple[str, float, str], PointRow] = {}

    def add(p: PointRow) -> None:
        out.setdefault((p.measure, p.value, p.role), p)

    change_values: list[tuple[str, float, int, int]] = []
    for ch in rec.changes:
        key = ch.measure or (measure_key(ch.object, ch.owner, ch.location) if ch.object else None)
        if not key:
            continue
        day, last, as_of = _resolve_day(ch.time, rec.published)
        evidence = sentence_of(rec.text, ch.start, ch.end)
        for role, val, approx in (("from", ch.from_value, ch.from_approx), ("to", ch.to_value, ch.to_approx)):
            if val is None:
                continue
            add(PointRow(
                measure=key, article_id=rec.id, value=_num(val), role=role, approx=approx, low=None, high=None,
                time=ch.time, day=day, last_day=last, before=role == "from", as_of_publication=as_of,
                start=ch.start, end=ch.end, evidence=evidence, published=rec.published,
            ))
            change_values.append((key, _num(val), ch.start, ch.end))
    for am in rec.amounts:
        if am.change:
            continue
        key = am.measure or (measure_key(am.object, am.owner, am.location) if am.object else None)
        if not key:
            continue
        val = _num(am.value)
        if any(k == key and v == val and s <= am.start and am.end <= e for k, v, s, e in change_values):
            continue
        if (key, val, "from") in out or (key, val, "to") in out:
            continue  # the same figure restated elsewhere in the report: the change already has it
        day, last, as_of = _resolve_day(am.time, rec.published)
        add(PointRow(
            measure=key, article_id=rec.id, value=val, role="amount", approx=am.approx,
            low=None if am.low is None else _num(am.low), high=None if am.high is None else _num(am.high),
            time=am.time, day=day, last_day=last, before=False, as_of_publication=as_of,
            start=am.start, end=am.end, evidence=sentence_of(rec.text, am.start, am.end), published=rec.published,
        ))
    return list(out.values())
