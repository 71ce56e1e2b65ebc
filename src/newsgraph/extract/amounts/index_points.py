"""An index's points are its unit (round 22, issue 17): "the index fell 30 points" is a move of 30 points of the
index, not a count of 30 indexes, and "the Dow closed at 24,000" a level in points. Such figures become measures
in the unit ``point`` (``index.point:-:-``), so that an index never shares a series with counted things. The
index words are data/measure_indexes.tsv; a percent ("the index dropped 2 percent") is left as it is."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ...lexicon import read_tsv
from ...record import measure_key

__all__ = ["index_points"]

# "30 percentage points" is a difference of two percents, set by the scanner; "30 points" after an index's figure
_PERCENTAGE = re.compile(r"[ \t]+(?:percentage|pct\.?)[ \t]+points?\b", re.I)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|")) for row in read_tsv("measure_indexes.tsv")}


def _names_index(obj: str) -> bool:
    words = [w.lower() for w in obj.split()]
    table = _words()
    names, heads = table.get("names", frozenset()), table.get("heads", frozenset())
    return bool(words) and (words[-1] in names or (words[-1] in heads and any(w in names for w in words)))


def index_points(text: str, amounts: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Make each plain count whose object is a stock or price index a measure in the index's points, and key
    the changes they take part in the same way (run after the changes are made: a move's size often has its
    object only from its change)."""
    for a in amounts:
        if a.get("kind") != "count" or a.get("unit") or not a.get("object") or not _names_index(str(a["object"])):
            continue
        if _PERCENTAGE.match(text, a["end"]):
            continue
        a["kind"], a["dimension"], a["unit"] = "measure", "measure", "point"
    moved = {a["change"] for a in amounts if a.get("unit") == "point" and a.get("change")}
    for c in changes:
        if c["id"] in moved and c.get("measure") and _names_index(str(c.get("object") or "")):
            c["measure"] = measure_key(c["object"], c.get("owner"), c.get("location"), dimension="measure",
                                       unit="point")
