"""Round 31: a first-level division's own name against its homonyms (``resolve``).

* "the former Alabama governor" in a report that names New York and Rochester had read Alabama, New York (1,818
  people): the towns of the state named near them, and the state's vote, outweighed the state itself. A name that
  is a division's own name means that division; a town or county of the same country bearing it, ``famous_ratio``
  times smaller, is read only on its own merits (a qualifier, "Alabama, N.Y."; a cue, "the town of Alabama"),
  never lifted by the story or by the big cities near it (:func:`state_namesakes`), unless the report names
  small places near it (:func:`held_namesakes`). A bigger town keeps the story's help ("Delaware", Ohio,
  40,000 people, in a report from central Ohio).
* "a news conference in New York", "the New York police": a division named like a city of its own (New York)
  reads the division alone, but words of a city read the city (:func:`own_city`, data/place_city_cues.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from ...lexicon import words_by_kind
from .gazetteer import FEATURES, Gazetteer, distances_km, name_key

__all__ = ["state_namesakes", "held_namesakes", "own_city", "city_words"]

_ADMIN1 = FEATURES.index("admin1")
_COUNTRY = FEATURES.index("country")
_STATES = frozenset({_ADMIN1, _COUNTRY})
_CITY = FEATURES.index("city")
_SMALL = frozenset({FEATURES.index("city"), FEATURES.index("locality"), FEATURES.index("admin2")})
_COUNTY = FEATURES.index("admin2")
_LOCAL_POP = 100_000  # a place this small, named in a report, makes it local (places.known's well-known city)


def state_namesakes(gaz: Gazetteer, k: str, ids: list[int], ratio: float) -> set[int]:
    """The towns and counties of name ``k`` that a same-country division of that own name dominates."""
    states = [i for i in ids if int(gaz.feature[i]) in _STATES and name_key(gaz.names[i]) == k]
    out: set[int] = set()
    for s in states:
        big = int(gaz.population[s])
        # a country's own name holds its small namesakes abroad too (round 32: "the US-Mexico border" in a
        # report naming New York had read Mexico, N.Y., "the cartoons in Denmark" Denmark, S.C.)
        abroad = int(gaz.feature[s]) == _COUNTRY
        out |= {i for i in ids if int(gaz.feature[i]) in _SMALL and (gaz.country[i] == gaz.country[s]) != abroad
                and int(gaz.population[i]) * ratio <= big}
    return out


def held_namesakes(gaz: Gazetteer, names: list[str], cands: dict[str, list[int]], base: list[list[float]],
                   ratio: float, near_km: float, gap: float,
                   quiet: dict[str, set[int]] | None = None) -> dict[str, set[int]]:
    """Per name, its :func:`state_namesakes` that no small place of the report lies near.

    "an accident just west of Kansas on Route 16" in a report that names Edgar County and Charleston, Illinois is
    Kansas, Illinois (LGL): a county, or a town under ``_LOCAL_POP``, within ``near_km`` of the namesake (any
    plausible reading of another name: within ``gap`` of its best) tells a local story, and there the namesake
    keeps the story's help. Big cities do not: Buffalo and Rochester in a report are no sign that "Alabama" is
    the hamlet between them. Nor does a reading of ``quiet`` (round 31: a well-known city's small namesake,
    ``resolve._namesakes_of_known_city``): "the Boston bombs" in a New York report is plausible as Boston, N.Y.
    only because of the state's name, and that village near Alabama, N.Y. had read "former Alabama Gov." as
    the hamlet, which in turn lifted the village over Boston, Massachusetts.
    """
    local: list[tuple[str, int]] = []
    for k, b in zip(names, base, strict=True):
        top = max(b, default=0.0)
        mute = quiet.get(k, set()) if quiet else set()
        local += [(k, i) for i, sc in zip(cands[k], b, strict=True)
                  if sc >= top - gap and _small(gaz, i) and i not in mute]
    out: dict[str, set[int]] = {}
    for k, ids in cands.items():
        held = state_namesakes(gaz, k, ids, ratio)
        pts = np.array([i for kk, i in local if kk != k], dtype=np.int64)
        if held and len(pts):
            idx = np.array(sorted(held), dtype=np.int64)
            d = distances_km(gaz.lat[idx], gaz.lon[idx], gaz.lat[pts], gaz.lon[pts])
            held = {int(i) for i, close in zip(idx, d.min(axis=1) < near_km, strict=True) if not close}
        out[k] = held
    return out


def _small(gaz: Gazetteer, i: int) -> bool:
    f = int(gaz.feature[i])
    return f == _COUNTY or (f in _SMALL and int(gaz.population[i]) < _LOCAL_POP)


def own_city(gaz: Gazetteer, ids: list[int], primary: set[int], known_pop: float) -> int | None:
    """The well-known city (``known_pop``) inside a division whose own name it bears ("New York"), if any.

    The city may bear it as an alternate name only (GeoNames calls it "New York City"): inside the division
    that bears the name as its own, that is the city a writer names so."""
    states = {int(gaz.admin1[i]) for i in ids if int(gaz.feature[i]) == _ADMIN1 and i in primary}
    cities = [i for i in ids if int(gaz.feature[i]) == _CITY and int(gaz.admin1[i]) in states
              and int(gaz.population[i]) >= known_pop]
    return max(cities, key=lambda i: int(gaz.population[i])) if cities else None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = words_by_kind("place_city_cues.tsv")

    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    after = re.compile(rf"^(?:['’]s)?\s+(?:{alt(kinds['after'])})\b", re.I)
    before = re.compile(rf"(?:^|\W)(?:{alt(kinds['before'])})\s+$", re.I)
    return after, before


def city_words(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at [start, end) tell a city ("New York police", "based in New York")."""
    after, before = _patterns()
    if text[end : end + 1] == "-" and text[end + 1 : end + 6].lower() == "based":
        return True  # "a New York-based group"
    return bool(after.match(text[end : end + 24]) or before.search(text[max(0, start - 30) : start]))
