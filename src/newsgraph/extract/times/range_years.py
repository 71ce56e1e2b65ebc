"""A range's first day written without its year takes the year written at the range's end ("Aug. 2-Aug. 9, 1948",
"Aug. 2-9, 1948", "from June 3 to June 9, 2001"): the tagger had resolved the first day against the publication
(2026-08-02 in a report of 2026 about the 1948 Games; round 25's start review). The year is the end's, or the year
before it when the first day's month and day come after the end's ("Dec. 28 - Jan. 3, 2001")."""

from __future__ import annotations

import re

from .core import Timex
from .frame_year import yearless_day

__all__ = ["years_from_range_ends"]

# what stands between a range's first day and its end: a dash or a word of range, maybe a "from ... to" pair
_TO_DATE = re.compile(r"\s*(?:[-–—]|to|through|until|till|thru)\s*", re.I)
# "Aug. 2-9, 1948", "Aug. 2-Aug. 9, 1948": the end is a day (maybe with its month), then the year the tagger
# found alone
_TO_DAY_THEN_YEAR = re.compile(r"\s*(?:[-–—]|to|through)\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s*")
_DAY = re.compile(r"^(\d{4})-(\d\d-\d\d)$")
_YEAR = re.compile(r"^\d{4}$")


def years_from_range_ends(times: list[Timex], text: str) -> None:
    """Give a yearless first day of a range the year of the range's end (in place)."""
    for a, b in zip(times, times[1:], strict=False):
        day = _DAY.match(a.value or "")
        if a.type != "DATE" or a.anchor != "published" or day is None or not yearless_day(a.text):
            continue
        gap = text[a.end : b.start]
        end_day = _DAY.match(b.value or "")
        if end_day and b.anchor == "absolute" and _TO_DATE.fullmatch(gap):
            year = int(end_day.group(1)) - (1 if day.group(2) > end_day.group(2) else 0)
        elif _YEAR.match(b.value or "") and b.type == "DATE" and _TO_DAY_THEN_YEAR.fullmatch(gap):
            year = int(b.value or "0")
        else:
            continue
        a.value, a.anchor = f"{year:04d}-{day.group(2)}", "text"
