"""How a conflict's reason writes its figures, their ranges and the time compared (moved out of conflicts.py)."""

from __future__ import annotations

import math

from .query import Point

__all__ = ["figure_text", "range_text", "when_text"]


def when_text(p: Point, q: Point) -> str:
    """The time two figures are compared for: the stated time, or the publication day(s) of figures told as of it."""
    if not p.as_of_publication:
        return p.when
    if q.as_of_publication and q.day != p.day:  # one story's reports of two days (conflict_evidence)
        return f"{p.day} and {q.day} (as of publication)"
    return str(p.day)


def _number(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


def figure_text(p: Point) -> str:
    """The figure as compared: a stated range or a count read whole ("Stevens and three other Americans" is
    4: the amount's low = high) rather than the number written."""
    if p.low is not None and p.high is not None and p.low <= p.high:
        return _number(p.low) if p.low == p.high else f"{_number(p.low)}–{_number(p.high)}"
    return f"{p.approx + ' ' if p.approx else ''}{_number(p.value)}"


def range_text(r: tuple[float, float]) -> str:
    """A figure's range as compared, an unbounded side written "or more" / "or less"."""
    if math.isinf(r[1]):
        return f"{r[0]:,.4g} or more"  # an unbounded side (no hedge of the table has one)
    if math.isinf(r[0]):
        return f"{r[1]:,.4g} or less"
    return f"{r[0]:,.4g}–{r[1]:,.4g}"
