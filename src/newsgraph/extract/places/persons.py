"""Persons' surnames that a gazetteer also lists as places (review 18: "Bush" of "Bush/Cheney" placed at Būsh in
Egypt, "the Snowden reporting" at Leland, Mississippi, whose other name is Snowden).

A one-word name that a reference person carries as a surname (newsgraph.actors) is that person's, not a place,
unless a well-known place bears it exactly as written ("Austin", "Jordan", "Washington": left to the other
rules) or a locative preposition stands before it ("in Kerry"). A name matched only through a folded spelling
("Bush" / "Būsh") or an alternate name ("Snowden" / Leland) is not one the report wrote for the place.
"""

from __future__ import annotations

from ...actors import is_actor_surname
from .gazetteer import Gazetteer
from .known import LOCATIVE_THE_BEFORE, well_known

__all__ = ["person_surname"]


def person_surname(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """The one-word name at [start, end) of ``text`` is a reference person's surname and no place's."""
    name = text[start:end].strip()
    # (a surname is written in title case: "USA", "UK" are the countries, whatever persons Phoenix lists)
    if not (name.isalpha() and name[0].isupper() and name[1:].islower()) or not is_actor_surname(name):
        return False
    if LOCATIVE_THE_BEFORE.search(text[max(0, start - 16) : start]):
        return False
    return not well_known(gaz, name, as_written=True)
