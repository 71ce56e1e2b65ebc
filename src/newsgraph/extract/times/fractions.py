"""A fraction of a unit counted back from the report ("half a year ago"), and a count before a clause with no
subject ("spent 18 years before being moved"), review 20.

"half a year ago" in a report of April 2013 is six months earlier, October 2012: shifting by a rounded half year
(zero years) gave the report's own year. The count is restated in the next smaller unit when it is whole there
(months for years, days for weeks); otherwise the date is left without a value. "18 years before being
transferred" is how long something lasted before an act, the way "it was years before" is (no date)."""

from __future__ import annotations

import re

__all__ = ["GERUND_AFTER", "finer_steps"]

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
