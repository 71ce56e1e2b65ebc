"""A fraction of a unit counted back from the report ("half a year ago"), and a count before a clause with no
subject ("spent 18 years before being moved"), review 20.

"half a year ago" in a report of April 2013 is six months earlier, October 2012: shifting by a rounded half year
(zero years) gave the report's own year. The count is restated in the next smaller unit when it is whole there
(months for years, days for weeks); otherwise the date is left without a value. "18 years before being
transferred" is how long something lasted before an act, the way "it was years before" is (no date)."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .core import Timex, unit_of
from .normalize import duration_value, shift_value

__all__ = ["GERUND_AFTER", "add_halves", "finer_steps"]

# the next smaller unit and how many of it make one: years -> months, weeks -> days (hours would need a clock)
_FINER = {"Y": ("M", 12), "W": ("D", 7)}
# "before being moved", "before leaving": a clause without a subject follows the count
GERUND_AFTER = re.compile(r"[ \t]+(?i:before)[ \t]+(?:being|having|[a-z]+ing)\b")


def finer_steps(letter: str, count: float) -> tuple[str, int] | None:
    """(unit letter, whole steps) for a fractional count of ``letter`` units, or None when none is whole."""
    if count == round(count):
        return letter, round(count)
    finer = _FINER.get(letter)
    if finer is None:
        return None
    scaled = count * finer[1]
    return (finer[0], round(scaled)) if abs(scaled - round(scaled)) < 1e-9 else None


# "a year and a half", "the past decade-and-a-half": half a unit more than the unit the span ends on (round 27)
# "an hour and a half later" is a span of 90 minutes the way "two hours later" is one of two hours (round 34: the
# half had been dropped); "ago" is a date (below) and "from now" one ahead that is left alone
_AND_A_HALF = re.compile(r"[ \t-]+and[ \t-]+a[ \t-]+half\b(?![ \t]+(?i:ago|from))")
_HALF_AGO = re.compile(r"[ \t-]+and[ \t-]+a[ \t-]+half[ \t]+ago\b")
_ONE_UNIT = re.compile(r"(?i)(?:.*\s)?(?:a|an|one|the\s+(?:past|last|next|coming|first|previous|following))[\s-]+"
                       r"(?P<unit>[a-z]+)$")


def add_halves(times: list[Timex], text: str, pub: dt.date | None) -> None:
    """In place: a one-unit DURATION followed by "and a half" becomes one and a half units ("spent a year and a
    half in jail" is P1Y6M, "over the past decade-and-a-half" P15Y; the half had been left out), and with "ago"
    the date that far back ("a year and a half ago" in a June 2019 report: 2017-12), when it is whole in the
    next smaller unit."""
    for tx in times:
        if tx.type != "DURATION" or tx.value is None or "X" in tx.value:
            continue
        one = _ONE_UNIT.fullmatch(tx.text)
        half = _AND_A_HALF.match(text, tx.end)
        ago = None if half else _HALF_AGO.match(text, tx.end)
        if one is None or (half or ago) is None or unit_of(one["unit"]) not in P.UNITS:
            continue
        letter, mult, clock = P.UNITS[unit_of(one["unit"])]
        if one["unit"].lower().endswith("s") or duration_value(1, letter, mult, clock) != tx.value:
            continue
        if ago is not None:
            steps = finer_steps(letter, 1.5 * mult)
            if pub is None or clock or steps is None or not tx.text.lower().startswith(("a ", "an ", "one ")):
                continue  # ("the past year and a half ago" is no date; "a day and a half ago" has no whole day)
            tx.end = ago.end()
            tx.text = text[tx.start : tx.end]
            tx.type, tx.value, tx.anchor = "DATE", shift_value(pub, steps[0], -steps[1], False), "published"
            continue
        tx.end = half.end()  # type: ignore[union-attr]
        tx.text = text[tx.start : tx.end]
        tx.value = duration_value(1.5, letter, mult, clock)
