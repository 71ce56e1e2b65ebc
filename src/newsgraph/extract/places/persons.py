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

Round 33: a name in a bare list of names whose neighbours the entity layer holds as persons and none as a place
("Collins, Murkowski, Paul and Romney") is a person's (the list of senators' surnames had put Paul in Idaho).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc

from ...actors import is_actor_surname
from ...lexicon import load_lexicon
from .gazetteer import Gazetteer
from .known import LOCATIVE_BEFORE, LOCATIVE_THE_BEFORE, well_known

__all__ = ["person_surname", "report_surnames", "report_person_word", "in_person_list"]


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


# the list member right before or right after a name: one capitalized word across ", ", ", and " or " and "
_MEMBER_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Za-z'’-]+)(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
_MEMBER_AFTER = re.compile(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)([A-Z][A-Za-z'’-]+)(?![\w-]|[ \t]+[A-Z])")
_OF_BEFORE = re.compile(r"\bof[ \t]+$")
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _entity_type_at(doc: Doc, start: int, end: int) -> str | None:
    """The type of the entity whose mention is exactly [start, end), else None."""
    mentions = doc._.newsgraph_mentions or []
    k = bisect_left(mentions, (start, -1, ""))
    if k < len(mentions) and mentions[k][0] == start and mentions[k][1] == end:
        eid = mentions[k][2]
        return next((e.get("type") for e in doc._.newsgraph_entities or [] if e.get("id") == eid), None)
    return None


def in_person_list(doc: Doc, gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """The name at [start, end) stands in a list of bare names ("McCain, Paul and Lee") whose neighbours beside it
    are persons' names to the entity layer, at least one of them, and no place's (neither typed as one nor a
    well-known place's name: NER types "Toulouse" of a list of French cities as a person now and then); not after
    a locative preposition or "of" ("a home in Barrie, Ont.", where NER had typed "Ont" a person; "Narendra Modi of
    India, and Putin of Russia"), and never a country's name."""
    if LOCATIVE_BEFORE.search(text[max(0, start - 12) : start]) or _OF_BEFORE.search(text, max(0, start - 4), start) \
            or load_lexicon().country_of(text[start:end]):
        return False
    near = []
    for m in (_MEMBER_BEFORE.search(text, max(0, start - 40), start), _MEMBER_AFTER.match(text, end)):
        if m is not None:
            near.append("PLACE" if well_known(gaz, m.group(1)) else _entity_type_at(doc, m.start(1), m.end(1)))
    return "PERSON" in near and not any(t in _PLACE_TYPES or t == "PLACE" for t in near)
