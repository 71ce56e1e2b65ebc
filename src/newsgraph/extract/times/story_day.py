"""A weekday the day after the report's, in a story that has already told the report's day as past (review 21).

Web reports keep the date they were first posted on while the story is updated: "The jet lost contact Sunday ...
The search resumed after dawn Monday", dated Sunday, tells of the Monday after, not of the one six days before.
Only when the text has first told its own weekday (the report's day) does a later bare weekday of the next day,
in a simple past clause, move forward; a past perfect ("had formed Monday") keeps the week before.
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .core import Ctx, Timex
from .normalize import day_value

__all__ = ["next_day_after_report"]

_BARE_DAY = re.compile(P.CAPITAL_WEEKDAY)
_PERFECT = re.compile(r"\b(?:had|'d)\b(?:\s+\w+ly)?\s+(?:been\s+)?\w+(?:ed|en|wn|un|ft|lt|nt|ne)\b")
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s")


def next_day_after_report(times: list[Timex], ctx: Ctx) -> None:
    """Moves such weekdays (in place) from six days before the report to the day after it."""
    pub, text = ctx.pub, ctx.text
    if pub is None:
        return
    today, week_back = day_value(pub), day_value(pub - dt.timedelta(days=6))
    told_today = False
    for tx in times:
        if tx.type != "DATE" or not _BARE_DAY.fullmatch(tx.text):
            continue
        if tx.value == today:
            # told as past: a report's "the summit opens Sunday" is no story of that day yet
            told_today = told_today or ctx.tense(tx.start, tx.end) == "PAST"
        elif told_today and tx.value == week_back and not _perfect_before(text, tx.start) \
                and ctx.tense(tx.start, tx.end) == "PAST":
            tx.value = day_value(pub + dt.timedelta(days=1))


def _perfect_before(text: str, start: int) -> bool:
    """A past perfect in the sentence before the weekday ("It had formed Monday")."""
    lo = max(0, start - 200)
    ends = list(_SENT_END.finditer(text, lo, start))
    return _PERFECT.search(text, ends[-1].end() if ends else lo, start) is not None
