"""Measures across reports: the points of a series, the days a TIMEX value covers, hedged values.

A *measure* is a key ``object[.unit]:owner:location`` (``troops:USA:IRQ``, ``tariffs.pct:USA:CHN``, see
:func:`newsgraph.record.measure_key`), recomputed here from each fact's fields so that records made by older
versions are re-keyed the same way. Only keys with an object and an owner or a location are *series*
(:func:`newsgraph.record.is_series`); keyless points ("people:-:-") are stored but never listed, charted
or compared. Each article contributes *points*:

- a change gives two: its ``from_value`` (role ``from``) at its own stated time (``from_time``: "down from
  nearly 900 in June") or else at the publication day, and its ``to_value`` (role ``to``) at the change's
  time (the target, or when it happened) or else at the publication day;
- an amount gives one (role ``amount``) at the time that governs it, else at the publication day, unless it
  belongs to a change (``amount.change`` is set, or it repeats a value of a same-measure change) or is more
  of the same (``amount.added``, set by the extractor: "two more airstrikes", "another 500 troops"), the size
  of an addition, not a level of the series;
- one point per article, measure, value and role: a figure stated twice in one report counts once, at the
  most specific time it was given (a stated time over the publication day, a day over a month).

A point covers ``day``..``last_day``: the stretch its TIMEX value names, narrowed by its modifier (the
``mid-2000s`` are 2003-05-02..2006-08-31, the middle third of the decade; "early"/"late" the first/last
third). A running total ("killed since 2011", "so far this year", "to date") covers its time's first day to
the publication day: it stands at the publication day, and its ``time`` is the interval ``2011/2019-03-15``, so
that it is the same time only as a total since the same start on the same day. A stretch ("between mid-April
and August 27") runs to the last day of its second time. Both are read at extraction (``running_total``,
``time_end`` and a change's ``from_time_end``: :mod:`newsgraph.extract.amounts.totals`); this module only
reads the fields, and records made before them get the extractor's reading (:func:`with_totals`). Series are
ordered by ``last_day``, a change's from-point before its to-point.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon import hedge_bounds, hedge_names, hedge_reach
from ..record import Amount, Article, Change, amount_key, canonical_object, is_series, measure_key
from ..time_index import TimeIndex
from .sentences import sentence_of

__all__ = [
    "PointRow",
    "sentence_of",
    "timex_days",
    "points_of",
    "value_range",
    "HEDGE_BELOW",
    "HEDGE_ABOVE",
    "HEDGE_AROUND",
    "narrow",
    "is_series",
    "change_key",
    "side_key",
    "with_added",
    "with_totals",
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


def _hedges(bound: str) -> frozenset[str]:
    return frozenset(h for h, b in hedge_bounds().items() if b == bound)


# Hedge words by the side of the stated value the true one lies on, read from data/amount_hedges.tsv.
HEDGE_BELOW = _hedges("high")  # the figure is a ceiling: "nearly", "up to", "as many as"
HEDGE_ABOVE = _hedges("low")  # a floor: "more than", "at least", "over"
HEDGE_AROUND = _hedges("")  # an estimate: "about", "some", "roughly"


def value_range(
    value: float, approx: str | None, low: float | None = None, high: float | None = None,
    *, tolerance: float = 0.02, hedge: float = 0.10,
) -> tuple[float, float]:
    """The interval a stated figure allows: exact ±tolerance; hedged, as its hedge in data/amount_hedges.tsv
    bounds and reaches: a far bound (a reach factor in the table, 2) lies between the figure and the figure times
    the factor, "more than 300" and "at least 300" [300, 600], "up to 900" [450, 900], as news writes round
    bounds; a near one ("nearly 900") ``hedge`` wide below the figure, [810, 900]; an estimate ("about 900")
    ``hedge`` wide on both sides, [810, 990]; a stated range ``low``–``high`` itself (±tolerance). Unknown hedge
    words count as estimates. The chart draws the same interval."""
    if low is not None and high is not None and low <= high:
        return low * (1 - tolerance) if low >= 0 else low * (1 + tolerance), high * (1 + tolerance)
    mag = abs(value)
    if not approx:
        return value - mag * tolerance, value + mag * tolerance
    word = " ".join(approx.lower().split())
    word = hedge_names().get(word, word)  # "as many as" as written reads as its row, "up to"
    bound, reach = hedge_bounds().get(word, ""), hedge_reach().get(word)
    far = mag * (reach - 1) if reach else mag * hedge  # "more than 300" reaches 600; "nearly 900" only 810
    if bound == "high" and reach:
        far = mag * (1 - 1 / reach)  # "up to 900" reaches down to 450
    lo = value if bound == "low" else value - far
    hi = value if bound == "high" else value + far
    return lo, hi


_THIRDS = {"START": 0, "EARLY": 0, "MID": 1, "END": 2, "LATE": 2}


def narrow(days: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date, dt.date]:
    """A period narrowed by its TIMEX modifier: START/EARLY the first third, MID the middle, END/LATE the last."""
    third = _THIRDS.get((mod or "").upper())
    first, last = days
    if third is None or first == last:
        return days
    span = (last - first).days + 1
    a = first + dt.timedelta(days=span * third // 3)
    b = first + dt.timedelta(days=span * (third + 1) // 3 - 1)
    return a, b


def _resolve_day(time: str | None, published: str | None, mod: str | None = None) -> tuple[str | None, str | None, bool]:
    days = timex_days(time)
    if days is not None:
        a, b = narrow(days, mod)
        return a.isoformat(), b.isoformat(), False
    return published, published, True


def _num(v: float | int) -> float:
    return float(v)


def _placed(time: str | None, rec: Article, mods: TimeIndex, at: int, running: bool | None,
            end: str | None) -> tuple[str | None, str | None, str | None, bool]:
    """A point's time, first and last day, and whether it stands only at the publication day. ``running`` and
    ``end`` are the extractor's reading of how far the time stretches (``running_total``, ``time_end``): a
    stretch runs to the last day of its second time, a running total from its time's first day to the
    publication day (see the module docstring)."""
    row = mods.nearest(time, at)
    day, last, as_of = _resolve_day(time, rec.published, None if row is None else row[2])
    if end is not None and row is not None and not as_of and day is not None:
        days = timex_days(end)
        if days is not None:
            end_row = mods.first_from(end, row[3])  # the second time itself, for its modifier
            final = narrow(days, None if end_row is None else end_row[2])[1].isoformat()
            if final > day:
                return f"{time}/{end}", day, final, False
    if running and not as_of and rec.published and day and day < rec.published:
        return f"{time}/{rec.published}", day, rec.published, False
    return time, day, last, as_of


def _member_key(ch: Change, m: Amount) -> str:
    return measure_key(ch.object, ch.owner, ch.location, dimension=m.dimension or _kind_dim(m.kind), unit=m.unit,
                       currency=m.currency, rate=m.rate)


def side_key(ch: Change, members: list[Amount], value: float | int | None) -> str | None:
    """The measure key of one side of a change: the dimension of the figure that states that value ("jumped
    12% to $4.1 billion": the level $4.1 billion is money, ``trade.usd``; "rose 3 percentage points to 45
    percent": 45 is a percent level, ``support.pct``). A side no member states (a from-value worked out from
    "doubled") takes the dimension all the change's levels share; none when they disagree, and never that of a
    move alone (a relative move or "percentage points" is the size of the change, not a level)."""
    if value is None or canonical_object(ch.object) is None:
        return None
    if not members:
        return measure_key(ch.object, ch.owner, ch.location)
    own = [m for m in members if _num(m.value) == _num(value)]
    return _member_key(ch, own[0]) if own else _level_key(ch, members)


def _level_key(ch: Change, members: list[Amount]) -> str | None:
    """The key all the levels among a change's figures share, None when they disagree or there is none."""
    levels = {_member_key(ch, m) for m in members
              if not (m.unit == "percentage point" or (m.dimension or _kind_dim(m.kind)) == "percent"
                      and ch.pct is not None and _num(m.value) == _num(ch.pct))}
    return levels.pop() if len(levels) == 1 else None


