"""The country of a group named by a people of a region or by a name the reference tables hold as an armed group's
(issue 19, round 17 parties).

* **A people of a region inside one state** ("Chechen rebels", "Basque separatists", "Tibetan monks"): the entity
  layer gives such a people no country, since the adjective names a region, not a state; the region's state is the
  party's country, as event datasets code it (CAMEO codes Chechen rebels RUSREB). The adjectives and their regions
  are the places lexicon's (data/place_demonyms.tsv: a GeoNames admin1 code, a region of data/place_regions.tsv or a
  state); a region that no one state holds (Kashmir, the Balkans, Europe) gives none, and a people of several states
  (data/event_party_words.tsv kind ``several_states``: the Kurds of Turkey, Iraq, Iran and Syria) none either:
  an empty code beats a wrong one.
* **A group the tables hold as an organization but the parser read as a person or a people** ("Tamil Tigers"
  tagged PERSON, "Sandinistas" NORP): :func:`newsgraph.extract.events.reference.reference_code` asks the
  organization table too; this module only holds the regional peoples.
* **Armed challengers named by a creed or a movement with no country** ("Maoist rebels attacked a police post in
  western Nepal", "Shiite militiamen attacked a police station in Baghdad"): the place where the event happens codes
  them, as it already coded groups with no name at all ("gunmen", "a suicide bomber"), since such fighters are
  overwhelmingly the place's own; only for rebel-sector nouns (REB: rebels, militants, insurgents, militiamen...):
  "European leaders met in Brussels" or "Arab ministers met in Cairo" stay uncoded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ...lexicon import read_tsv
from .kin import kin_name
from .party_words import party_words

__all__ = ["region_people_country", "placed_by_event"]


def _iso3(iso2: str) -> str | None:
    import pycountry  # a dependency already (the places gazetteer); imported here only when the table is built

    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c is not None else None


@lru_cache(maxsize=1)
def _people_states() -> dict[str, str]:
    regions = {r[0].casefold(): r[2] for r in read_tsv("place_regions.tsv") if len(r) >= 3 and len(r[2]) == 3}
    several = party_words().get("several_states", frozenset())
    out: dict[str, str] = {}
    for row in read_tsv("place_demonyms.tsv"):
        if len(row) < 2 or row[0].casefold() in several:
            continue
        dem, target = row[0], row[1]
        if "." in target:  # "ES.59": an admin1 of one state
            iso = _iso3(target.split(".")[0])
        elif len(target) == 3 and target.isupper():  # a state itself ("Sinhalese" LKA)
            iso = target
        else:  # a named region: its state where it lies inside one ("Chechnya" RUS; "Kashmir" -)
            iso = regions.get(target.casefold())
        if iso:
            out[dem.casefold()] = iso
    return out


def region_people_country(word: str) -> str | None:
    """ISO3 of the one state a people's regional adjective or name points at ("Chechen" RUS), else None."""
    return _people_states().get(word.strip().casefold())


def placed_by_event(p: Any, entities: dict[str, dict[str, Any]]) -> bool:
    """Whether the event's place may code party ``p``: no code or country of its own, and either no entity or a
    people's / creed's adjective with no country on a rebel-sector noun ("Maoist rebels")."""
    if p.code is not None or p.country is not None or kin_name(p.name):
        return False  # relatives are coded by whose kin they are, never by the place (round 18)
    if p.entity is None:
        return True
    ent = entities.get(p.entity) or {}
    return p.sector == "REB" and ent.get("type") == "NORP" and not ent.get("country")


#: prepositions that aim an act at a place ("launched missiles at Japan"), unlike those that locate it ("in", "inside")
_AIMING = frozenset({"at", "toward", "towards", "against", "upon"})


def aimed_place(doc: Any, place_root: int, targets: list[Any]) -> bool:
    """Round 33 (issue 19): the event's place is a target itself, named after a preposition that aims the act at it
    ("the regime launched missiles at Japan"): it says what was aimed at, not where the doer comes from, so it codes
    no actor (review I: "the regime" coded JPN). A place that locates the act ("attacks inside the United States",
    "attacked the compound in Benghazi") still codes a doer with no country, as before."""
    tok = doc[place_root]
    if tok.head.lower_ not in _AIMING:
        return False
    return any((r := p.root(doc)) is not None and r.i == place_root for p in targets)
