"""Round 24: a story told across many divisions, where nearness says nothing (a league's round-up of results).

"Columbus beat Montreal", "Winnipeg defeated Nashville", "Boston beat New Jersey" in one report of scores had read
Columbus, Minnesota, Nashville, Michigan and Boston, New York: each small namesake of a well-known city lay within
reach of another city the report named (Minneapolis' state, Detroit, Buffalo), so nearness and the shared
division lifted it. A report whose places, each read alone, put well-known cities in ``WIDE_DIVISIONS`` or more
first-level divisions tells no local story: there a well-known city's small namesake (see
:func:`resolve._namesakes_of_known_city`) is lifted only by a qualifier or a cue, never by the other names.
A local report ("Paris" beside "Henry County") names one or two divisions and keeps the namesake reading.
"""

from __future__ import annotations

import numpy as np

from .gazetteer import FEATURES, Gazetteer

__all__ = ["WIDE_DIVISIONS", "WIDE_NAMESAKES", "wide_story"]

WIDE_DIVISIONS = 4
#: in a wide story, a well-known city (100,000) holds back namesakes ten times smaller ("Buffalo", Minnesota)
WIDE_NAMESAKES = {"known_city_pop": 100_000, "famous_ratio": 10.0}
_CITY = FEATURES.index("city")
_KNOWN_CITY = 100_000  # the size of places.known's well-known city


def wide_story(gaz: Gazetteer, names: list[str], cands: dict[str, list[int]], base: list[list[float]]) -> bool:
    """Whether the best readings alone of the report's names put well-known cities in many divisions."""
    divisions: set[int] = set()
    for k, b in zip(names, base, strict=True):
        if not b:
            continue
        i = cands[k][int(np.argmax(b))]
        if int(gaz.feature[i]) == _CITY and int(gaz.population[i]) >= _KNOWN_CITY and int(gaz.admin1[i]) >= 0:
            divisions.add(int(gaz.admin1[i]))
    return len(divisions) >= WIDE_DIVISIONS
