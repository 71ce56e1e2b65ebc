"""Round 27: which readings of a name a qualifier after the comma may lift (``resolve._scored_candidates``)."""

from __future__ import annotations

from .gazetteer import FLAG_CAPITAL, TOWN_FEATURES, Gazetteer

__all__ = ["qualifiable"]


def qualifiable(gaz: Gazetteer, primary: set[int], ids: list[int], exact: set[int], famous_pop: float) -> set[int]:
    """The readings among ``ids`` that a qualifier may lift (``primary``: those bearing the name as their own).

    "the biggest cities, including Washington, New York and Los Angeles" is a list, not Washington in New York
    state: where a capital or a city of ``famous_pop`` bears the name as its own, a qualifier lifts only the
    readings that bear it as their own too ("Paris, Texas", "Moscow, Idaho"), never a county or a town that has
    it only as an alternate name (Washington County and Watervliet, N.Y., both "Washington" in GeoNames). A
    name no famous place bears keeps the qualifier for its alternate names ("Kiev, Ukraine").
    """
    famous = any(i in primary and int(gaz.feature[i]) in TOWN_FEATURES and (
        int(gaz.flags[i]) & FLAG_CAPITAL or int(gaz.population[i]) >= famous_pop) for i in ids)
    if not famous:
        return set(ids)
    return {i for i in ids if i in primary or i in exact}
