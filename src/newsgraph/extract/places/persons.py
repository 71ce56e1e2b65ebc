"""Persons' surnames that a gazetteer also lists as places (review 18: "Bush" of "Bush/Cheney" placed at Būsh in
Egypt, "the Snowden reporting" at Leland, Mississippi, whose other name is Snowden).

A one-word name that a reference person carries as a surname (newsgraph.actors) is that person's, not a place,
unless a well-known place bears it exactly as written ("Austin", "Jordan", "Washington": left to the other
rules) or a locative preposition stands before it ("in Kerry"). A name matched only through a folded spelling
("Bush" / "Būsh") or an alternate name ("Snowden" / Leland) is not one the report wrote for the place.

Round 20: the report's own persons count too. NER tags a bare surname as a place now and then ("delivered to
Pompeo" → Pompéu, Brazil; "from Carney's daily news briefing"; "according to NPR's Kenyon") when the report has
named the person in full elsewhere ("Mike Pompeo", "Jay Carney"); such a word is the person's whatever stands
before it, unless a well-known place bears it as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...actors import is_actor_surname
from .gazetteer import Gazetteer
from .known import LOCATIVE_THE_BEFORE, well_known

__all__ = ["person_surname", "report_surnames", "report_person_word"]


def person_surname(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """The one-word name at [start, end) of ``text`` is a reference person's surname and no place's."""
    name = text[start:end].strip()
    # (a surname is written in title case: "USA", "UK" are the countries, whatever persons Phoenix lists)
    if not (name.isalpha() and name[0].isupper() and name[1:].islower()) or not is_actor_surname(name):
        return False
    if LOCATIVE_THE_BEFORE.search(text[max(0, start - 16) : start]):
        return False
    return not well_known(gaz, name, as_written=True)


def report_surnames(entities: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The last words of the full names (two words or more) of the report's persons."""
    out = set()
    for ent in entities:
        if ent.get("type") != "PERSON":
            continue
        for n in [ent.get("name") or "", *ent.get("aliases", [])]:
            words = n.split()
            if len(words) >= 2 and words[-1].isalpha():
                out.add(words[-1])
    return frozenset(out)


def report_person_word(gaz: Gazetteer, name: str, surnames: frozenset[str]) -> bool:
    """``name`` (one word) is the surname of a person the report names in full, and no well-known place's."""
    name = name.strip()
    return name in surnames and not well_known(gaz, name, as_written=True)
