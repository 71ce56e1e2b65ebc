"""The time tagger: regular-expression rules that find time expressions and give their TIMEX3 value.

``find_times(text, published, tense)`` is pure: text and a date in, ``Timex`` records out. ``tense``
is an optional callable telling, for a character span, whether its clause speaks of the past or the
future (the spaCy component supplies one from the parse; without it weekdays default to the past and
months to the publication year). Candidates from all rules compete: the longest wins, then the rule
listed first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from . import dates, periods, relative  # noqa: F401  (importing them registers their rules, in priority order)
from . import patterns as P
from .core import (
    DAY,
    DECADE,
    DIGIT,
    HOLIDAY,
    MONTH,
    REF,
    RULES,
    SEASON,
    SET,
    SPOKEN,
    UNIT,
    WEEKDAY,
    Ctx,
    TenseFn,
    Timex,
)
from .fractions import add_halves
from .frame_document import open_document_weeks
from .frame_week import open_quoted_weeks
from .frame_year import open_earlier_frame_years
from .month_again import same_month_again
from .narrated_day import days_of_narration
from .narrated_week import weeks_of_narrated_days
from .normalize import Direction, day_value, shift_calendar
from .nowadays import today_against_past_age
from .range_years import years_from_range_ends
from .story_day import next_day_after_report
from .story_eve import day_words_of_eve
from .undated import open_undated_values
from .weekday_again import same_weekday_again

__all__ = ["Timex", "find_times", "normalize"]

# ---------------------------------------------------------------------------------------------
def _select(cands: list[tuple[int, Timex]]) -> list[Timex]:
    """Non-overlapping candidates: the longest first, then the earlier rule."""
    cands.sort(key=lambda c: (-(c[1].end - c[1].start), c[0], c[1].start))
    taken: list[Timex] = []
    for _prio, tx in cands:
        if all(tx.end <= t.start or tx.start >= t.end for t in taken):
            taken.append(tx)
    taken.sort(key=lambda t: t.start)
    return taken


_CAL_VALUE = re.compile(r"\d{4}(?:-Q[1-4]|-\d\d(?:-\d\d)?)?")
_DAY_VALUE = re.compile(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)$")
_CLOCK_VALUE = re.compile(r".*T(\d\d:\d\d|MO|AF|EV|NI)$")
_JOIN_CLOCK = re.compile(r"(?:,?\s+(?i:on\s+)?)$")
_JOIN_DAY = re.compile(r",?\s+$")
_YEAR_ONLY = re.compile(r"\d{4}")
_YEAR_FIRST = re.compile(r"\d{4}(?:-|$)")
_THIS_UNIT = re.compile(r"(?i)this\s+(?:week|month|weekend|day)")


_WEEKDAY_WORD = re.compile(r"[A-Z][a-z]+\.?")


def _weekday_then_date(ctx: Ctx, prev: Timex, tx: Timex, gap: str) -> Timex | None:
    """"Saturday, April 25", "early Friday, Jan. 3, 2020", "Friday night, Jan. 3": one expression whose
    date is the explicit one; the weekday, read alone from the report's day, may be a week off (the
    explicit date wins). A part of the day or an "early"/"late" before the weekday stays on it."""
    if not (tx.type == "DATE" and tx.value and _DAY_VALUE.match(tx.value) and _JOIN_DAY.fullmatch(gap) is not None):
        return None
    if not prev.value or not any(_WEEKDAY_WORD.fullmatch(w) and w.rstrip(".").lower() in P.WEEKDAYS
                                 for w in ctx.text[prev.start : prev.end].split()):
        return None
    value = tx.value
    if prev.type == "TIME":
        part = _CLOCK_VALUE.match(prev.value)
        if part is None or not _DAY_VALUE.match(prev.value.split("T")[0]):
            return None
        value, kind = f"{tx.value}T{part.group(1)}", "TIME"
    elif prev.type == "DATE" and _DAY_VALUE.match(prev.value):
        kind = "DATE"
    else:
        return None
    return Timex(prev.start, tx.end, ctx.text[prev.start : tx.end], kind, value, prev.mod or tx.mod, tx.anchor)


def _merge(ctx: Ctx, times: list[Timex]) -> list[Timex]:
    """One expression for "10 p.m. Wednesday", "noon Thursday" and "Saturday, April 25"."""
    out: list[Timex] = []
    for tx in times:
        prev = out[-1] if out else None
        if prev is not None and tx.value and prev.value:
            gap = ctx.text[prev.end : tx.start]
            clock = _CLOCK_VALUE.match(prev.value)
            if prev.type == "TIME" and clock and _DAY_VALUE.match(tx.value) and _JOIN_CLOCK.fullmatch(gap) is not None:
                out[-1] = Timex(prev.start, tx.end, ctx.text[prev.start : tx.end], "TIME",
                                f"{tx.value}T{clock.group(1)}", prev.mod, tx.anchor)
                continue
            joined = _weekday_then_date(ctx, prev, tx, gap)
            if joined is not None:
                out[-1] = joined
                continue
            if (_YEAR_ONLY.fullmatch(prev.value) and ctx.text[prev.start : prev.end].lower().endswith(" ago")
                    and _THIS_UNIT.fullmatch(ctx.text[tx.start : tx.end]) and _YEAR_FIRST.match(tx.value)
                    and gap.strip() in ("", ",")):
                # "Fifteen years ago this week" (2013): that week of 1998, not this week
                out[-1] = Timex(prev.start, tx.end, ctx.text[prev.start : tx.end], tx.type,
                                prev.value + tx.value[4:], tx.mod, prev.anchor)
                continue
        out.append(tx)
    return out


def _resolve_text_anchors(times: list[Timex], pub: dt.date | None) -> None:
    last_day: dt.date | None = None
    last_cal: tuple[str, int] | None = None
    coarser = False  # the last date the text named is a month, a year...: "the same day" has no day to follow
    for tx in times:
        if tx.text_offset is not None:
            base, anchor = (last_day, "text") if last_day is not None else (pub, "published")
            if coarser:
                tx.value, tx.anchor = "XXXX-XX-XX", None
            elif base is not None:
                tx.value, tx.anchor = day_value(base + dt.timedelta(days=tx.text_offset)), anchor  # type: ignore[assignment]
            else:
                tx.value = "XXXX-XX-XX"
            continue
        if tx.text_shift is not None and last_cal is not None:
            letter, steps, only_quarter = tx.text_shift
            near = tx.start - last_cal[1] <= 400
            if near and (not only_quarter or "-Q" in last_cal[0]):
                # "y" (see relative._rel_unit): a whole year after the year of the last date named
                shifted = (shift_calendar(last_cal[0][:4], "Y", steps) if letter == "y"
                           else shift_calendar(last_cal[0], letter, steps))
                if shifted is not None:
                    tx.value, tx.anchor = shifted, "text"
                elif not only_quarter:
                    # "appeared in October 2011 ... announced only a week before": a week before a month has no
                    # week to name, and the report's week is wrong (review 29); no value beats a wrong one
                    tx.value, tx.anchor = None, None
            continue
        if tx.type == "DATE" and tx.value and _CAL_VALUE.fullmatch(tx.value):
            last_cal = (tx.value, tx.end)
        if tx.type == "DATE" and tx.value and re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value):
            # a day the text names, with its year written or inferred ("On March 3 ... The next day")
            last_day, coarser = dt.date.fromisoformat(tx.value), False
        elif tx.type == "DATE" and tx.value and _CAL_VALUE.fullmatch(tx.value):
            coarser = True


# Every rule's match holds a trigger word (or a digit) of a kind the rule needs. The rules run only
# in windows around triggers, and only the rules whose kinds the window holds, which leaves most of
# a news text unscanned. The windows are wider than any rule reaches before its trigger (50 characters;
# the longest prefixes, such as "approximately the past several" before "years" or "the beginning of
# the third fiscal" before "quarter", take under 40) or after it (40: "nineteen ninety-six", "20th century").
_TOKEN = re.compile(r"(?i:[a-z]+)|\d")
_KINDS: dict[str, int] = {}


def _add(kind: int, words: Iterable[str]) -> None:
    for w in words:
        _KINDS[w] = _KINDS.get(w, 0) | kind


_add(MONTH, P.MONTHS)
_add(WEEKDAY, P.WEEKDAYS)
_add(SEASON, P.SEASONS)
_add(DAY, list(P.DAY_PARTS) + ["noon", "midnight", "midday", "tonight", "today", "yesterday", "tomorrow"])
_add(UNIT, list(P.UNITS) + ["centuries"])
_add(HOLIDAY, ["christmas", "thanksgiving", "halloween", "new", "valentine", "independence", "fourth", "veterans",
               "boxing", "labor", "memorial"])
_add(REF, ["now", "currently", "present", "nowadays", "days", "recent", "recently", "past", "lately", "future",
           "soon", "shortly", "term", "current"])
_add(SET, ["daily", "weekly", "monthly", "yearly", "annually", "annual", "quarterly", "hourly", "nightly", "biweekly"])
_add(DECADE, ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"])
_add(SPOKEN, ["nineteen", "twenty", "thousand"])
_BEFORE, _AFTER = 50, 40


def _windows(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, kinds of trigger inside) for each stretch of text worth scanning."""
    out: list[tuple[int, int, int]] = []
    for lo, hi in ranges:
        cur: list[int] | None = None
        for m in _TOKEN.finditer(text, lo, hi):
            w = m.group()
            if w.isdigit():
                kind = DIGIT
            else:
                w = w.lower()
                kind = _KINDS.get(w, 0) | _KINDS.get(w[:-1], 0)  # plurals: "years", "Mondays"
                if not kind:
                    continue
            a, b = max(lo, m.start() - _BEFORE), min(hi, m.end() + _AFTER)
            while b < hi and not text[b].isspace():  # never cut a word at the window's end
                b += 1
            if cur is not None and a <= cur[1]:
                cur[1] = max(cur[1], b)
                cur[2] |= kind
            else:
                if cur is not None:
                    out.append((cur[0], cur[1], cur[2]))
                cur = [a, b, kind]
        if cur is not None:
            out.append((cur[0], cur[1], cur[2]))
    return out