def change_key(ch: Change, members: list[Amount]) -> str | None:
    """A change's measure key: the key of the level it reaches (its to-side), else of the level it left, else
    the key its levels share (see :func:`side_key`; each side is a point of its own key)."""
    if canonical_object(ch.object) is None:
        return None
    if not members:
        return measure_key(ch.object, ch.owner, ch.location)
    return side_key(ch, members, ch.to_value) or side_key(ch, members, ch.from_value) or _level_key(ch, members)


def _kind_dim(kind: str) -> str:
    return {"count": "count", "money": "money", "percent": "percent"}.get(kind, "measure")


def _specific(p: PointRow) -> tuple[int, int]:
    """Lower is more specific: a stated time before the publication day, then the shorter stretch."""
    if p.as_of_publication or p.day is None:
        return 1, 0
    span = (dt.date.fromisoformat(p.last_day or p.day) - dt.date.fromisoformat(p.day)).days
    return 0, span


def with_added(rec: Article) -> Article:
    """A record of an older extraction lacks ``Amount.added``: the extractor's own reading fills it from the
    text (:func:`newsgraph.extract.amounts.additions.fill_added`; imported only then, as it loads the
    extraction package). The knowledge base holds no reading of its own."""
    if all(a.added is not None for a in rec.amounts):
        return rec
    from ..extract.amounts.additions import fill_added

    return fill_added(rec)


