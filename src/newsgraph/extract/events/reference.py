"""A party's code from the reference actor tables (``newsgraph.actors``: data/actors_phoenix.tsv and
data/actors_recent.tsv) where the entity layer gives the entity no country: "Hamas" is PSE, "the Kurdistan
Workers' Party" TUR, "Amnesty International" NGO (round 14 parties; issue 19 asks the code from the entity's
country or the reference actor tables, never from the nearest country word)."""

from __future__ import annotations

from functools import lru_cache

from ...actor_spelling import near_spelling_person
from ...actors import actor_for, org_actor

__all__ = ["reference_code"]

#: CAMEO roots that are no country: an international, non-governmental or multinational actor
_INTL = frozenset({"IGO", "NGO", "MNC", "INT"})


@lru_cache(maxsize=4096)
def reference_code(name: str, etype: str, on: str | None = None) -> tuple[str | None, str | None]:
    """(code, country) of the one reference actor named ``name`` (a person by name structure, an organization by
    name), the code in force ``on`` the report's date where the table dates them; (None, None) where no one actor
    fits."""
    actor = actor_for(name, etype)
    if actor is None and etype == "PERSON":  # "Francois Mitterand": one letter off a reference person (round 20)
        actor = near_spelling_person(name)
    if etype == "PERSON" and " " in name.strip() and (actor is None or not actor.country()):
        # "Tamil Tigers", "Abu Sayyaf" read as a person: the armed group the organization table holds by that exact
        # name, only where it has a country (a company's alias, "MNC", names no person's side; round 17 parties)
        org = org_actor(name)
        actor = org if org is not None and org.country() else actor
    if actor is None or not actor.codes:
        return None, None
    country = actor.country(on[:10] if on else None)
    if country:
        return country, country
    roots = {c[:3] for c, _f, _t in actor.codes} & _INTL
    return (next(iter(sorted(roots))), None) if len(roots) == 1 else (None, None)
