"""A name in a list of countries is the country ("Ukraine, Bosnia and Herzegovina, and Georgia have asked to join"):
round 25's start review saw Georgia placed in the US state because the report named the United States ten times.
A list is toponyms written one after another with only a comma, "and" or "or" between them; when every other member
of the list resolved to a country and the name has a country reading of its own name, that reading wins."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .gazetteer import FEATURES, Gazetteer, name_key

__all__ = ["countries_in_lists"]

_COUNTRY = FEATURES.index("country")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


class _Span(Protocol):
    start: int
    end: int
    text: str


def _list_runs(text: str, toponyms: Sequence[_Span]) -> list[list[int]]:
    """Indexes of toponyms grouped into runs that only list separators join."""
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    runs: list[list[int]] = []
    for i in order:
        if runs and _LIST_GAP.fullmatch(text[toponyms[runs[-1][-1]].end : toponyms[i].start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 3]


def countries_in_lists(text: str, toponyms: Sequence[_Span], names: list[str], cands: dict[str, list[int]],
                       choice: list[int], gaz: Gazetteer) -> None:
    """Set ``choice`` (an index into ``cands[name]`` per toponym) to the country reading for a list member whose
    fellow members (two or more) all chose countries."""
    def is_country(i: int) -> bool:
        ids = cands.get(names[i]) or []
        return 0 <= choice[i] < len(ids) and gaz.feature[ids[choice[i]]] == _COUNTRY

    for run in _list_runs(text, toponyms):
        for i in run:
            if is_country(i) or not all(is_country(j) for j in run if j != i):
                continue
            ids = cands.get(names[i]) or []
            own = [n for n, e in enumerate(ids) if gaz.feature[e] == _COUNTRY and name_key(gaz.names[e]) == names[i]]
            if own:
                choice[i] = own[0]
