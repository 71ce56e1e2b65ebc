"""Round 32: readings of the wrong referent that the name's own shape rules out (``resolve``, ``places``).

* "Mexico said it would send troops ... officials in Mexico City said": the State of Mexico (a division of the
  country, near Mexico City) had taken the country's name on nearness. A country's own name is the country
  against every other entry of that country bearing the name (:func:`country_namesakes`): the story and the
  other names lift none of them; a cue ("the state of Mexico") or a qualifier still reads the division.
* "a man from Spokane, Washington ... the White House in Washington": both were the capital, one place. A name
  that qualifies the place before it (:func:`qualifying_names`) is the division or country it names there,
  whatever the story's other mentions of the name are.
* "the Gare du Nord": a capitalized word and a Romance connector before a name make it part of a longer name
  (a station, a street, a square), no place of its own (:func:`romance_name_part`); it had read Nord, Haiti.
* "Longpont" (a village of Aisne) had read Longpont-sur-Orge, whose alternate name "Longpont" is a shortening
  of its own: a village reached only through such a shortening is another commune as often as not, and an
  empty answer beats a wrong one (:func:`shortened_village`).
* "senators from Michigan, Oregon, Ohio and Texas": a division's name a comma after another one is a list, not a
  town and its qualifier (:func:`listed_division`; Oregon, Ohio had been read).

Elsewhere in round 32: a country's small namesakes abroad (Mexico, N.Y.; Denmark, S.C.) are held like a state's
(``states.state_namesakes``); "the Deep State" looks up no village through the bare name before "State", and
"the GAO" is no Gao, Mali (``resolve._candidates``, ``resolve._spells``); a reporter's sign-off opening a sentence
("Jackson reported from ...") is a person (``places._person_cue``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .gazetteer import FEATURES, TOWN_FEATURES, Gazetteer, name_key

__all__ = ["country_namesakes", "qualifying_names", "listed_division", "romance_name_part", "shortened_village",
           "minor_readings"]

_COUNTRY = FEATURES.index("country")
_OWN_DIVISIONS = frozenset({_COUNTRY, FEATURES.index("admin1")})
_LOCALITY = FEATURES.index("locality")
_REGIONS = frozenset({FEATURES.index("region"), FEATURES.index("continent")})
_VILLAGES = frozenset({_LOCALITY, FEATURES.index("admin2")})
# "Gare du Nord", "Place de la Concorde", "Gare de Lyon": a capitalized word, then a connector of a French,
# Spanish, Italian or Portuguese name, right before the place name (one space each)
_ROMANCE_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'’-]+ (?:du|de|des|de la|del|della|di|do|da|dos|das) $")
_SEPARATOR = re.compile(r",[ \t]+")


class _Span(Protocol):
    start: int
    end: int


def minor_readings(gaz: Gazetteer, k: str, ids: list[int]) -> set[int]:
    """The towns of a name that a region's reading dominates: the story and the other names never lift them.

    "Middle East", "Balkans": a region's or a continent's own name is that area unless a qualifier or a cue
    names a town; a report that names many US places had put the Middle East in Maryland (1,872 people).
    "Pacific", "Atlantic": a region's alternate name dominates villages (under 15,000 people) and counties
    named after it (Pacific County), not cities ("Gaza" is Gaza City as often as the Strip). (Moved here from
    ``resolve`` in round 32.)
    """
    own = alt = False
    for i in ids:
        if int(gaz.feature[i]) in _REGIONS:
            if name_key(gaz.names[i]) == k:
                own = True
            else:
                alt = True
    if own:
        return {i for i in ids if int(gaz.feature[i]) in TOWN_FEATURES}
    if alt:
        return {i for i in ids if int(gaz.feature[i]) in _VILLAGES}
    return set()


def country_namesakes(gaz: Gazetteer, k: str, ids: list[int]) -> set[int]:
    """The entries of name ``k`` inside a country whose own name ``k`` is (the State of Mexico for "Mexico")."""
    countries = {int(gaz.country[i]) for i in ids if int(gaz.feature[i]) == _COUNTRY and name_key(gaz.names[i]) == k}
    if not countries:
        return set()
    return {i for i in ids if int(gaz.feature[i]) != _COUNTRY and int(gaz.country[i]) in countries}


def qualifying_names(text: str, toponyms: Sequence[_Span], names: list[str], cands: dict[str, list[int]],
                     quals: list[int | None], lifted: list[bool]) -> list[tuple[int, int]]:
    """(mention, candidate index) pairs: a mention right after another one and a comma that names the
    division or country the qualifier lifted a reading of the first one into ("Spokane, Washington" is the
    state). ``lifted[n]``: mention ``n``'s qualifier lifted one of its readings (so no list of cities,
    "New York, Washington and Chicago", where the first name has no reading inside the second, counts)."""
    out = []
    for n in range(1, len(toponyms)):
        q = quals[n - 1]
        if q is None or not lifted[n - 1] or q not in cands[names[n]]:
            continue
        if _SEPARATOR.fullmatch(text, toponyms[n - 1].end, toponyms[n].start):
            out.append((n, cands[names[n]].index(q)))
    return out


def listed_division(gaz: Gazetteer, text: str, toponyms: Sequence[_Span], n: int, names: list[str],
                    cands: dict[str, list[int]]) -> bool:
    """Mention ``n`` follows, a comma away, another division's or country's own name, and is one itself: a list
    ("Michigan, Oregon, Ohio and Texas" had read Oregon, Ohio, a town), not a place and its qualifier."""
    if n == 0 or not _SEPARATOR.fullmatch(text, toponyms[n - 1].end, toponyms[n].start):
        return False
    return all(any(int(gaz.feature[i]) in _OWN_DIVISIONS and name_key(gaz.names[i]) == k for i in cands[k])
               for k in (names[n - 1], names[n]))


def romance_name_part(text: str, start: int) -> bool:
    """The name at ``start`` ends a longer name through a Romance connector ("Gare du Nord", "Rue de Rivoli")."""
    return bool(_ROMANCE_BEFORE.search(text, max(0, start - 30), start))


def shortened_village(gaz: Gazetteer, idx: int, name: str) -> bool:
    """Entry ``idx`` is a village whose own name only extends ``name`` ("Longpont-sur-Orge" for "Longpont")."""
    if int(gaz.feature[idx]) != _LOCALITY:
        return False
    own, key = name_key(gaz.names[idx]), name_key(name)
    return own != key and own.startswith(key + " ")  # (the key reads a hyphen as a space)
