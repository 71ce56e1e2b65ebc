"""A weekday or a clock time inside words quoted from an earlier year ("The network reported in April 2013, 'A
paper, delivered to staff on Friday, says ...'") is not a day of the report's week (round 31, issue 17 item 5).

The tagger resolves a weekday and a bare clock time against the publication date. When the text has just named an
earlier year and a quotation opens after it (the words said or written back then), the weekday lies in that earlier
week, which the text does not name: its week is left open (XXXX-WXX-5) and a clock time keeps only its hour
(XXXX-XX-XXT15:00), since an open value beats a wrong one. The frame is the one ``frame_year`` reads for yearless
month-days (the same paragraph, no date told from the present between); outside a quotation the narration comes
back to the report's week too often ("The treaty, signed in 1987, lapsed on Friday") for the frame to hold."""

from __future__ import annotations

import re

from . import patterns as P
from .core import Timex
from .frame_year import CLOSE_QUOTE as _CLOSE_QUOTE
from .frame_year import OPEN_QUOTE as _OPEN_QUOTE
from .frame_year import quoted_in_earlier_frames

# a full weekday name (abbreviations such as "Sat" or "Wed" are words of their own too often to be read here)
_WEEKDAY = re.compile(rf"(?i)\b({P.WEEKDAY_NAME})\b")
# a day resolved against the publication date, with an optional time of day or clock ("2013-04-05TMO")
_DAY_VALUE = re.compile(r"^(\d{4})-\d\d-\d\d(T[\w:]+)?$")
_SINCE = re.compile(r"(?i)\b(?:since|from)\s+$")
_CLOCK_TEXT = re.compile(r"(?i)\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|o['’]clock)|\b(?:noon|midnight)\b")


def open_quoted_weeks(times: list[Timex], text: str) -> None:
    """Leave the week open on weekdays and clock times quoted inside an earlier year's frame (in place)."""
    for tx, opened, frame_end in quoted_in_earlier_frames(times, text, week_opened):
        if not _quote_closes(text, frame_end, tx.start) and not _stretch_to_now(times, text, frame_end):
            tx.value, tx.anchor = opened, None


def week_opened(tx: Timex) -> tuple[int, str] | None:
    """(the year the tagger gave it, the value with its week left open) for a weekday or clock time resolved
    against the publication date, else None (shared with frame_document)."""
    day = _DAY_VALUE.match(tx.value or "")
    if tx.type not in {"DATE", "TIME"} or tx.anchor != "published" or day is None:
        return None
    opened = open_value(tx.text, day.group(2) or "")
    return None if opened is None else (int(day.group(1)), opened)


def _stretch_to_now(times: list[Timex], text: str, frame_end: int) -> bool:
    """The frame's year opens a stretch that lasts to the report ("has campaigned since 2016 and said: 'On Monday
    ...'"): the words quoted after it may be today's."""
    start = next((t.start for t in times if t.end == frame_end), frame_end)
    return _SINCE.search(text, max(0, start - 12), start) is not None


def _quote_closes(text: str, frame_end: int, start: int) -> bool:
    """A quotation closes between the frame's year and the quotation holding the day: the year was said inside
    words quoted before ("'We signed it in 1987,' he said. 'On Monday we meet again.'"), so it frames no later
    quotation; the speaker's new words speak from the report's time."""
    last_open = max((m.start() for m in _OPEN_QUOTE.finditer(text, frame_end, start)), default=frame_end)
    return _CLOSE_QUOTE.search(text, frame_end, last_open) is not None


def open_value(words: str, clock: str) -> str | None:
    """The value with its week left open, or None when the words name neither a weekday nor a clock time."""
    wd = _WEEKDAY.search(words)
    if wd is not None:
        return f"XXXX-WXX-{P.WEEKDAYS[wd.group(1).lower()]}{clock}"
    if clock and _CLOCK_TEXT.search(words):
        return f"XXXX-XX-XX{clock}"
    return None
