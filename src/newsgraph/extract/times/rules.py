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
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from . import patterns as P
from .normalize import (
    Anchor,
    Direction,
    day_value,
    duration_value,
    month_value,
    parse_number,
    relative_unit_value,
    resolve_month,
    resolve_season,
    resolve_weekday,
    shift_calendar,
    shift_value,
)

__all__ = ["Timex", "find_times", "normalize"]

TenseFn = Callable[[int, int], Direction]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchor: Anchor = None
    # days after the last fully dated expression earlier in the text ("the next day"); resolved in order
    text_offset: int | None = None
    # (unit letter, steps, only after a quarter): "a year earlier" moves the last date named in the text
    text_shift: tuple[str, int, bool] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text_offset")
        d.pop("text_shift")
        return d


@dataclass
class _Ctx:
    text: str
    pub: dt.date | None
    tense_fn: TenseFn | None

    def tense(self, start: int, end: int) -> Direction:
        return self.tense_fn(start, end) if self.tense_fn is not None else None


Handler = Callable[[re.Match[str], _Ctx], Timex | None]
_RULES: list[tuple[str, re.Pattern[str], Handler]] = []


def rule(name: str, pattern: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((name, re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w])"), fn))
        return fn

    return deco


def _t(m: re.Match[str], typ: str, value: str | None, mod: str | None = None, anchor: Anchor = None,
       start: int | None = None, end: int | None = None) -> Timex:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    return Timex(s, e, m.string[s:e], typ, value, mod, anchor)


def _low(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _mod(s: str | None) -> str | None:
    if not s:
        return None
    key = _low(s).rstrip("-").strip()
    return P.MODIFIERS.get(key) or P.MODIFIERS.get(key.removeprefix("the "))


def _month(s: str) -> int:
    return P.MONTHS[s.lower().rstrip(".")]


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _unit(s: str) -> str:
    u = s.lower()
    if u == "centuries":
        return "century"
    return u[:-1] if u.endswith("s") else u


# ---------------------------------------------------------------------------------------------
# absolute dates
# ---------------------------------------------------------------------------------------------
@rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d\d):(?P<mm>\d\d))?")
def _iso(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["hh"]:
        return _t(m, "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}", anchor="absolute")
    return _t(m, "DATE", d.isoformat(), anchor="absolute")


@rule("numeric", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![/\d])")
def _numeric(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    mon, day = (a, b) if a <= 12 else (b, a)  # US order unless the first number cannot be a month
    return _t(m, "DATE", dt.date(y, mon, day).isoformat(), anchor="absolute")


@rule("month_day", rf"(?P<mon>{P.MONTH})\s*(?P<day>{P.DAY})(?![\d:])(?:(?:,\s*|\s+)(?P<y>{P.YEAR})(?![\d,.]\d))?")
def _month_day(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _dated(m, ctx, _month(m["mon"]), _day(m["day"]), m["y"])


@rule("day_month", rf"(?:(?i:the)\s+)?(?P<day>{P.DAY})\s+(?:(?i:of)\s+)?(?P<mon>{P.MONTH})(?:,?\s+(?P<y>{P.YEAR})(?![\d,.]\d))?")
def _day_month(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _dated(m, ctx, _month(m["mon"]), _day(m["day"]), m["y"])


def _dated(m: re.Match[str], ctx: _Ctx, mon: int, day: int, year: str | None) -> Timex | None:
    if year:
        return _t(m, "DATE", dt.date(int(year), mon, day).isoformat(), anchor="absolute")
    dt.date(2000, mon, day)  # a real day of that month (leap year allows Feb 29)
    if ctx.pub is None:
        return _t(m, "DATE", f"XXXX-{mon:02d}-{day:02d}")
    # a date without a year lies within half a year of the report, unless the tense says otherwise
    y = ctx.pub.year
    cand = _safe_date(y, mon, day)
    delta = (cand - ctx.pub).days if cand else 0
    direction = ctx.tense(m.start(), m.end())
    if direction == "PRESENT":
        direction = None
    # a past-tense clause can still name a date a month or two ahead ("extended the offer to Nov. 20",
    # "payable Dec. 7"): only a date more than a quarter ahead is taken for last year's
    if direction == "PAST" and delta > 92:
        y -= 1
    elif direction == "FUTURE" and delta < -31:
        y += 1
    elif direction is None and delta > 183:
        y -= 1  # news looks back: without a tense, a date far ahead of the report is last year's
    return _t(m, "DATE", f"{y:04d}-{mon:02d}-{day:02d}", anchor="published")


def _safe_date(y: int, mon: int, day: int) -> dt.date | None:
    try:
        return dt.date(y, mon, day)
    except ValueError:
        return None


@rule("month_year", rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*)?(?P<mon>{P.MONTH})(?:\s+(?i:of))?,?\s+(?P<y>{P.YEAR})(?![\d,.]\d)")
def _month_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    return _t(m, "DATE", month_value(int(m["y"]), _month(m["mon"])), _mod(m["mod"]), "absolute")


# "May" and "June" are names and "may" a verb: bare, they need a word that makes them a month
_AMBIGUOUS_MONTHS = frozenset({"may", "june", "jan", "mar", "sat", "sun"})
_FULL_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})
_MONTH_CUES = frozenset({"in", "since", "until", "till", "by", "through", "from", "to", "of", "during", "before",
                         "after", "between", "and", "early", "late", "mid", "last", "next", "this", "or", "for",
                         "on", "as", "that", "each", "every", "end", "beginning", "start", "middle"})


@rule("month", rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past))\s+)?(?P<mon>{P.MONTH})(?:\s+(?P<ry>(?i:last|this|next))\s+(?i:year))?")
def _month_only(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    mon = _month(m["mon"])
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
    mod = _mod(m["mod"])
    if m["ry"] and ctx.pub is not None:
        off = {"last": -1, "this": 0, "next": 1}[m["ry"].lower()]
        return _t(m, "DATE", month_value(ctx.pub.year + off, mon), mod, "published")
    rel = _low(m["rel"]) or None
    if rel in {"last", "this past", "past"}:
        value, anchor = resolve_month(mon, ctx.pub, "PAST", strict=True)
    elif rel in {"next", "coming", "this coming"}:
        value, anchor = resolve_month(mon, ctx.pub, "FUTURE", strict=True)
    elif rel == "this":
        value, anchor = resolve_month(mon, ctx.pub, None)
    else:
        value, anchor = resolve_month(mon, ctx.pub, ctx.tense(m.start(), m.end()))
    return _t(m, "DATE", value, mod, anchor)


# ---------------------------------------------------------------------------------------------
# weekdays, days, parts of days, clock times
# ---------------------------------------------------------------------------------------------
@rule("weekday", rf"(?:(?P<rel>(?i:last|next|this\s+coming|this\s+past|this|coming|early|late|the\s+previous|the\s+following))\s+)?(?P<wd>{P.WEEKDAY})(?:,?\s+(?P<part>{P.DAY_PART}))?")
def _weekday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word = m["wd"].lower().rstrip(".")
    if len(word) <= 4 and not (m["wd"].endswith(".") or m["wd"].isupper() and len(word) == 3):
        return None
    wd = P.WEEKDAYS[word]
    rel = {"the previous": "last", "the following": "next"}.get(_low(m["rel"]), _low(m["rel"])) or None
    mod = {"early": "START", "late": "END"}.get(rel or "")
    if mod:
        rel = None
    value, anchor = resolve_weekday(wd, ctx.pub, ctx.tense(m.start(), m.end()), rel)
    if m["part"]:
        return _t(m, "TIME", f"{value}T{P.DAY_PARTS[m['part'].lower()]}", mod, anchor)
    return _t(m, "DATE", value, mod, anchor)


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
              "this evening": 0, "overnight": 0}


