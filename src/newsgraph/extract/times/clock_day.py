"""The day of a clock time that names its own weekday (review 21).

"6:24 p.m. ET on Saturday" and "Saturday at about 6:24 p.m." put the time on that Saturday, not on the day of
the report: a time given in two zones often falls on the day before or after the report's.
"""

from __future__ import annotations

import re

from . import patterns as P
from .core import Ctx
from .normalize import resolve_weekday

__all__ = ["clock_weekday"]

_DAY = rf"(?P<wd>{P.CAPITAL_WEEKDAY})(?![A-Za-z])"
# after the time: an optional zone ("ET", "GMT", "local time", "Eastern time") then "on"/"," and the weekday
_ZONE = r"(?:[A-Z]{1,4}T?|(?:local|[A-Z][a-z]+)\s+time)"
_AFTER = re.compile(rf"\s*(?:{_ZONE}\s*)?(?:,\s*|\s+on\s+|\s+)?{_DAY}")
# before it: "Saturday at about 6:24 p.m.", "Saturday, 6 p.m."; not "last Saturday" (left to the weekday rule)
_BEFORE = re.compile(rf"(?<![Ll]ast )(?<![Nn]ext )\b{_DAY}(?:,\s*|\s+)(?:at\s+)?(?:(?:about|around|roughly|approximately)\s+)?$")


def clock_weekday(start: int, end: int, ctx: Ctx) -> str | None:
    """The date of the weekday a clock time at [start, end) names right beside it, resolved as the weekday
    itself is (same tense); None when it names none or the report has no date."""
    if ctx.pub is None:
        return None
    m = _AFTER.match(ctx.text, end)
    if m is None:
        m = _BEFORE.search(ctx.text, max(0, start - 40), start)
    if m is None:
        return None
    wd = P.WEEKDAYS[m["wd"].lower()]
    value, _ = resolve_weekday(wd, ctx.pub, ctx.tense(m.start("wd"), m.end("wd")))
    return value