def with_totals(rec: Article) -> Article:
    """A record of an older extraction lacks ``running_total`` and the stretch ends of its amounts and
    changes: the extractor's own reading fills them from the text (:func:`newsgraph.extract.amounts.totals.
    fill_totals`, imported only then, as with :func:`with_added`)."""
    if all(a.running_total is not None for a in rec.amounts) and all(c.running_total is not None
                                                                     for c in rec.changes):
        return rec
    from ..extract.amounts.totals import fill_totals

    return fill_totals(rec)


def points_of(rec: Article) -> list[PointRow]:
    """The measure points one article contributes (see the module docstring for the rules)."""
    out: dict[tuple[str, float, str], PointRow] = {}

    def add(p: PointRow) -> None:
        old = out.get((p.measure, p.value, p.role))
        if old is None or _specific(p) < _specific(old):
            out[(p.measure, p.value, p.role)] = p

    # indexed once per record: per-fact scans of the record were quadratic in a long report
    mods = TimeIndex(rec.times)
    members: dict[str, list[Amount]] = {}
    for a in rec.amounts:
        if a.change is not None:
            members.setdefault(a.change, []).append(a)
    change_values: dict[tuple[str, float], list[tuple[int, int]]] = {}
    for ch in rec.changes:
        evidence = sentence_of(rec.text, ch.start, ch.end)
        sides = (("from", ch.from_value, ch.from_approx, ch.from_time, False, ch.from_time_end),
                 ("to", ch.to_value, ch.to_approx, ch.time, ch.running_total, ch.time_end))
        for role, val, approx, time, running, end in sides:
            key = side_key(ch, members.get(ch.id, []), val)
            if val is None or not key:
                continue
            # a from-side stands at its own time; the level reached may be a running total ("to 900 so far")
            when, day, last, as_of = _placed(time, rec, mods, ch.start, running, end)
            add(PointRow(
                measure=key, article_id=rec.id, value=_num(val), role=role, approx=approx, low=None, high=None,
                time=when, day=day, last_day=last, before=role == "from", as_of_publication=as_of,
                start=ch.start, end=ch.end, evidence=evidence, published=rec.published,
            ))
            change_values.setdefault((key, _num(val)), []).append((ch.start, ch.end))
    for am in rec.amounts:
        key = None if am.change else amount_key(am)
        if not key:
            continue
        val = _num(am.value)
        if any(s <= am.start and am.end <= e for s, e in change_values.get((key, val), ())):
            continue
        if (key, val, "from") in out or (key, val, "to") in out:
            continue  # the same figure restated elsewhere in the report: the change already has it
        if am.added:
            continue  # more of the same, read at extraction (extract.amounts.additions)
        when, day, last, as_of = _placed(am.time, rec, mods, am.start, am.running_total, am.time_end)
        add(PointRow(
            measure=key, article_id=rec.id, value=val, role="amount", approx=am.approx,
            low=None if am.low is None else _num(am.low), high=None if am.high is None else _num(am.high),
            time=when, day=day, last_day=last, before=False, as_of_publication=as_of,
            start=am.start, end=am.end, evidence=sentence_of(rec.text, am.start, am.end), published=rec.published,
        ))
    return list(out.values())
