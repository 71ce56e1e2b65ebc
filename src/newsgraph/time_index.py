"""The time expressions of one record, indexed by value and by place.

Both the amounts extractor (which time a figure's stretch or running total starts at, and what follows it:
:mod:`newsgraph.extract.amounts.totals`) and the knowledge base (the modifier of a point's time,
:mod:`newsgraph.kb.measures`) ask "the time with this value nearest this figure"; one index answers both, so
that the two read the same time. Built once per record: scanning every time for every fact was quadratic (a
20 MB report holds ~200,000 of each). Imports only the record models.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .record import Time

__all__ = ["TimeIndex", "TimeRow"]

#: (start, index in the record, modifier, end) of one time expression
TimeRow = tuple[int, int, str | None, int]


class TimeIndex:
    """The time expressions of one record by value (nearest to a place) and by place (the next one)."""

    def __init__(self, times: Sequence[Time]) -> None:
        self.by_value: dict[str | None, tuple[list[int], list[TimeRow]]] = {}
        groups: dict[str | None, list[TimeRow]] = {}
        for i, t in enumerate(times):
            groups.setdefault(t.value, []).append((t.start, i, t.mod, t.end))
        for value, rows in groups.items():
            rows.sort()
            self.by_value[value] = ([r[0] for r in rows], rows)
        # sorted by place only: two times at one place may differ in a value or modifier that is None
        self.all = sorted(((t.start, t.end, t.value, t.mod) for t in times), key=lambda r: (r[0], r[1]))
        self.all_starts = [r[0] for r in self.all]

    def next_after(self, end: int) -> tuple[int, int, str | None, str | None] | None:
        """The first time expression that starts at or after ``end``: (start, end, value, modifier)."""
        k = bisect_left(self.all_starts, end)
        return self.all[k] if k < len(self.all) else None

    def first_from(self, value: str | None, pos: int) -> TimeRow | None:
        """The first time expression with this value that starts at or after ``pos``."""
        got = self.by_value.get(value)
        if got is None:
            return None
        starts, rows = got
        k = bisect_left(starts, pos)
        return rows[k] if k < len(rows) else None

    def mod_of(self, value: str | None, at: int) -> str | None:
        row = self.nearest(value, at)
        return None if row is None else row[2]

    def nearest(self, value: str | None, at: int) -> TimeRow | None:
        """The time expression with this value nearest to ``at``: (start, index, modifier, end)."""
        got = self.by_value.get(value)
        if got is None:
            return None
        starts, rows = got
        k = bisect_left(starts, at)
        dist = min(abs(starts[j] - at) for j in (k - 1, k) if 0 <= j < len(starts))
        # every time at that distance, before or after ``at``; the first in the record wins a tie
        near = [rows[j] for pos in {at - dist, at + dist}
                for j in range(bisect_left(starts, pos), bisect_right(starts, pos))]
        return min(near, key=lambda r: r[1])
