"""Parties that are no side at all: places, facilities, dates, photo credits (round 31, wave 2; issue 19).

Review D (round 30) judged a place as target wrong ("bombings hit Volgograd", "rebels attacked a Saudi airport":
the people there were hit, the place is where), a date inside a party wrong ("killed the general and two others
Friday" made "Friday" a target), a photo credit wrong ("Jane Roe/Reuters People protest outside the court": the
photographer's line joined to the caption's subject) and an event's name wrong ("the Boston Marathon" as a bomber).
PLOVER's sides are states, groups and people. Such a party is dropped; the event stays (an empty side beats a wrong
one). Right parties kept: a country (a state), a capital ("Moscow said", "warned Washington": its government), a
province or state as an actor ("Texas sued": its government), a facility that stands for its body ("the embassy",
`seat` of data/event_party_words.tsv), any party with a sector or a person's name.

* a place below a country that is not a capital, as a target of a material act or an actor of one (a province's
  government may act, so a province is dropped only as a target);
* a place of any rank in a locative phrase ("in", "inside", "across", "throughout") on the trigger ("fighting in
  Iraq and Syria": where, not against whom);
* a phrase headed by a facility word of data/place_heads.tsv (its FAC rows, less `seat`), any act, either side;
* a phrase headed by a date or a time (spaCy's DATE/TIME), or naming an occasion, a product or a work (entity types
  EVENT, PRODUCT, WORK_OF_ART), any act, either side;
* a photo credit: a name joined to an agency by a slash ("Jane Roe/Reuters"), any act, either side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ...lexicon import read_tsv
from .parties import Party, PartyResolver
from .party_words import party_words
from .triggers import Found

__all__ = ["non_parties"]

#: acts done to bodies and people by force or presence: a town or a site hit or entered is where, not whom
_MATERIAL = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "RETREAT"})
#: prepositions whose object is where the act happens
_LOCATIVE = frozenset({"in", "inside", "across", "throughout"})
#: entity types that name no side: an occasion, a thing made, a work
_THING_TYPES = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART"})
#: a photographer's or a reader's name joined to an agency by a slash ("Jane Roe/Reuters", "J. Doe/AP Photo")
_CREDIT = re.compile(r"[A-Z][\w.'-]*\s*/\s*[A-Z]")


@lru_cache(maxsize=1)
def _facilities() -> frozenset[str]:
    seats = party_words()["seat"]
    return frozenset(r[0] for r in read_tsv("place_heads.tsv") if r[1] == "FAC" and r[0] not in seats)


def _span(p: Party, doc: Doc) -> Span | None:
    if p.end <= p.start:
        return None
    sp = doc.char_span(p.start, p.end, alignment_mode="expand")
    return sp if sp is not None and len(sp) else None


def _small_place(p: Party, res: PartyResolver, features: dict[str, str], actor: bool) -> bool:
    """``p`` is only a town, a site or a region below a country (a province too as a target), not a capital."""
    if p.person or p.sector is not None or not p.entity or p.name.lower() in res.capitals:
        return False
    feature = features.get(p.entity)
    return feature is not None and feature != "country" and not (actor and feature == "admin1")


def _located(sp: Span, f: Found, features: dict[str, str], entity: str | None) -> bool:
    """The party is a place in a locative phrase on the event's own word ("fighting in Iraq")."""
    root = sp.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    carriers = {f.trigger.i, (f.head or f.trigger).i}
    return (entity in features and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
            and root.head.head.i in carriers)


def _no_side(p: Party, f: Found, res: PartyResolver, features: dict[str, str], actor: bool) -> bool:
    sp = _span(p, res.doc)
    if sp is None:
        return False
    if _CREDIT.search(sp.text):
        return True
    if p.person or p.sector is not None:
        return False
    root = sp.root
    if root.ent_type_ in {"DATE", "TIME"} or root.lower_ in _facilities() or root.lemma_.lower() in _facilities():
        return True
    ent = res.entities.get(p.entity or "")
    if ent is not None and ent.get("type") in _THING_TYPES:
        return True
    if f.rule.type in _MATERIAL and _small_place(p, res, features, actor):
        return True
    return not actor and _located(sp, f, features, p.entity)


def non_parties(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the places, facilities, dates, occasions and photo credits taken out of its sides (in place)."""
    features = {str(pl["entity"]): str(pl.get("feature") or "") for pl in res.doc._.newsgraph_places or []
                if pl.get("entity")}
    for f in found:
        f.actors = [p for p in f.actors if not _no_side(p, f, res, features, True)]
        f.targets = [p for p in f.targets if not _no_side(p, f, res, features, False)]
    return found
