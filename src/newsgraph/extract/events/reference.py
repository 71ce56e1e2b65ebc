"""A party's code from the reference actor tables (``newsgraph.actors``: data/actors_phoenix.tsv and
data/actors_recent.tsv) where the entity layer gives the entity no country: "Hamas" is PSE, "the Kurdistan
Workers' Party" TUR, "Amnesty International" NGO (round 14 parties; issue 19 asks the code from the entity's
country or the reference actor tables, never from the nearest country word)."""

from __future__ import annotations

from functools import lru_cache

from ...actors import actor_for

__all__ = ["reference_code"]

#: CAMEO roots that are no country: an international, non-governmental or multinational actor
_INTL = frozenset({"IGO", "NGO", "MNC", "INT"})


@lru_cache(maxsize=4096)
def reference_code(name: str, etype: str, on: str | None = None) -> tuple[str | None, str | None]:
    """(code, country) of the one reference actor named ``name`` (a person by name structure, an organization by
    name), the code in force ``on`` the report's date where the table dates them; (None, None) where no one actor
    fits."""
    actor = actor_for(name, etype)
    if actor is None or not actor.codes:
        return None, None
    country = actor.country(on[:10] if on else None)
    if country:
        return country, country
    roots = {c[:3] for c, _f, _t in actor.codes} & _INTL
    return (next(iter(sorted(roots))), None) if len(roots) == 1 else (None, None)
