"""Day words of a story told the day before its publication date (round 35, issue 17 point 5).

A report posted after midnight keeps the next day's date while its story is the evening before: "not until
Wednesday night did he embrace that vision ... 'Tonight, I ask for your support,' Obama said", dated Thursday.
The rules count "today", "tonight", "tomorrow" from the publication day, so the speech's "tonight" became
Thursday night. Two signs say the story's day is the day before, and each moves only what it can vouch for:

* the dateline names that day ("WASHINGTON, Sept. 10 --" on a report dated Sept. 11): the report was written
  then, so every day word counted from the publication moves back one day;
* the report names that day by its weekday (a plain weekday resolved to the day before) and never names the
  publication day itself (no weekday, date or other time of that day but the day words): then a day word
  inside a quotation, said at the story's events, moves back one day. The reporter's own day words outside
  quotations keep the publication day (a report may be updated the morning after), a report that also
  names its own day ("said on Thursday") keeps every value, and so does a quotation after a time of another
  month or year ("more than 40 years ago, Nixon predicted ...: 'Tonight we'll ...'").

Only a day word still on its publication-day value moves: one the speech rules already put on a day of
speaking (narrated_day) is left as it is.
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .core import Ctx, Timex
from .narrated_day import quotation_at
from .normalize import day_value

__all__ = ["day_words_of_eve", "shift_day_words"]

# the day words the rules count from the publication day, with the day each gives (today = 0)
_DAY_WORDS = re.compile(
    r"(?i)^(?:(today|tonight|this\s+(?:morning|afternoon|evening))|(tomorrow|yesterday))"
    r"(?:,?\s+(?:morning|afternoon|evening|night))?$")
_SHIFT = {"tomorrow": 1, "yesterday": -1}
_PLAIN_WEEKDAY = re.compile(rf"(?i)^(?:on\s+)?{P.WEEKDAY_NAME}(?:\s+(?:morning|afternoon|evening|night))?$")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")


def _word_shift(tx: Timex) -> int | None:
    """For a day word counted from the publication day, how many days after it the word lies; else None."""
    m = _DAY_WORDS.match(tx.text.strip())
    if m is None or tx.anchor != "published" or tx.type not in {"DATE", "TIME"}:
        return None
    return 0 if m.group(1) else _SHIFT[m.group(2).lower()]


def _day(tx: Timex) -> str | None:
    m = _DAY.match(tx.value or "") if tx.type in {"DATE", "TIME"} else None
    return m.group(1) if m else None


def shift_day_words(times: list[Timex], pub: dt.date, quoted_only: bool, text: str = "") -> int:
    """Moves day words still counted from ``pub`` back one day (in place); with ``quoted_only``, only those
    inside a quotation of ``text``. Returns how many moved."""
    moved = 0
    for tx in times:
        shift = _word_shift(tx)
        if shift is None or _day(tx) != day_value(pub + dt.timedelta(days=shift)):
            continue
        if quoted_only and (quotation_at(text, tx.start, tx.end) is None or _told_of_other_time(times, tx, pub)):
            continue
        tx.value = day_value(pub + dt.timedelta(days=shift - 1)) + (tx.value or "")[10:]
        moved += 1
    return moved


_CALENDAR = re.compile(r"^\d{4}")


def _told_of_other_time(times: list[Timex], tx: Timex, pub: dt.date) -> bool:
    """The nearest earlier time with a calendar value lies outside the month of the report and of its eve: the
    quotation is of that time ("more than 40 years ago, Nixon predicted it: 'Tonight we'll ...'")."""
    months = {pub.isoformat()[:7], (pub - dt.timedelta(days=1)).isoformat()[:7]}
    before = [t for t in times if t.end <= tx.start and _CALENDAR.match(t.value or "") and t.type in {"DATE", "TIME"}]
    return bool(before) and (before[-1].value or "")[:7] not in months


def day_words_of_eve(times: list[Timex], ctx: Ctx) -> None:
    """Quoted day words of a story the report tells only by the day before its date move to that day."""
    if ctx.pub is None:
        return
    today, eve = day_value(ctx.pub), day_value(ctx.pub - dt.timedelta(days=1))
    names_eve = False
    for tx in times:
        if _word_shift(tx) is not None:
            continue
        day = _day(tx)
        if day == today:
            return  # the report names its own day: its quotations may be of that day
        if day == eve and tx.anchor == "published" and _PLAIN_WEEKDAY.match(tx.text.strip()):
            names_eve = True
    if names_eve:
        shift_day_words(times, ctx.pub, quoted_only=True, text=ctx.text)
