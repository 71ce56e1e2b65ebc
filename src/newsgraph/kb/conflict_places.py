"""The place of a toll told without one, read from its kb story, for the conflict search only (round 23).

A toll (deaths, injured, arrests: an outcome of data/measure_verbs.tsv) whose key names no place
("deaths:-:-") is never compared: alone, it may be of any attack anywhere. But a report of a kb story tells the
story's happening, and news often gives the toll without repeating the country its other sentences, or the other
reports of the story, name ("used chemical weapons to kill more than 1,000 people" in a story whose other tolls are
all ``deaths:-:SYR``). Round 23's finder (pairs of one object in one story's reports, whatever their keys say) found
the rival Ghouta estimates of 2013-08-21 kept apart this way: "at least 213", "nearly 500" and "more than 1,000"
were keyless, "more than 200" was in ``deaths:-:SYR``.

So, for comparison only, such a toll stands in the series of the one place that the story's located points of
the same object name, keeping its owner (``deaths:-:-`` -> ``deaths:-:SYR``, ``deaths:USA:-`` -> ``deaths:USA:SYR``);
when the story's tolls of that object name two places or none, it stays keyless and is compared with nothing.
Refugees and migrants without a host keep their key: such a count is of every host at once, not of the one the
story names. The stored point keeps its own key (its timeline is unchanged); every other rule of the conflict search (one day,
one group, parts, the default listing) applies as to any other point.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from ..record import key_parts
from ..store import schema as t
from .query import Point

__all__ = ["story_keys", "unplaced", "with_unplaced", "points_filter"]


def unplaced(key: str) -> str | None:
    """The key a toll of this series has when its report names no place: ``deaths:-:SYR`` -> ``deaths:-:-``;
    None for a key without a place."""
    obj, owner, loc = key_parts(key)
    return None if loc == "-" else f"{obj}:{owner}:-"


def with_unplaced(keys: Iterable[str]) -> set[str]:
    """``keys`` and the key without a place of each (whose points may stand in them for the conflict search)."""
    out = set(keys)
    out.update(u for k in list(out) if (u := unplaced(k)) is not None)
    return out


def points_filter(measure: str, needs_a_place: Callable[[str], bool]) -> Any:
    """The points to read for one series' conflicts: the series' own, or, when its key without a place is one
    ``needs_a_place`` accepts (a toll's: as in :func:`story_keys`), every point of its object (the story's other
    tolls decide where an unplaced one stands; the caller keeps those that stand in ``measure``)."""
    col = t.points.c.measure
    bare = unplaced(measure)
    if bare is None or not needs_a_place(bare):
        return col == measure  # no other key's point can stand in this series: read only its own
    return col.like(key_parts(measure)[0] + ":%")


def story_keys(points: list[Point], story_of: Callable[[str], int | None],
               needs_a_place: Callable[[str], bool]) -> list[str]:
    """Each point's key for the conflict search: its own, or for a key ``needs_a_place`` accepts (a toll without
    a place) in a report of a story whose located points of that object name exactly one place, the key with
    that place."""
    places: dict[tuple[int, str], set[str]] = defaultdict(set)
    for p in points:
        obj, _owner, loc = key_parts(p.measure)
        sid = story_of(p.article_id)
        if loc != "-" and sid is not None:
            places[(sid, obj)].add(loc)
    out = []
    for p in points:
        key = p.measure
        if needs_a_place(key):
            obj, owner, _loc = key_parts(key)
            sid = story_of(p.article_id)
            found = places.get((sid, obj), set()) if sid is not None else set()
            if len(found) == 1:
                key = f"{obj}:{owner}:{next(iter(found))}"
        out.append(key)
    return out