def find_times(
    text: str,
    published: dt.date | str | None = None,
    tense: TenseFn | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[Timex]:
    """Every time expression in ``text`` (or in the given character ranges of it), in text order.

    Never raises on any input: a rule that cannot make sense of a match (Feb. 30) drops it.
    """
    pub = _as_date(published)
    ctx = Ctx(text, pub, tense)
    cands: list[tuple[int, Timex]] = []
    ranges = _windows(text, spans if spans is not None else [(0, len(text))])
    for prio, (_name, needs, rx, fn) in enumerate(RULES):
        for lo, hi, kinds in ranges:
            if not kinds & needs:
                continue
            pos = lo
            while pos < hi:
                m = rx.search(text, pos, hi)
                if m is None:
                    break
                try:
                    tx = fn(m, ctx)
                except (ValueError, KeyError, IndexError, OverflowError, TypeError):
                    tx = None
                if tx is not None and tx.end > tx.start:
                    cands.append((prio, tx))
                    pos = max(m.end(), pos + 1)
                else:  # a shorter match inside may still be good ("a two-hour" -> "two-hour")
                    pos = m.start() + 1
    times = _merge(ctx, _select(cands))
    add_halves(times, text, pub)  # (round 27: "a year and a half")
    same_month_again(times, ctx)  # (round 27: "in December ... the December vote")
    _resolve_text_anchors(times, pub)
    next_day_after_report(times, ctx)
    today_against_past_age(times, ctx)  # (round 30: "In 1942 ... Today, most Europeans live ...")
    days_of_narration(times, ctx)  # (round 30: "On Tuesday ... in the evening", speech's "tomorrow")
    same_weekday_again(times, ctx)  # (round 31: "voted Thursday ... Thursday's vote will be seen")
    day_words_of_eve(times, ctx)  # (round 35: a Thursday report of "Wednesday night": its quoted "tonight")
    years_from_range_ends(times, text)  # (round 25: "Aug. 2-9, 1948")
    open_earlier_frame_years(times, text)
    open_quoted_weeks(times, text)  # (round 31: a weekday quoted from an earlier year)
    open_document_weeks(times, text)  # (round 31: "In a 2018 memo, X wrote that ... on Monday")
    weeks_of_narrated_days(times, text, pub)  # (round 36: "On Sept. 3, 2019, ... this week")
    if pub is None:
        open_undated_values(times)  # (round 34: "last year" in a report without a date)
    return times


def normalize(text: str, published: dt.date | str | None = None, tense: Direction = None) -> Timex | None:
    """The TIMEX of a whole time expression ("last month", "the mid-2000s"), or None when none is found.

    When the text holds more than one, the longest wins.
    """
    found = find_times(text, published, (lambda s, e: tense) if tense else None)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.start, -t.start))


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