@rule("day_word", rf"(?P<w>(?i:today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+morning|this\s+afternoon|this\s+evening))(?:,?\s+(?P<part>{P.DAY_PART}))?")
def _day_word(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    w = _low(m["w"])
    off = _DAY_WORDS[w]
    anchor: Anchor = None
    if ctx.pub is None:
        value = "XXXX-XX-XX"
    else:
        value, anchor = day_value(ctx.pub + dt.timedelta(days=off)), "published"
    part = m["part"] or (w.split()[-1] if w.startswith(("this ", "last ")) else "night" if w == "tonight" else None)
    if part:
        return _t(m, "TIME", f"{value}T{P.DAY_PARTS[part.lower()]}", anchor=anchor)
    return _t(m, "DATE", value, anchor=anchor)


@rule("clock", r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm|o'clock))(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC))?")
def _clock(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ap = m["ap"].lower()
    if h > 12 and ap != "o'clock":
        return None
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    day = day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX"
    return _t(m, "TIME", f"{day}T{h:02d}:{mi:02d}", anchor="published" if ctx.pub else None)


@rule("noon", r"(?i:noon|midnight|midday)")
def _noon(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    day = day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX"
    hh = "24:00" if m.group(0).lower() == "midnight" else "12:00"
    return _t(m, "TIME", f"{day}T{hh}", anchor="published" if ctx.pub else None)


# ---------------------------------------------------------------------------------------------
# relative units: last week, this year, next month, earlier this month, the next day
# ---------------------------------------------------------------------------------------------
_REL_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
                "same": 0}


@rule("rel_unit", rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<pre>(?i:earlier|later))\s+)?(?P<rel>(?i:the\s+(?:past|last|coming|previous|following|current|next|same)|last|next|this|past|coming|previous|current))\s+(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century))")
def _rel_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    rel = _low(m["rel"])
    unit = m["unit"].lower()
    the = rel.startswith("the ")
    word = rel.removeprefix("the ")
    mod = _mod(m["mod"])
    if unit == "day":
        if word in {"next", "following", "previous", "same"}:
            tx = _t(m, "DATE", None, mod)
            tx.text_offset = _REL_OFFSETS[word]
            return tx
        return None
    if word == "past" or (the and word in {"last", "next", "coming"} and unit != "weekend"):
        letter, mult, clock = P.UNITS[unit]
        return _t(m, "DURATION", duration_value(1, letter, mult, clock), mod)
    value = relative_unit_value(unit, _REL_OFFSETS[word], ctx.pub)
    return _t(m, "DATE", value, mod, "published" if ctx.pub else None)


@rule("weekend", r"(?i:the|over\s+the)\s+weekend")
def _weekend(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    start = m.start() + (5 if m.group(0).lower().startswith("over") else 0)
    return _t(m, "DATE", relative_unit_value("weekend", 0, ctx.pub), anchor="published" if ctx.pub else None,
              start=start)


@rule("unit_edge", rf"(?P<mod>{P.MOD_PREFIX}|(?i:earlier|later)\s+in)\s+(?P<the>(?i:the|this))\s+(?P<unit>(?i:year|month|week|decade|century))|(?P<ye>(?i:(?:around\s+|by\s+)?year[-\s]end|year['’]s\s+end))")
def _unit_edge(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """"the end of the year", "year-end", "earlier in the month": the current unit, with its edge."""
    if m["ye"]:
        start = m.start()
        if _low(m["ye"]).startswith(("around", "by")):
            start = m.start() + len(m["ye"].split()[0]) + 1
        return _t(m, "DATE", relative_unit_value("year", 0, ctx.pub), "END", "published" if ctx.pub else None,
                  start=start)
    mod = _mod(m["mod"])
    return _t(m, "DATE", relative_unit_value(m["unit"].lower(), 0, ctx.pub), mod, "published" if ctx.pub else None)


@rule("day_part", r"(?P<the>(?i:the|this|that))\s+(?P<part>(?i:morning|afternoon|evening))|(?i:overnight)|(?P<mod>(?i:early|late|mid))[\s-](?P<part2>(?i:morning|afternoon|evening))")
def _day_part(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    part = (m["part"] or m["part2"] or "night").lower()
    if m["the"] and m["the"].lower() == "this":
        return None  # rule "day_word"
    day = day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX"
    return _t(m, "TIME", f"{day}T{P.DAY_PARTS[part]}", {"early": "START", "late": "END"}.get(_low(m["mod"])),
              "published" if ctx.pub else None)


# ---------------------------------------------------------------------------------------------
# counts of units: three years, the past two months, two years ago, a 16-hour delay
# ---------------------------------------------------------------------------------------------
@rule("count_unit", rf"(?:(?P<dm>{P.DUR_MOD})\s+)?(?P<the>(?i:(?:the\s+)?(?:past|last|next|coming|first|previous|following|final))\s+)?(?P<num>{P.NUM}|{P.VAGUE})[\s-]+(?:(?i:more|additional|straight|consecutive|full|long)\s+)?(?P<unit>{P.UNITS_PL})(?P<post>\s+(?i:ago|earlier|before|later|from\s+now|hence))?")
def _count_unit(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    tail = ctx.text[m.end() : m.end() + 5].lower()
    if tail.startswith(("-old", " old")):  # ages are not times
        return None
    if m["unit"].lower().startswith("quarter") and tail.startswith(" of"):
        return None  # "three-quarters of its food" is a share
    unit = _unit(m["unit"])
    if unit not in P.UNITS:
        return None
    letter, mult, clock = P.UNITS[unit]
    num_text = _low(m["num"])
    if re.fullmatch(r"(?:1[89]|20)\d\d", num_text) and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1988 of them
    n = None if num_text in P.VAGUE_NUMBERS else parse_number(num_text, P.NUMBER_WORDS)
    if n is None and num_text not in P.VAGUE_NUMBERS:
        return None
    if num_text in {"a", "an"} and not (m["dm"] or m["the"] or m["post"]):
        # "$5 a day" is a rate; "a year" after a figure says per year
        before = ctx.text[max(0, m.start() - 15) : m.start()]
        if re.search(r"\d\s*\S*\s*$", before):
            return None  # TimeML corpora leave rates such as "$1.76 a year" unmarked
    mod = P.DURATION_MODS.get(_low(m["dm"])) if m["dm"] else None
    post = _low(m["post"])
    if post in {"ago", "earlier", "before"} and not m["the"]:
        if ctx.pub is None:
            return _t(m, "DATE", "PAST_REF" if n is None else None, mod)
        if n is None:
            return _t(m, "DATE", "PAST_REF", mod, "published")
        steps = -round(n * mult) if letter != "Q" else -round(n)
        tx = _t(m, "DATE", shift_value(ctx.pub, letter, steps, clock), mod, "published")
        if not clock:
            # "earlier"/"before" look back from the last date in the text; "ago" from the report, except
            # in results reporting, where "a year ago" beside a quarter is that quarter a year before
            tx.text_shift = (letter, steps, post == "ago")
        return tx
    if post in {"later", "from now", "hence"} and not m["the"] and ctx.pub is not None and n is not None:
        if post != "later":
            return _t(m, "DATE", shift_value(ctx.pub, letter, round(n * mult), clock), mod, "published")
    if post:  # a duration: the count alone is the span
        end = m.start("post")
        return _t(m, "DURATION", duration_value(n, letter, mult, clock), mod, end=end)
    return _t(m, "DURATION", duration_value(n, letter, mult, clock), mod)


@rule("vague_plural", r"(?P<pre>(?i:recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|in\s+recent|for|within|in|over\s+the)\s+)?(?P<unit>(?i:days|weeks|months|years|decades|centuries))")
def _vague_plural(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    pre = _low(m["pre"])
    if not pre:
        return None
    unit = _unit(m["unit"])
    letter, mult, clock = P.UNITS[unit]
    if pre in {"for", "within", "in", "over the"}:
        if ctx.text[m.end() : m.end() + 4].startswith((" of", " to", " ago", "-")):
            return None  # "in years of war", "for years to come" is left to the other rules
        return _t(m, "DURATION", f"PX{'E' if unit == 'decade' else 'C' if unit == 'century' else letter}",
                  start=m.start("unit"))
    start = m.start() + 3 if pre.startswith("in ") else m.start()
    return _t(m, "DURATION", duration_value(None, letter, mult, clock), start=start)


# ---------------------------------------------------------------------------------------------
# years, decades, centuries, quarters, halves, seasons, holidays
# ---------------------------------------------------------------------------------------------
@rule("year", rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<fy>(?i:fiscal|calendar|the\s+year|fy))[\s-]*)?(?<![$£€#])(?P<y>{P.YEAR})(?![%\d]|[,.]\d|\s*(?i:percent|per\s+cent))")
def _year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if "half" in _low(m["mod"]):
        return None  # "the first half of 2019" is 2019-H1 (rule "half")
    y = int(m["y"])
    pl = P.PLURAL_S.match(ctx.text, m.end())
    if pl and pl.group(1) not in P.NOT_PLURAL and not (m["mod"] or m["fy"]):
        return None  # "2000 troops"
    prev = ctx.text[max(0, m.start() - 12) : m.start()].lower().rstrip()
    if not (m["mod"] or m["fy"]):
        if y < 1800 or re.search(r"(no\.|number|page|route|flight)$", prev):
            return None
        count = re.search(r"(\d[\d,.]*)\s*(?:to|-|and)$", prev)
        if count and not re.fullmatch(r"(?:1[89]|20)\d\d", count.group(1)):
            return None  # "from 1,500 to 2000" is a count; "1990 and 1991" are years
    return _t(m, "DATE", f"{y:04d}", _mod(m["mod"]), "absolute")


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@rule("spoken_year", r"(?:(?P<the>(?i:the\s+year))\s+)?(?P<c>(?i:nineteen|twenty))\s+(?P<t>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:[\s-]+(?P<o>(?i:one|two|three|four|five|six|seven|eight|nine)))?|(?P<the2>(?i:the\s+year)\s+)?(?P<k>(?i:two\s+thousand))(?:\s+(?:(?i:and)\s+)?(?P<o2>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?")
def _spoken_year(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m["k"]:
        if not (m["the2"] or m["o2"]):
            return None  # "two thousand" alone is a count
        extra = {"ten": 10, **_ONES}.get((m["o2"] or "").lower(), 0)
        return _t(m, "DATE", f"{2000 + extra:04d}", anchor="absolute")
    y = (19 if m["c"].lower() == "nineteen" else 20) * 100 + _TENS[m["t"].lower()] + _ONES.get((m["o"] or "").lower(), 0)
    return _t(m, "DATE", f"{y:04d}", anchor="absolute")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@rule("decade", rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<d2>\d0)s|(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))")
def _decade(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if m["dec"]:
        value = f"{m['dec'][:3]}X"
    else:
        d = int(m["d2"][0]) if m["d2"] else _DECADE_WORDS[m["dw"].lower()]
        if m["dw"] and not m["the"]:
            return None  # "in his forties" is an age
        cent = 19 if ctx.pub is None or d * 10 > ctx.pub.year % 100 else ctx.pub.year // 100
        value = f"{cent:02d}{d}X"
    return _t(m, "DATE", value, _mod(m["mod"]), "absolute")


@rule("century", rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?P<ord>{P.ORDINAL}|\d{{1,2}}(?i:st|nd|rd|th))[\s-]+(?i:century)")
def _century(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    n = P.ORDINALS.get(m["ord"].lower())
    if n is None:
        return None
    return _t(m, "DATE", f"{n - 1:02d}XX", _mod(m["mod"]), "absolute")


@rule("this_quarter", r"(?P<the>(?i:the|this|last|next))\s+(?P<w>(?i:latest|current|year-ago|year-earlier|fiscal|same)\s+)?(?i:quarter)")
def _this_quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    """Company reports speak of "the quarter", "the latest quarter": the last one ended."""
    if ctx.pub is None:
        return _t(m, "DATE", "XXXX-QX")
    the, w = m["the"].lower(), _low(m["w"])
    cur = (ctx.pub.month - 1) // 3 + 1
    if the in {"this", "next"} and not w:
        off = 0 if the == "this" else 1
        y, q = ctx.pub.year + (cur - 1 + off) // 4, (cur - 1 + off) % 4 + 1
    else:
        y, q = (ctx.pub.year, cur - 1) if cur > 1 else (ctx.pub.year - 1, 4)
        if the == "last" and not w:
            pass
        if w in {"year-ago", "year-earlier"}:
            y -= 1
    return _t(m, "DATE", f"{y:04d}-Q{q}", anchor="published")


_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule("quarter", rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<ry>(?i:this|last|next))\s+(?i:year)['’]s\s+)?(?:(?P<rel>(?i:last|next|this|current|previous|same|year-ago|year-earlier|comparable\s+year-ago))\s+)?(?:(?P<py>{P.YEAR})\s+)?(?:(?i:fiscal|calendar)[\s-]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))[\s-]+(?:(?i:fiscal|calendar)[\s-]+)?(?i:quarter|qtr)(?:,?\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{P.YEAR})(?![\d,.]\d))?|(?P<q>Q[1-4])(?:\s+(?P<y2>{P.YEAR}))?")
def _quarter(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    q = int(m["q"][1]) if m["q"] else _Q[m["ord"].lower()]
    year = m["y"] or m["y2"] or m["py"]
    if m["ry"] and ctx.pub is not None:
        year = str(ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()])
    if year:
        return _t(m, "DATE", f"{year}-Q{q}", anchor="absolute")
    if ctx.pub is None:
        return _t(m, "DATE", f"XXXX-Q{q}")
    cur = (ctx.pub.month - 1) // 3 + 1
    y = ctx.pub.year - (1 if "year-" in _low(m["rel"]) else 0)
    direction = ctx.tense(m.start(), m.end())
    # results are reported after a quarter ends: the quarter named without a year is the latest one
    if q > cur and direction != "FUTURE":
        y -= 1
    return _t(m, "DATE", f"{y:04d}-Q{q}", anchor="published")


@rule("half", rf"(?:(?P<the>(?i:the))\s+)?(?P<ord>(?i:first|second))[\s-]+(?i:half)(?:\s+(?i:of)(?:\s+(?i:the\s+year|(?P<y>{P.YEAR})|(?P<rel>this|last|next)\s+year)))?")
def _half(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    h = 1 if m["ord"].lower() == "first" else 2
    if m["y"]:
        return _t(m, "DATE", f"{m['y']}-H{h}", anchor="absolute")
    if not m.group(0).lower().endswith("year"):
        return None  # "the first half" of a match, of a speech...
    if ctx.pub is None:
        return _t(m, "DATE", f"XXXX-H{h}")
    off = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return _t(m, "DATE", f"{ctx.pub.year + off:04d}-H{h}", anchor="published")


@rule("season", rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+|(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?P<s>{P.SEASON})(?:(?:\s+(?i:of))?\s+(?P<y>{P.YEAR})(?![\d,.]\d))?")
def _season(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    word = m["s"].lower()
    code = P.SEASONS[word]
    if m["s"][0].isupper() and m.start("s") > 0 and not (m["rel"] or m["mod"] or m["y"]):
        before = ctx.text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1][:1].isupper():
            return None  # "Arab Spring", "Operation Summer Rain"
    if not (m["rel"] or m["mod"] or m["y"]):
        prev = re.findall(r"[A-Za-z]+", ctx.text[max(0, m.start() - 16) : m.start()])
        if not prev or prev[-1].lower() not in {"the", "this", "in", "since", "until", "by", "during", "through"}:
            return None
        if word == "fall" and prev[-1].lower() not in {"the", "this"}:
            return None
    mod = _mod(m["mod"])
    if m["y"]:
        return _t(m, "DATE", f"{int(m['y']):04d}-{code}", mod, "absolute")
    rel = _low(m["rel"]) or None
    direction = None if rel else ctx.tense(m.start(), m.end())
    value, anchor = resolve_season(code, P.SEASON_START[code], ctx.pub, direction, rel)
    return _t(m, "DATE", value, mod, anchor)


@rule("holiday", rf"(?P<h>{P.HOLIDAY})(?:,?\s+(?P<y>{P.YEAR}))?")
def _holiday(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    name = _low(m["h"])
    if not m["h"][0].isupper() and not name.startswith("the "):
        return None
    spec = P.HOLIDAYS[name]
    if m["y"]:
        return _t(m, "DATE", _holiday_day(spec, int(m["y"])), anchor="absolute")
    if ctx.pub is None:
        return _t(m, "DATE", f"XXXX-{spec[0]:02d}" + (f"-{spec[1]:02d}" if len(spec) == 2 else ""))
    y = ctx.pub.year
    direction = ctx.tense(m.start(), m.end())
    day = dt.date.fromisoformat(_holiday_day(spec, y))
    if direction == "PAST" and day > ctx.pub + dt.timedelta(days=7):
        y -= 1
    elif direction == "FUTURE" and day < ctx.pub:
        y += 1
    return _t(m, "DATE", _holiday_day(spec, y), anchor="published")


def _holiday_day(spec: tuple[int, ...], y: int) -> str:
    if len(spec) == 2:
        return dt.date(y, spec[0], spec[1]).isoformat()
    mon, neg_wd, nth = spec
    wd = -neg_wd
    first = dt.date(y, mon, 1)
    days = [first + dt.timedelta(days=i) for i in range(31) if (first + dt.timedelta(days=i)).month == mon]
    hits = [d for d in days if d.isoweekday() == wd]
    return (hits[nth - 1] if nth > 0 else hits[nth]).isoformat()


# ---------------------------------------------------------------------------------------------
# sets and references
# ---------------------------------------------------------------------------------------------
_NOT_NOUNS = frozenset({"and", "or", "but", "in", "on", "at", "for", "from", "to", "since", "until", "by", "with",
                        "through", "during", "over", "after", "before", "as", "than", "the", "a", "an", "is", "are",
                        "was", "were", "will", "would", "that", "which", "while", "if", "because", "so", "basis"})
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
              "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "annual": "P1Y"}


@rule("set", rf"(?P<w>(?i:daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly))|(?i:every|each|per)\s+(?:(?P<num>{P.NUM})\s+)?(?:(?P<wd>{P.WEEKDAY})|(?P<mon>{P.MONTH})|(?P<unit>{P.UNITS_PL}))|(?:(?i:on)\s+)?(?P<wds>(?:{P.WEEKDAY}))s")
def _set(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    if m["w"]:
        nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 20])
        if nxt and nxt.group(1) not in _NOT_NOUNS:
            return None  # an adjective: "its quarterly dividend", "average daily volume"
        return _t(m, "SET", _SET_WORDS[m["w"].lower()])
    if m["mon"]:
        return _t(m, "SET", f"XXXX-{_month(m['mon']):02d}")
    wd_text = m["wd"] or m["wds"]
    if wd_text:
        wd = P.WEEKDAYS.get(wd_text.lower().rstrip("."))
        return _t(m, "SET", f"XXXX-WXX-{wd}") if wd else None
    unit = _unit(m["unit"])
    if unit not in P.UNITS:
        return None
    letter, mult, clock = P.UNITS[unit]
    n = parse_number(m["num"], P.NUMBER_WORDS) if m["num"] else 1.0
    return _t(m, "SET", duration_value(n, letter, mult, clock))


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
         "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "right now": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "lately": "PAST_REF", "the future": "FUTURE_REF",
         "soon": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
         "in the future": "FUTURE_REF", "shortly": "FUTURE_REF", "the long term": "FUTURE_REF",
         "the short term": "FUTURE_REF", "recent": "PAST_REF", "current": "PRESENT_REF", "once": "PAST_REF"}


@rule("ref", r"(?i:now|currently|at\s+present|the\s+present|nowadays|these\s+days|right\s+now|recently|the\s+past|lately|the\s+(?:near\s+|foreseeable\s+)?future|soon|shortly|the\s+(?:long|short)\s+term|recent|current)")
def _ref(m: re.Match[str], ctx: _Ctx) -> Timex | None:
    w = _low(m.group(0))
    after = ctx.text[m.end() : m.end() + 12]
    if w in {"now", "the past", "the future", "the present", "soon"} and after.startswith("-"):
        return None  # "now-defunct", "soon-to-be"
    if w in {"soon", "shortly"} and re.match(r"\s+(?:after|before|as|thereafter)\b", after):
        return None  # "soon after being captured" is relative to an event, not a time
    if w in {"recent", "current"}:
        # only the adjective on a bare noun of time or of a state ("recent talks" is not a time)
        nxt = re.match(r"\s+([a-z]+)", after)
        if not nxt or nxt.group(1) not in {"situation", "conditions", "period", "times", "climate", "levels", "level", "rate", "rates", "year", "season", "term"}:
            return None
    if w == "the short term" or w == "the long term":
        return _t(m, "DATE", "FUTURE_REF")
    return _t(m, "DATE", _REFS[w], anchor="published" if ctx.pub else None)


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


def _merge(ctx: _Ctx, times: list[Timex]) -> list[Timex]:
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
            if (prev.type == "DATE" and _DAY_VALUE.match(prev.value) and tx.type == "DATE" and _DAY_VALUE.match(tx.value)
                    and _JOIN_DAY.fullmatch(gap) is not None and ctx.text[prev.start].isupper()
                    and ctx.text[prev.start : prev.end].rstrip(".").lower() in P.WEEKDAYS):
                out[-1] = Timex(prev.start, tx.end, ctx.text[prev.start : tx.end], "DATE", tx.value, tx.mod, tx.anchor)
                continue
        out.append(tx)
    return out


def _resolve_text_anchors(times: list[Timex], pub: dt.date | None) -> None:
    last_day: dt.date | None = None
    last_cal: tuple[str, int] | None = None
    for tx in times:
        if tx.text_offset is not None:
            base, anchor = (last_day, "text") if last_day is not None else (pub, "published")
            if base is not None:
                tx.value, tx.anchor = day_value(base + dt.timedelta(days=tx.text_offset)), anchor  # type: ignore[assignment]
            else:
                tx.value = "XXXX-XX-XX"
            continue
        if tx.text_shift is not None and last_cal is not None:
            letter, steps, only_quarter = tx.text_shift
            near = tx.start - last_cal[1] <= 400
            if near and (not only_quarter or "-Q" in last_cal[0]):
                shifted = shift_calendar(last_cal[0], letter, steps)
                if shifted is not None:
                    tx.value, tx.anchor = shifted, "text"
            continue
        if tx.type == "DATE" and tx.value and _CAL_VALUE.fullmatch(tx.value):
            last_cal = (tx.value, tx.end)
        if tx.type == "DATE" and tx.value and re.fullmatch(r"\d{4}-\d\d-\d\d", tx.value) and tx.anchor == "absolute":
            last_day = dt.date.fromisoformat(tx.value)


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
    ctx = _Ctx(text, pub, tense)
    cands: list[tuple[int, Timex]] = []
    ranges = spans if spans is not None else [(0, len(text))]
    for prio, (_name, rx, fn) in enumerate(_RULES):
        for lo, hi in ranges:
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
    _resolve_text_anchors(times, pub)
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
