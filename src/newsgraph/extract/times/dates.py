"""Rules for absolute dates, months, weekdays, days and clock times."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .clock_day import clock_weekday
from .core import (
    DAY,
    DIGIT,
    MONTH,
    WEEKDAY,
    Ctx,
    Timex,
    day_of,
    low,
    make,
    mod_of,
    month_of,
    owned,
    rule,
    safe_date,
)
from .normalize import (
    Anchor,
    day_value,
    month_value,
    resolve_month,
    resolve_weekday,
)
from .nowadays import nowadays

# "Oct. 7 last year", "7 October this year": the year said in words after the day
_YEAR_WORD = r"\s+(?P<ry>(?i:last|this|next))\s+(?i:year)\b"


# ---------------------------------------------------------------------------------------------
# absolute dates
# ---------------------------------------------------------------------------------------------
@rule("iso", DIGIT, r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d\d):(?P<mm>\d\d))?")
def _iso(m: re.Match[str], ctx: Ctx) -> Timex | None:
    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["hh"]:
        return make(m, "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}", anchor="absolute")
    return make(m, "DATE", d.isoformat(), anchor="absolute")


@rule("numeric", DIGIT, r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![/\d])")
def _numeric(m: re.Match[str], ctx: Ctx) -> Timex | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    mon, day = (a, b) if a <= 12 else (b, a)  # US order unless the first number cannot be a month
    return make(m, "DATE", dt.date(y, mon, day).isoformat(), anchor="absolute")


@rule("month_day", MONTH, rf"(?:(?P<rel>(?i:last|next))\s+)?(?P<mon>{P.MONTH})\s*(?P<day>{P.DAY})(?!\d|:\d)(?:(?:,\s*|\s+)(?P<y>{P.YEAR})(?![\d,.]\d)|{_YEAR_WORD})?")
def _month_day(m: re.Match[str], ctx: Ctx) -> Timex | None:
    mon, day = month_of(m["mon"]), day_of(m["day"])
    if m["rel"] and not m["y"]:
        # "shot to death last Oct. 23" (an April report): the latest Oct. 23 before the report, whatever the
        # tense; "next May 5" the first after it. "last Oct." alone was the longer match and lost the day.
        if ctx.pub is None:
            return make(m, "DATE", f"XXXX-{mon:02d}-{day:02d}")
        y = ctx.pub.year
        if low(m["rel"]) == "last" and (safe_date(y, mon, day) or ctx.pub) >= ctx.pub:
            y -= 1
        elif low(m["rel"]) == "next" and (safe_date(y, mon, day) or ctx.pub) <= ctx.pub:
            y += 1
        dt.date(y if safe_date(y, mon, day) else 2000, mon, day)  # a real day of that month, else no time
        return make(m, "DATE", f"{y:04d}-{mon:02d}-{day:02d}", anchor="published")
    return _dated(m, ctx, mon, day, m["y"])


@rule("day_month", MONTH, rf"(?:(?i:the)\s+)?(?P<day>{P.DAY})\s+(?:(?i:of)\s+)?(?P<mon>{P.MONTH})(?:,?\s+(?P<y>{P.YEAR})(?![\d,.]\d)|{_YEAR_WORD})?")
def _day_month(m: re.Match[str], ctx: Ctx) -> Timex | None:
    return _dated(m, ctx, month_of(m["mon"]), day_of(m["day"]), m["y"])


@rule("named_shorthand", DIGIT, rf"(?P<n>{'|'.join(re.escape(k) for k in P.NAMED_SHORTHANDS)})(?![/\d])")
def _named_shorthand(m: re.Match[str], ctx: Ctx) -> Timex | None:
    # part of a name ("the 9/11 Commission", "the 9/11 Memorial") rather than the day itself
    if _NAME_AFTER.match(m.string, m.end()):
        return None
    return make(m, "DATE", P.NAMED_SHORTHANDS[m["n"]], anchor="absolute")


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_CUE_AFTER = re.compile(r"[\s,]*(?:terror(?:ist)?\s+)?([A-Za-z]+)")
_CUE_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:of|on)\s+(?:the\s+)?$")


def _named_year(m: re.Match[str], mon: int, day: int) -> int | None:
    """The year of a month-day that names a past event ("the Sept. 11 attacks"), when a cue word of that
    event stands right after it or before it with "of"/"on"; else None."""
    spec = P.NAMED_DATES.get((mon, day))
    if spec is None:
        return None
    year, cues = spec
    after = _CUE_AFTER.match(m.string, m.end())
    before = _CUE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    words = {w.group(1).lower() for w in (after, before) if w is not None}
    return year if words & cues else None


def _dated(m: re.Match[str], ctx: Ctx, mon: int, day: int, year: str | None) -> Timex | None:
    if year:
        return make(m, "DATE", dt.date(int(year), mon, day).isoformat(), anchor="absolute")
    named = _named_year(m, mon, day)
    if named is not None:
        return make(m, "DATE", f"{named:04d}-{mon:02d}-{day:02d}", anchor="absolute")
    dt.date(2000, mon, day)  # a real day of that month (leap year allows Feb 29)
    if ctx.pub is None:
        return make(m, "DATE", f"XXXX-{mon:02d}-{day:02d}")
    # a date without a year lies within half a year of the report, unless the tense says otherwise
    y = ctx.pub.year
    said = m.groupdict().get("ry")
    if said:
        y += {"last": -1, "this": 0, "next": 1}[low(said)]
        dt.date(y if safe_date(y, mon, day) else 2000, mon, day)  # a real day of that month, else no time
        return make(m, "DATE", f"{y:04d}-{mon:02d}-{day:02d}", anchor="published")
    cand = safe_date(y, mon, day)
    delta = (cand - ctx.pub).days if cand else 0
    if delta > 0 and _happened(m):
        # "not seen since Oct. 7": a day gone by, the latest one not after the report
        return make(m, "DATE", f"{y - 1:04d}-{mon:02d}-{day:02d}", anchor="published")
    direction = ctx.tense(m.start(), m.end(), keep_done=True)
    if direction == "PRESENT":
        direction = None
    # a past-tense clause can still name a date a month or two ahead ("extended the offer to Nov. 20",
    # "payable Dec. 7"): only a date more than a quarter ahead is taken for last year's; an event that has
    # happened ("the Sept. 11 attack") is the latest such day not after the report
    if direction == "DONE" and delta > 0:
        y -= 1
    elif direction == "PAST" and delta > 92:
        y -= 1
    elif direction == "FUTURE" and delta < -31:
        y += 1
    elif direction is None and delta > 183:
        y -= 1  # news looks back: without a tense, a date far ahead of the report is last year's
    return make(m, "DATE", f"{_weekday_year(m, y, mon, day):04d}-{mon:02d}-{day:02d}", anchor="published")


_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.I)
def _happened(m: re.Match[str]) -> bool:
    """A yearless day after "since" ("not seen since Oct. 7"): a day gone by. (A day that dates a deed, "the
    Oct. 7 attacks", is read over the parse with data/time_unplanned_events.tsv.)"""
    return bool(_SINCE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))


