"""What the place rules ask of a name beside the gazetteer's readings, written once (round 19): whether a
well-known place bears it, and whether a locative preposition stands before it. Read by the toponym rules
(places/__init__.py) and by the surname test (places/persons.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import FEATURES, Gazetteer

__all__ = ["AREAS", "LOCATIVE_BEFORE", "LOCATIVE_THE_BEFORE", "well_known"]

AREAS = frozenset({"continent", "country", "admin1", "region"})
# "well known" for a city: NER misses or mislabels it only now and then, and below this size many city
# names are also common words or surnames ("Mobile" is 190,000, "Bath" 90,000)
_KNOWN_CITY_POPULATION = 100_000
_LOCATIVE = r"\b(?:in|at|from|near|to|outside|across|around|into|toward|towards)\s+"
# a locative preposition just before a name ("in Manbij"); the surname test also lets "the" stand between
# ("in the Kerry" is no one's surname)
LOCATIVE_BEFORE = re.compile(_LOCATIVE + "$")
LOCATIVE_THE_BEFORE = re.compile(_LOCATIVE + r"(?:the\s+)?$")


@lru_cache(maxsize=50_000)
def well_known(gaz: Gazetteer, name: str, as_written: bool = False) -> bool:
    """A country, division, continent or region, or a city of 100,000 or more, by its own name (``as_written``:
    that name spelled exactly so, not through a folded spelling: "Bush" is not "Būsh"). Remembered (the
    gazetteer is read-only once loaded): every capitalized run of a report is asked, the same ones in every
    report ("The", "Trump"), and the entity typing and the surname test ask again."""
    for i in gaz.lookup_primary(name):
        if as_written and gaz.names[i] != name:
            continue
        f = FEATURES[int(gaz.feature[i])]
        if f in AREAS or (f == "city" and int(gaz.population[i]) >= _KNOWN_CITY_POPULATION):
            return True
    return False
