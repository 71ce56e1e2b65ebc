"""Relative dates of a report without a publication date (issue 17, item 5; round 34).

Without a date to count from, "last year", "next week" or "yesterday" can only be written as a value of placeholders
(XXXX, XXXX-WXX, XXXX-XX-XX), which names no year, week or day and reads like a wrong date. Such a value is
left open (None): the expression stays, unresolved. A value that keeps something the text said stays as it is: a
month ("last May": XXXX-05), a weekday (XXXX-WXX-2), a season, a weekend or a part of the day.
"""

from __future__ import annotations

import datetime as dt
import re

from .core import Timex

__all__ = ["day_from_url", "open_undated_values", "years_from_url"]

# a value of placeholders only: XXXX, XXXX-XX, XXXX-WXX, XXXX-XX-XX, XXXX-QX, XXX (a decade), XX (a century)
_PLACEHOLDERS = re.compile(r"X{2,4}(?:-(?:W?XX|QX))*")


# a date in a link's path, as news sites write it: /2019/11/ or /2019/11/13/ (a month 01-12 after the year)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?:/|$)")
# a whole day in the path: /2016/12/10/ or, as some sites write the month, /2012/oct/22/
_URL_DAY = re.compile(r"(?i)/((?:19|20)\d\d)/(0[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/"
                      r"(0[1-9]|[12]\d|3[01])(?:/|$)")
_MONTH_ABBR = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH_WORDS = re.compile(r"(?i)(this|last|next)\s+month")
# "this year", or a month of it ("February this year", "in March of last year": the value is then XXXX-02)
_YEAR_WORDS = re.compile(r"(?i)(?:[a-z]+\.?\s+(?:of\s+)?)?(this|last|next)\s+year")
_OPEN_MONTH = re.compile(r"XXXX(-(?:0[1-9]|1[0-2]))")
_STEP = {"this": 0, "last": -1, "next": 1}
_TEXT_YEAR = re.compile(r"(?<![\w$.,-])((?:19|20)\d\d)(?![\w%-])")


def day_from_url(url: str | None, text: str) -> dt.date | None:
    """The day of a link's path ("/2016/12/10/", "/2012/oct/22/"), the day the site filed the report under, as the
    anchor of a report with neither a date nor a dated dateline (round 37, a review's class: "today", "last week"
    left open). None when the text names a year after it (a path date that is not the publication's)."""
    found = _URL_DAY.search(url or "")
    if found is None:
        return None
    year, mon = int(found.group(1)), found.group(2).lower()
    if any(int(y) > year for y in _TEXT_YEAR.findall(text)):
        return None
    try:
        return dt.date(year, int(mon) if mon.isdigit() else _MONTH_ABBR[mon], int(found.group(3)))
    except ValueError:
        return None


def years_from_url(times: list[Timex], url: str | None, text: str) -> None:
    """In place, for a report without a date (round 36, a review's class): "this year", "last year" and "next
    year" (and a month of one, "February this year": XXXX-02), left open by ``open_undated_values``, take their
    year from the date in the report's link path ("/news/2019/11/..."), the publication's month as the site files
    it. Only when the text agrees: a text that
    names a year after the link's year (a link's date that is not the publication's) leaves them open."""
    found = _URL_DATE.search(url or "")
    if found is None:
        return
    year, month_no = int(found.group(1)), int(found.group(2))
    if any(int(y) > year for y in _TEXT_YEAR.findall(text)):
        return
    for tx in times:
        month_word = _MONTH_WORDS.fullmatch(tx.text.strip()) if tx.type == "DATE" and tx.value is None else None
        if month_word is not None:
            # "last month" in a report filed under /2019/11/: October 2019 (round 37)
            step = month_no - 1 + _STEP[month_word.group(1).lower()]
            tx.value, tx.anchor = f"{year + step // 12}-{step % 12 + 1:02d}", "published"
            continue
        words = _YEAR_WORDS.fullmatch(tx.text.strip())
        month = _OPEN_MONTH.fullmatch(tx.value or "")
        if tx.type != "DATE" or words is None or (tx.value is not None and month is None):
            continue
        tx.value = str(year + _STEP[words.group(1).lower()]) + (month.group(1) if month else "")
        tx.anchor = "published"


def open_undated_values(times: list[Timex]) -> None:
    """In place: a DATE whose value is placeholders only gets no value (call only when the report has no date)."""
    for tx in times:
        if tx.type == "DATE" and tx.value and _PLACEHOLDERS.fullmatch(tx.value):
            tx.value, tx.anchor = None, None
