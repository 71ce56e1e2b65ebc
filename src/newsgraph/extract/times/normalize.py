"""TIMEX3 values as pure functions of (what the text says, the publication date, the tense).

Every function here takes plain values and returns plain values; nothing reads a Doc. Without a
publication date nothing relative is guessed: the calendar fields that depend on it stay ``X``
("XXXX-08" for "August", "XXXX-XX" for "last month").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

# DONE: the expression dates an event that has happened by the publication ("the Sept. 11 attack"); the
# rules that have no use for the difference read it as PAST (Ctx.tense)
Direction = Literal["PAST", "FUTURE", "PRESENT", "DONE"] | None
Anchor = Literal["published", "text", "absolute"] | None

__all__ = [
    "Direction",
    "add_months",
    "day_value",
    "duration_value",
    "month_value",
    "parse_number",
    "relative_unit_value",
    "resolve_month",
    "resolve_season",
    "resolve_weekday",
    "resolve_year_of",
    "shift_calendar",
    "shift_value",
    "week_value",
]


def day_value(d: dt.date) -> str:
    return d.isoformat()


def month_value(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def parse_number(words: str, table: dict[str, float]) -> float | None:
    """"three" -> 3, "twenty-five" -> 25, "5 1/2" -> 5.5, "two and a half" -> 2.5; None when vague."""
    w = " ".join(words.lower().replace("-", " ").split())  # "2-1/2" is "2 1/2" (a wire's way of writing it)
    w = w.replace("½", " 1/2")  # "2½" is "2 1/2"
    w = re.sub(r"(?<=\d),(?=\d{3}\b)", "", w)  # "4,000"
    if not w:
        return None
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.endswith(" 1/2"):
        w, half = w[:-4], 0.5
    try:
        return float(w) + half
    except ValueError:
        pass
    if w in table:
        return table[w] + half
    parts = w.split()
    if len(parts) == 2 and parts[0] in table and parts[1] in table and table[parts[0]] >= 20:
        return table[parts[0]] + table[parts[1]] + half
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, letter: str, mult: int, clock: bool) -> str:
    """P3Y, PT2H, P10Y for "a decade", PXY when the count is vague."""
    if n is None:
        return f"PTX{letter}" if clock else f"PX{letter}"
    total = n * mult
    if not float(total).is_integer():
        # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: TIMEX values keep whole numbers
        whole, frac = int(total), total - int(total)
        sub = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24), "M": ("S", 60) if clock else ("D", 30)}.get(letter)
        if sub is not None and float(frac * sub[1]).is_integer():
            head = f"{whole}{letter}" if whole else ""
            tail = f"{int(frac * sub[1])}{sub[0]}"
            if clock or letter == "D":
                return f"PT{head}{tail}" if clock else f"P{head}T{tail}"
            return f"P{head}{tail}"
    num = _fmt_num(total)
    return f"PT{num}{letter}" if clock else f"P{num}{letter}"


def resolve_year_of(month: int, pub: dt.date, direction: Direction, strict: bool = False) -> int:
    """The year of a month named without one: the nearest such month behind or ahead of the report.

    ``strict`` ("last May", "next May") never lands on the month of publication itself.
    """
    if direction == "PAST":
        if month < pub.month or (month == pub.month and not strict):
            return pub.year
        return pub.year - 1
    if direction == "FUTURE":
        if month > pub.month or (month == pub.month and not strict):
            return pub.year
        return pub.year + 1
    # no tense to go by: the nearest such month ("January" in a November report is the coming one)
    ahead = (month - pub.month) % 12
    if ahead == 0:
        return pub.year
    return pub.year + (1 if month < pub.month else 0) if ahead <= 3 else pub.year - (1 if month > pub.month else 0)


def resolve_month(month: int, pub: dt.date | None, direction: Direction, strict: bool = False) -> tuple[str, Anchor]:
    if pub is None:
        return f"XXXX-{month:02d}", None
    return month_value(resolve_year_of(month, pub, direction, strict), month), "published"


def resolve_weekday(
    wd: int, pub: dt.date | None, direction: Direction, rel: str | None = None
) -> tuple[str, Anchor]:
    """A weekday named without a date: the one of the report's day, else the nearest one in the tense's
    direction (news speaks of the past by default: "said on Thursday" in a Wednesday report is
    the Thursday before)."""
    if pub is None:
        return f"XXXX-WXX-{wd}", None
    today = pub.isoweekday()
    if rel == "this":
        return day_value(pub + dt.timedelta(days=wd - today)), "published"
    if rel in {"next", "coming", "this coming"}:
        ahead = (wd - today) % 7 or 7
        return day_value(pub + dt.timedelta(days=ahead)), "published"
    if rel in {"last", "this past", "past"}:
        back = (today - wd) % 7 or 7
        return day_value(pub - dt.timedelta(days=back)), "published"
    if wd == today:
        return day_value(pub), "published"
    # the present simple ("Tuesday's declaration", "statements made Friday") leans to the past in
    # TimeBank (4 past, 2 ahead), so only a future tense or a progressive plan looks ahead
    if direction == "FUTURE":
        return day_value(pub + dt.timedelta(days=(wd - today) % 7)), "published"
    return day_value(pub - dt.timedelta(days=(today - wd) % 7)), "published"


def resolve_season(code: str, start_month: int, pub: dt.date | None, direction: Direction,
                   rel: str | None = None) -> tuple[str, Anchor]:
    """"last summer" in a September report is this year's summer; in a March report, last year's."""
    if pub is None:
        return f"XXXX-{code}", None
    # a season is under way or over once its first month has come (winter is dated by its December)
    begun = pub.month >= start_month
    if code == "WI" and pub.month <= 2:
        this_year, begun = pub.year - 1, True
    else:
        this_year = pub.year
    ended = begun and (pub.month >= start_month + 3 or (code == "WI" and 3 <= pub.month < 12))
    if rel == "this":
        y = this_year
    elif rel in {"last", "past", "this past"}:
        y = this_year if ended else this_year - 1
    elif rel is None and direction == "PAST":
        # "has maintained throughout the fall" in a November report: the season under way, not last year's
        # (round 20); "last fall" then is last year's
        y = this_year if begun else this_year - 1
    elif rel in {"next", "coming", "the coming"} or (rel is None and direction == "FUTURE"):
        y = this_year + 1 if begun else this_year
    else:
        y = this_year
    return f"{y:04d}-{code}", "published"


def shift_value(pub: dt.date, letter: str, n: int, clock: bool) -> str:
    """The calendar value ``n`` units before (negative n) or after the publication date, at the unit's
    granularity: two years ago -> 2018, three months ago -> 2020-06, two weeks ago -> 2020-W35."""
    if clock:
        return day_value(pub)
    if letter == "Y":
        # "3,000 years ago" lies before year 1, which a four-digit year cannot write: only that it is past
        return f"{pub.year + n:04d}" if pub.year + n >= 1 else "PAST_REF"
    if letter == "Q":
        y, m = add_months(pub.year, pub.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if letter == "M":
        return month_value(*add_months(pub.year, pub.month, n))
    if letter == "W":
        return week_value(pub + dt.timedelta(weeks=n))
    return day_value(pub + dt.timedelta(days=n))


def relative_unit_value(unit: str, offset: int, pub: dt.date | None, past: bool = False) -> str | None:
    """"last month" (offset -1), "this year" (0), "next week" (+1) on the publication date. ``past``: the clause is
    in the past ("the framework that emerged this week"), so a Sunday's "this week" is the one that ends that day."""
    if pub is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}.get(unit)
    if unit == "day":
        return day_value(pub + dt.timedelta(days=offset))
    if unit == "week":
        # a Sunday report's "this week" (in a clause not in the past) and the weeks after it count from the next day,
        # as American news and calendars do ("will be on the table this week": the week that starts the next day);
        # its "last week" stays the ISO week before the Sunday's, as TimeBank's gold has it three times in four
        sunday = pub.isoweekday() == 7 and offset >= 0 and not (offset == 0 and past)
        return week_value(pub + dt.timedelta(weeks=offset, days=1 if sunday else 0))
    if unit == "weekend":
        # "the weekend" in a Monday-to-Wednesday report is the one just gone
        base = pub + dt.timedelta(weeks=offset)
        if offset == 0 and base.isoweekday() <= 3:
            base -= dt.timedelta(weeks=1)
        return week_value(base) + "-WE"
    if unit == "month":
        return month_value(*add_months(pub.year, pub.month, offset))
    if unit == "quarter":
        y, m = add_months(pub.year, pub.month, 3 * offset)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{pub.year + offset:04d}"
    if unit == "decade":
        return f"{pub.year // 10 + offset:03d}X"
    if unit == "century":
        return f"{pub.year // 100 + offset:02d}XX"
    return None


