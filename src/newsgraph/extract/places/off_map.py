"""Round 24: a town's name that the report means as something off the map, by its own words ("Jupiter" in a report
on NASA's landers, "Brent" beside crude oil prices): data/place_context_non_places.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv

__all__ = ["names_a_thing", "off_the_map"]


@lru_cache(maxsize=1)
def _table() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for row in read_tsv("place_context_non_places.tsv"):
        words = "|".join(re.escape(w.strip()) for w in row[1].split("|") if w.strip())
        out[row[0].lower()] = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    return out


@lru_cache(maxsize=4)
def _found(text: str, name: str) -> bool:
    return bool(_table()[name].search(text))


def off_the_map(text: str, name: str) -> bool:
    """Whether ``name`` (as written, "the" and a possessive cut) is one of the table's and ``text`` writes one
    of its context words."""
    key = re.sub(r"^the\s+|['’]s?$", "", name.lower()).strip()
    return key in _table() and _found(text, key)


@lru_cache(maxsize=1)
def _things() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for row in read_tsv("place_named_things.tsv"):
        words = "|".join(re.escape(w.strip()) for w in row[1].split("|") if w.strip())
        out[row[0].lower()] = re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)
    return out


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Round 26: the name at ``start:end`` and the word after it name a thing (data/place_named_things.tsv:
    "Brussels sprouts", "Brazil nuts"), not the place."""
    pattern = _things().get(text[start:end].lower())
    return pattern is not None and bool(pattern.match(text, end))
