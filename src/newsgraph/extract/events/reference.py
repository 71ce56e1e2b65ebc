"""Round 13: a party's country from the reference actor tables where the entity layer gives none.

PLOVER codes an actor by its country: an armed group by the country it fights in (Hamas PSE, Hezbollah LBN,
the Taliban AFG, the PKK TUR), a person by the state they serve ("President Kagame" RWA). The lexicon's
organizations tag such groups REB without a country, and the entity layer finds a person's country from the
full name only (a titled surname may be any of many namesakes). The reference tables (``data/actors_*.tsv``,
:mod:`newsgraph.actors`) know more:

* an organization with no country in the lexicons takes the country of its one reference actor's code
  (PSEREBHMS -> PSE); international codes (IMG, IGO, NGO, MNC) give none;
* a surname with a state title ("President Kagame", "Prime Minister Netanyahu") takes the country of the
  reference persons named so who held a state office, when they all share one (so "President Kim", "President
  Obama" and "Minister Hassan", of several countries, stay without one);
* a person whose role names such a group ("Taliban spokesman Zabihullah Mujahid") takes the group's country.

Never the nearest country word: only a reference actor's own code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...actors import office_countries, org_actor
from ...lexicon import Lexicon
from .lexicon import EventLexicon, padded_orgs

__all__ = ["org_country", "titled_country", "armed_affiliation", "first_mention", "role_texts", "affiliation",
           "leader_country", "code_from_references"]

#: the lexicon's code of an armed group whose country the lexicon does not say
_ARMED = "REB"


@lru_cache(maxsize=4096)
def org_country(name: str) -> str | None:
    """ISO3 of the one reference actor named like this organization, when its code is a country's."""
    actor = org_actor(name)
    return actor.country() if actor is not None else None


def titled_country(name: str, sector: str | None) -> str | None:
    """ISO3 of a one-word person's name with a state title (``sector`` from the title): the one country of the
    reference office holders named so, else None."""
    if sector is None or " " in name.strip():
        return None
    found = office_countries(name.strip())
    return next(iter(found)) if len(found) == 1 else None


#: (lexicon, its aliases): built once per lexicon object (a Lexicon is a mutable dataclass, not hashable)
_ALIASES: list[tuple[Lexicon, tuple[tuple[str, str], ...]]] = []


def _armed_aliases(base: Lexicon) -> tuple[tuple[str, str], ...]:
    """(" alias ", ISO3) of the lexicon's armed groups whose reference actor has a country."""
    if _ALIASES and _ALIASES[0][0] is base:
        return _ALIASES[0][1]
    out = []
    for alias, (canon, code) in base.orgs.items():
        iso = org_country(canon) if code == _ARMED and len(alias) > 2 else None
        if iso:
            out.append((f" {alias} ", iso))
    _ALIASES[:] = [(base, tuple(out))]
    return _ALIASES[0][1]


def armed_affiliation(texts: list[str], base: Lexicon) -> str | None:
    """ISO3 of an armed group named in a person's role texts ("Taliban spokesman", "a Hamas leader")."""
    aliases = _armed_aliases(base)
    for text in texts:
        padded = f" {text} "
        for alias, iso in aliases:
            if alias in padded:
                return iso
    return None


def first_mention(doc: Doc, ent: dict[str, Any]) -> Token | None:
    """The head token of an entity's first mention: where a person reached through a pronoun ("he would be ready
    to host") is introduced with the country of their office ("King Hassan of Morocco")."""
    for m in ent.get("mentions") or []:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is not None and len(span):
            return span.root
    return None


def role_texts(ent: dict[str, Any], head: Token | None) -> list[str]:
    """A person's roles and the words just before the mention ("U.N. Secretary-General Kofi Annan")."""
    texts = list(ent.get("roles") or [])
    if head is not None:
        texts.append(head.doc[max(head.sent.start, head.i - 6) : head.i].text)
    return texts


def affiliation(texts: list[str], base: Lexicon, lex: EventLexicon, intl_codes: frozenset[str]) -> str | None:
    """IGO/NGO when a person acts for an international organization ("U.N. Secretary-General Kofi Annan", "Kenzo
    Oshima, the United Nations Emergency Relief Coordinator"), else the code of an organization of the events
    lexicon the role names: CAMEO codes the affiliation (moved here from parties.py in round 13)."""
    intl, orgs = padded_orgs(base, lex, intl_codes)
    for text in texts:
        padded = f" {text} "
        for alias, code in intl:
            if alias in padded:
                return code
        for alias, code in orgs:
            if alias in padded:
                return code
    return None


#: sectors of a state body that a person leads ("the military government of President Prosper Avril")
_LED_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def leader_country(tok: Token, sector: str | None, res: Any) -> str | None:
    """ISO3 of the person a state body is "of" ("the military government of President Prosper Avril", "the forces of
    President Assad"): the person's country, from the entity layer or the reference tables (``res``: the
    PartyResolver). Only a state body: "critics of Putin" are not Russian."""
    if sector not in _LED_SECTORS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                ent = res.entity_at_token(pobj) if pobj.dep_ == "pobj" else None
                if ent is not None and ent["type"] == "PERSON":
                    return res.from_entity(ent, pobj).country
    return None


def code_from_references(events: list[Any], res: Any) -> None:
    """Fill the country and code of each named party left without one, from the reference tables: an organization
    by its reference actor's code, a person by the phrase of their first mention ("King Hassan of Morocco ... he"),
    a titled surname or the armed group their role names. Run after duplicates are merged (``res``: the
    PartyResolver): the merge takes a shared code for the same actor ("the Pentagon" and "the United States"), and a
    person's country is no identity (Trump, once coded USA, would absorb a later act of Congress)."""
    memo: dict[tuple[str, str | None], str | None] = {}  # one look-up per entity and sector, not per telling
    for ev in events:
        for p in (*ev.actors, *ev.targets):
            if p.code is not None or p.country is not None or p.entity is None:
                continue
            key = (p.entity, p.sector)
            if key not in memo:
                ent = res.entities.get(p.entity)
                memo[key] = _entity_country(ent, p.sector, res) if ent is not None else None
            iso = memo[key]
            if iso:
                p.country = p.code = iso


def _entity_country(ent: dict[str, Any], sector: str | None, res: Any) -> str | None:
    if ent["type"] == "ORG":
        return org_country(str(ent["name"]))
    if ent["type"] != "PERSON":
        return None
    head = first_mention(res.doc, ent)
    iso = res.location_country(head)[0] if head is not None else None
    return iso or titled_country(str(ent["name"]), sector) or armed_affiliation(role_texts(ent, head), res.base)
