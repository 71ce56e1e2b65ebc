"""A week word told from a fully dated day the sentence has just named (round 36, issue 17 point 5, a review's
class: "this week" anchored on the report instead of the narrated day).

"On Sept. 3, 2019, the minister told parliament that talks would resume this week" speaks of the week of Sept. 3,
2019, not of the report's. The tagger counts "this week", "last week" and "next week" from the publication date.
When the same sentence has just named a day with its year written out ("Sept. 3, 2019") that lies in an earlier
week than the report's, a past verb of saying stands between (the week word is reported from that day: "A treaty
signed on Sept. 3, 2019, and talks resume this week" is the report's week) and no other time, the week word
counts from that day.
Only a day with a written year: a weekday ("on Sunday ... last week's killing") is near the report, and on read
reports the week words after one were the report's weeks (5 of 5, round 36), so those are left as they are."""

from __future__ import annotations

import datetime as dt
import re

from .core import Timex
from .narrated_day import SENT_END, said_between

__all__ = ["weeks_of_narrated_days"]

_WEEK_WORDS = re.compile(r"(?i)^(?:(?:earlier|later)\s+)?(this|last|next)\s+week$")
_STEP = {"this": 0, "last": -1, "next": 1}
_FULL_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)$")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# how far into its sentence the day may stand ("In a letter dated Sept. 3, 2019")
_LEAD = 30
_WORD = re.compile(r"[a-z]+")
# what a verb of saying opens: a clause of "that" or a quotation
_CLAUSE_OPENS = re.compile(r"\bthat\b|[\"\u201c]")
_RELATIVE = re.compile(r"(?i)\b(?:who|which|whose|whom)\b")


def weeks_of_narrated_days(times: list[Timex], text: str, pub: dt.date | None) -> None:
    """In place: a week word after a fully dated earlier day of its own sentence takes that day's week."""
    if pub is None:
        return
    for i, tx in enumerate(times):
        words = _WEEK_WORDS.match(tx.text.strip())
        if tx.type != "DATE" or tx.anchor != "published" or words is None:
            continue
        day = _narrated_day(times, i, text)
        if day is None or day.isocalendar()[:2] >= pub.isocalendar()[:2]:
            continue
        year, week, _ = (day + dt.timedelta(weeks=_STEP[words.group(1).lower()])).isocalendar()
        tx.value, tx.anchor = f"{year}-W{week:02d}", "text"


def _narrated_day(times: list[Timex], i: int, text: str) -> dt.date | None:
    """The day of the last time before ``times[i]`` in its sentence when that is a day with its year written out
    and a verb of saying follows it; None when a sentence ends or another time comes first."""
    if i == 0:
        return None
    prev = times[i - 1]
    day = _FULL_DAY.match(prev.value or "")
    if prev.type != "DATE" or prev.anchor != "absolute" or day is None or not _WRITTEN_YEAR.search(prev.text):
        return None
    if SENT_END.search(text, prev.end, times[i].start) or not _reported_from(text, prev, times[i].start):
        return None
    return dt.date.fromisoformat(day.group(1))


def _reported_from(text: str, day: Timex, start: int) -> bool:
    """The day opens its sentence ("On Sept. 3, 2019, ...", "In a letter dated Sept. 3, 2019, ...": it dates the
    main clause), a verb of saying follows with no relative clause before it ("The minister, who resigned on ...,
    said" speaks now), and a "that" or a quotation opens after the verb, before the week word ("said this week"
    dates the saying itself, in the report's week)."""
    opening = text[max(0, day.start - _LEAD) : day.start]
    if not SENT_END.search(opening) and day.start > _LEAD and "\n" not in opening:
        return False
    verb = next((w for w in _WORD.finditer(text, day.end, start) if said_between(text, w.start(), w.end())), None)
    return (verb is not None and _CLAUSE_OPENS.search(text, verb.end(), start) is not None
            and not _RELATIVE.search(text, day.end, verb.start()))
