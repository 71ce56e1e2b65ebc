"""A yearless day inside a frame the text dates earlier ("he became chancellor in January 2015. 'On February
17th, the president said ...'") is not a day of the publication's year.

The tagger resolves a month and day without a year against the publication date. When the text has just named
an earlier year, in the same paragraph and with no date of the present between, and the day opens or sits in
a quotation that starts after that year (words said back then, quoted now), the day belongs to that earlier
stretch of the story; which year it is the text does not say for certain (the frame's year or one after it), so
the year is left open (XXXX-02-17) rather than guessed: an empty year beats a wrong one. Outside a quotation
the narration itself comes back to the present often enough ("Iraq, which had fought Iran since 1980, invaded
Kuwait on Aug. 2"; three such days in TimeBank and AQUAINT) that the publication's year stays."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .core import Timex

#: (the year the tagger gave a time, its value with that left open), or None where the rule leaves it be
Opening = Callable[[Timex], tuple[int, str] | None]

# a month and a day, no year: "February 17th", "Feb. 17", "17 February"
_YEARLESS = re.compile(r"(?i)^(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+\.?)$")
_DAY_VALUE = re.compile(r"^(\d{4})-\d\d-\d\d$")
_YEAR_START = re.compile(r"^(\d{4})")
# how far back the earlier frame's year still governs the day
_REACH = 300


def yearless_day(text: str) -> bool:
    """A month and a day written without a year ("Feb. 17", "17 February")."""
    return bool(_YEARLESS.match(text.strip()))


def open_earlier_frame_years(times: list[Timex], text: str) -> None:
    """Leave the year open on yearless days that follow an earlier year of the text (in place)."""
    for tx, opened, _ in quoted_in_earlier_frames(times, text, _year_opened):
        tx.value, tx.anchor = opened, None


def _year_opened(tx: Timex) -> tuple[int, str] | None:
    """(the year the tagger gave it, the value with the year left open) for a yearless day resolved against the
    publication date, else None."""
    day = _DAY_VALUE.match(tx.value or "")
    if tx.type != "DATE" or tx.anchor != "published" or day is None or not yearless_day(tx.text):
        return None
    return int(day.group(1)), "XXXX" + (tx.value or "")[4:]


def quoted_in_earlier_frames(times: list[Timex], text: str, opening: Opening) -> Iterator[tuple[Timex, str, int]]:
    """(time, its opened value, where the frame's date ends) for each time ``opening`` would open whose frame
    (``frame_year_before``) is of a year before the one the tagger gave it and that stands in a quotation opened
    after the frame's date: the walk ``frame_year`` and ``frame_week`` share (round 32; each had its own loop).
    Lazy, so a time the caller opens before asking for the next is seen as opened by the next one's frame, as in
    one loop."""
    for i, tx in enumerate(times):
        found = opening(tx)
        if found is None:
            continue
        frame = frame_year_before(times, i, text, tx.start)
        if frame is not None and frame[0] < found[0] and quoted_after(text, frame[1], tx.start):
            yield tx, found[1], frame[1]


OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"\u201c]")
CLOSE_QUOTE = re.compile(r"[\"\u201d](?=[\s,.;:!?)\]]|$)")


def quoted_after(text: str, frame_end: int, start: int) -> bool:
    """A quotation opens between the frame's date and the day, and does not close before the day."""
    between = text[frame_end:start]
    opens = [m.end() for m in OPEN_QUOTE.finditer(between)]
    return bool(opens) and not CLOSE_QUOTE.search(between, opens[-1])


def frame_year_before(times: list[Timex], i: int, text: str, start: int) -> tuple[int, int] | None:
    """The year of the last absolute date among ``times[:i]`` shortly before ``start`` in the same paragraph,
    unless a date told from the present ("last week", "Monday") comes between, which brings the story back to now.
    (Neither the times nor the text between are copied: this runs for every yearless day.)"""
    for j in range(i - 1, -1, -1):
        prev = times[j]
        if start - prev.end > _REACH or text.find("\n\n", prev.end, start) != -1:
            return None
        if prev.type != "DATE" or not prev.value:
            continue
        if prev.anchor == "published":
            return None
        year = _YEAR_START.match(prev.value)
        if prev.anchor == "absolute" and year:
            return int(year.group(1)), prev.end
    return None