_CAL = re.compile(r"(\d{4})(?:-(?:Q([1-4])|(\d\d))(?:-(\d\d))?)?")


def shift_calendar(value: str, letter: str, steps: int) -> str | None:
    """A calendar value moved by ``steps`` units, keeping its granularity: ("1989-Q3", "Y", -1) -> "1988-Q3",
    ("1998-08-07", "D", -1) -> "1998-08-06"; None when the unit is finer than the value ("1998" less a day)."""
    m = _CAL.fullmatch(value)
    if m is None:
        return None
    y = int(m.group(1))
    q, mon, day = m.group(2), m.group(3), m.group(4)
    if letter == "Y":
        if day:
            d = dt.date(y, int(mon), 28 if (mon == "02" and day == "29") else int(day))
            return dt.date(y + steps, d.month, d.day).isoformat()
        return f"{y + steps:04d}" + value[4:]
    if letter in {"M", "Q"} and (q or mon):
        k = steps * 3 if letter == "Q" else steps
        if q:
            if letter == "M" and k % 3:
                return None
            yy, mm = add_months(y, (int(q) - 1) * 3 + 1, k)
            return f"{yy:04d}-Q{(mm - 1) // 3 + 1}"
        yy, mm = add_months(y, int(mon), k)
        if day:
            return dt.date(yy, mm, min(int(day), 28)).isoformat() if int(day) > 28 else f"{yy:04d}-{mm:02d}-{day}"
        return month_value(yy, mm)
    if letter in {"W", "D"} and day:
        d = dt.date(y, int(mon), int(day)) + dt.timedelta(days=steps * (7 if letter == "W" else 1))
        return d.isoformat()
    return None