_WEEKDAY_BEFORE = re.compile(rf"({P.WEEKDAY}),?\s+$")


def _weekday_year(m: re.Match[str], y: int, mon: int, day: int) -> int:
    """The year of a month-day written with its weekday ("Monday, December 26"): the one of the year taken and the
    years on either side in which that day is that weekday, when the taken year's is not and only one of the
    others' is (a report of 2018-01-10 on "Monday, December 26": 2016, not 2017, a Tuesday)."""
    before = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    wd = P.WEEKDAYS.get(before.group(1).lower().rstrip(".")) if before else None
    if wd is None:
        return y
    fits = [yy for yy in (y, y - 1, y + 1) if (d := safe_date(yy, mon, day)) is not None and d.isoweekday() == wd]
    return fits[0] if fits and (fits[0] == y or len(fits) == 1) else y



@rule("month_year", MONTH, rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*)?(?P<mon>{P.MONTH})(?:\s+(?i:of))?,?\s+(?P<y>{P.YEAR})(?![\d,.]\d)")
def _month_year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    return make(m, "DATE", month_value(int(m["y"]), month_of(m["mon"])), mod_of(m["mod"]), "absolute")


# "May" and "June" are names and "may" a verb: bare, they need a word that makes them a month
_AMBIGUOUS_MONTHS = frozenset({"may", "june", "jan", "mar", "sat", "sun"})
_FULL_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})
_MONTH_CUES = frozenset({"in", "since", "until", "till", "by", "through", "from", "to", "of", "during", "before",
                         "after", "between", "and", "early", "late", "mid", "last", "next", "this", "or", "for",
                         "on", "as", "that", "each", "every", "end", "beginning", "start", "middle"})


