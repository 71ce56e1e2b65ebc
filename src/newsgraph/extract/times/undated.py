"""Relative dates of a report without a publication date (issue 17, item 5; round 34).

Without a date to count from, "last year", "next week" or "yesterday" can only be written as a value of placeholders
(XXXX, XXXX-WXX, XXXX-XX-XX), which names no year, week or day and reads like a wrong date. Such a value is
left open (None): the expression stays, unresolved. A value that keeps something the text said stays as it is: a
month ("last May": XXXX-05), a weekday (XXXX-WXX-2), a season, a weekend or a part of the day.
"""

from __future__ import annotations

import re

from .core import Timex

__all__ = ["open_undated_values"]

# a value of placeholders only: XXXX, XXXX-XX, XXXX-WXX, XXXX-XX-XX, XXXX-QX, XXX (a decade), XX (a century)
_PLACEHOLDERS = re.compile(r"X{2,4}(?:-(?:W?XX|QX))*")


def open_undated_values(times: list[Timex]) -> None:
    """In place: a DATE whose value is placeholders only gets no value (call only when the report has no date)."""
    for tx in times:
        if tx.type == "DATE" and tx.value and _PLACEHOLDERS.fullmatch(tx.value):
            tx.value, tx.anchor = None, None
