"""Context evidence for a bare surname across reports (issue 16 rule 2): co-mentions and dates.

When a report says only "Pompeo" and the base holds several full-name Pompeos, mention counts decide
only when one dominates. Otherwise the report's context can: the other names it mentions (a full-name
person's row remembers the names most often mentioned beside it, ``evidence["co"]``) and its date (a
person the base has only seen years away from it is no candidate).

Co-mentions are kept by *normalized name*, not by entity id, so that merges and ``rebuild``'s
renumbering leave them valid; each row keeps at most :data:`CO_CAP` of them (the most frequent,
then alphabetical), which bounds the memory per entity. ``rebuild`` records every report's
co-mentions before it resolves any bare name, so the result does not depend on the order of the
reports; an incremental ingest decides with what it has seen so far (README "Order and scale").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

__all__ = ["CO_CAP", "MIN_SHARED", "YEARS_APART", "note_co", "context_pick", "active_near"]

#: co-mentioned names kept per person row
CO_CAP = 8
#: a candidate needs at least this many of the report's names among its co-mentions ...
MIN_SHARED = 2
#: ... and twice as many as the next candidate
#: a candidate whose reports are all more than this many years away from the report's date is dropped
YEARS_APART = 2


class _Row(Protocol):
    evidence: dict[str, dict[str, int]]
    first_date: str | None
    last_date: str | None


def note_co(row: _Row, names: Iterable[str]) -> None:
    """Count ``names`` (normalized, the row's own excluded by the caller) as mentioned beside the row."""
    box = dict(row.evidence.get("co", {}))
    for n in names:
        box[n] = box.get(n, 0) + 1
    if len(box) > CO_CAP:
        box = dict(sorted(box.items(), key=lambda kv: (-kv[1], kv[0]))[:CO_CAP])
    row.evidence["co"] = box


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def active_near(row: _Row, published: str | None) -> bool:
    """Whether the base has seen the row within YEARS_APART years of the report's date (True if unknown)."""
    y, lo, hi = _year(published), _year(row.first_date), _year(row.last_date)
    if y is None or lo is None or hi is None:
        return True
    return lo - YEARS_APART <= y <= hi + YEARS_APART


def context_pick(rows: Mapping[int, _Row], cands: Iterable[int], context: frozenset[str]) -> int | None:
    """The candidate whose co-mentions share the most of the report's names: at least MIN_SHARED,
    and twice as many as the next candidate; else None."""
    if not context:
        return None
    scored = sorted(((sum(1 for n in rows[i].evidence.get("co", {}) if n in context), -i) for i in cands),
                    reverse=True)
    if not scored or scored[0][0] < MIN_SHARED:
        return None
    if len(scored) > 1 and scored[0][0] < 2 * scored[1][0]:
        return None
    return -scored[0][1]