@rule("month", MONTH, rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past))\s+)?(?P<mon>{P.MONTH})(?:\s+(?P<ry>(?i:last|this|next))\s+(?i:year))?")
def _month_only(m: re.Match[str], ctx: Ctx) -> Timex | None:
    mon = month_of(m["mon"])
    word = m["mon"].lower().rstrip(".")
    if not (m["mod"] or m["rel"] or m["ry"]):
        prev = re.findall(r"[A-Za-z]+", ctx.text[max(0, m.start() - 20) : m.start()])
        after = ctx.text[m.end() : m.end() + 2]
        if word in _AMBIGUOUS_MONTHS and (not prev or prev[-1].lower() not in _MONTH_CUES):
            return None
        if after.startswith(" ") and after[1:2].isupper():  # "August Wilson", "March Madness"
            return None
        if word not in _FULL_MONTHS and not m["mon"].endswith("."):
            return None
    mod = mod_of(m["mod"])
    if m["ry"] and ctx.pub is not None:
        off = {"last": -1, "this": 0, "next": 1}[m["ry"].lower()]
        return make(m, "DATE", month_value(ctx.pub.year + off, mon), mod, "published")
    rel = low(m["rel"]) or None
    if rel in {"last", "this past", "past"}:
        value, anchor = resolve_month(mon, ctx.pub, "PAST", strict=True)
    elif rel in {"next", "coming", "this coming"}:
        value, anchor = resolve_month(mon, ctx.pub, "FUTURE", strict=True)
    elif rel == "this":  # "this September" is the report's year's, ahead or behind
        value, anchor = (month_value(ctx.pub.year, mon), "published") if ctx.pub else resolve_month(mon, None, None)
    else:
        value, anchor = resolve_month(mon, ctx.pub, ctx.tense(m.start(), m.end()))
    return make(m, "DATE", value, mod, anchor)


# ---------------------------------------------------------------------------------------------
# weekdays, days, parts of days, clock times
# weekdays joined by a dash ("Monday-Friday", "Mon.–Sat.") tell which days of every week, not a date; narration
# of one stretch of days says "from Monday to Friday"
_DASH_RANGE_AFTER = re.compile(rf"[ \t]?[-\u2013][ \t]?{P.WEEKDAY}")
_DASH_RANGE_BEFORE = re.compile(rf"{P.WEEKDAY}[ \t]?[-\u2013][ \t]?$")


# ---------------------------------------------------------------------------------------------
@rule("weekday", WEEKDAY, rf"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|coming|early|late|the\s+previous|the\s+following))\s+)?(?P<wd>{P.WEEKDAY})(?:,?\s+(?P<part>{P.DAY_PART}))?")
def _weekday(m: re.Match[str], ctx: Ctx) -> Timex | None:
    word = m["wd"].lower().rstrip(".")
    if len(word) <= 4 and not (m["wd"].endswith(".") or m["wd"].isupper() and len(word) == 3):
        return None
    if _DASH_RANGE_AFTER.match(m.string, m.end()) or _DASH_RANGE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None  # "appears Monday-Friday": a timetable of days, not one day (round 30)
    wd = P.WEEKDAYS[word]
    rel = {"the previous": "last", "the following": "next"}.get(low(m["rel"]), low(m["rel"])) or None
    mod = {"early": "START", "late": "END"}.get(rel or "")
    if mod:
        rel = None
    value, anchor = resolve_weekday(wd, ctx.pub, ctx.tense(m.start(), m.end()), rel)
    if m["part"]:
        return make(m, "TIME", f"{value}T{P.DAY_PARTS[m['part'].lower()]}", mod, anchor)
    return make(m, "DATE", value, mod, anchor)


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "overnight": 0}


@rule("day_word", DAY, rf"(?P<w>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+morning|this\s+afternoon|this\s+evening))(?:,?\s+(?P<part>{P.DAY_PART}))?")
def _day_word(m: re.Match[str], ctx: Ctx) -> Timex | None:
    w = low(m["w"])
    if w == "last night" and owned(ctx.text, m.start()):
        return None  # "on our last night in town": the final night of a stay, not the one before the report
    if w == "today" and not m["part"] and nowadays(ctx.text, m.start(), m.end()):
        return make(m, "DATE", "PRESENT_REF", anchor="published" if ctx.pub else None)  # "today's world" (review 29)
    off = _DAY_WORDS[w]
    anchor: Anchor = None
    if ctx.pub is None:
        value = "XXXX-XX-XX"
    else:
        value, anchor = day_value(ctx.pub + dt.timedelta(days=off)), "published"
    part = m["part"] or (w.split()[-1] if w.startswith(("this ", "last ")) else "night" if w == "tonight" else None)
    if part:
        return make(m, "TIME", f"{value}T{P.DAY_PARTS[part.lower()]}", anchor=anchor)
    return make(m, "DATE", value, anchor=anchor)


@rule("clock", DIGIT, r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm|o'clock))(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC))?")
def _clock(m: re.Match[str], ctx: Ctx) -> Timex | None:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ap = m["ap"].lower()
    if h > 12 and ap != "o'clock":
        return None
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    day = clock_weekday(m.start(), m.end(), ctx) or (day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX")
    return make(m, "TIME", f"{day}T{h:02d}:{mi:02d}", anchor="published" if ctx.pub else None)


@rule("noon", DAY, r"(?i:noon|midnight|midday)")
def _noon(m: re.Match[str], ctx: Ctx) -> Timex | None:
    day = day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX"
    hh = "24:00" if m.group(0).lower() == "midnight" else "12:00"
    return make(m, "TIME", f"{day}T{hh}", anchor="published" if ctx.pub else None)
