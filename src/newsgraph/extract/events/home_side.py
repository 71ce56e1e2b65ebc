"""The country of a non-state group that the report ties to no country, from the state body it faces in the same
event (issue 19, round 21 source actors).

CAMEO codes a domestic challenger by the state it challenges: "police in X arrested opposition supporters", "the
government rejected a demand by Kurdish leaders", "the rebels accused the government of Chad" are all one country's
affairs, and the PLOVER gold codes the group with that state's country (SRBOPP, IRQREB...). Before this, such a
group had no code at all unless a place phrase named where the event happened (``peoples.placed_by_event``, which
runs first and wins).

* **Who is placed**: a party with no code and no country that is a group, not a named person: no entity (a
  described group: "the rebel group", "opposition supporters", "two men") or a people or organization the entity
  layer gave no country ("ethnic Albanians", "Kurdish leaders", an armed group the actor tables lack), in a
  non-state sector (``_GROUP_SECTORS``) or a people (NORP) with no sector. Relatives keep their own rule
  (``kin``): they are coded by whose kin they are.
* **Who places**: the other side of the event, when all its coded parties are of one country and one of them is a
  state body that acts only at home: the police or a court (``_HOME_SECTORS``), in any event; a government only
  where it acts on the group with a state's domestic powers (``_AUTHORITY``: "the government arrested, banned,
  released, rejected the demands of ..."), or, named as a government ("the government of Chad", "the regime"),
  where a group that challenges a state (rebels, the opposition) acts on it in any event but backing, aid, joint
  work and sanctions ("the rebel group accused the government of Chad"); never a capital standing for its
  government. A government acting on rebels by words ("the US government condemned the rebels") may be a foreign
  one and codes nothing. A government's
  support, talks or words reach groups abroad as often ("Washington supporting the moderate opposition" in
  Syria: the first version coded that opposition USA, seen on pool20 rank 546), and so do armed forces ("US
  drones killed militants") and a state named by its name ("Russia urged the rebels").
* **A people named as an ethnicity with a place of residence** ("ethnic Albanian rebels in Macedonia"): the
  country of residence, not the one the adjective names (CAMEO codes them MKD); ``party_words.ethnic`` already
  does this for a people's own name ("ethnic Albanians in Macedonia") but not for the adjective on a group noun.

An empty code beats a wrong one: where the other side has several countries or no home body, nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kin import kin_name
from .party_words import resident_of

if TYPE_CHECKING:
    from .parties import Party, PartyResolver
    from .triggers import Found

__all__ = ["home_sides"]

#: sectors of groups that challenge or live under a state (CAMEO actor codebook): rebels, opposition, parties,
#: civilians, students, labour, clergy, refugees
_GROUP_SECTORS = frozenset({"REB", "OPP", "PTY", "CVL", "EDU", "LAB", "REL", "REF"})
#: state bodies that act only at home: police and courts (not the military, not a bare state)
_HOME_SECTORS = frozenset({"COP", "JUD"})
#: event types by which a government acts on a group with a state's domestic powers (the group is the target)
_AUTHORITY = frozenset({"COERCE", "REJECT", "CONCEDE", "RETREAT"})
#: groups that challenge a state: faced with a government in any event but those of ``_REACH``, they are its own
_CHALLENGERS = frozenset({"REB", "OPP"})
#: the words that name a government as such (not a president, an embassy or an administration named for its head)
_GOVERNMENT_WORDS = frozenset({"government", "regime"})
#: event types by which a government reaches groups abroad (backing, aid, joint work, sanctions)
_REACH = frozenset({"SUPPORT", "AID", "COOPERATE", "SANCTION"})
#: CAMEO roots that are no country
_NO_COUNTRY = frozenset({"IGO", "NGO", "MNC", "INT", "WST"})


def _homeless(p: Party, res: PartyResolver) -> bool:
    """``p`` is a group with no code or country that a state it faces may code."""
    if p.code is not None or p.country is not None or p.person or kin_name(p.name):
        return False
    if p.entity is None:
        return p.sector in _GROUP_SECTORS
    etype = (res.entities.get(p.entity) or {}).get("type")
    if etype == "NORP":
        return p.sector is None or p.sector in _GROUP_SECTORS
    return etype == "ORG" and p.sector in {"REB", "OPP"}


def _home_body(p: Party, authority: bool, challenged: bool, res: PartyResolver) -> bool:
    """``p`` is a state body acting at home: the police or a court; or a government (never a capital standing for
    it) acting with domestic powers (``authority``) or, named as a government, challenged (``challenged``)."""
    if p.sector in _HOME_SECTORS:
        return True
    if p.sector != "GOV" or p.name.lower() in res.capitals:
        return False
    return authority or challenged and bool(_GOVERNMENT_WORDS & set(p.name.lower().split()))


def _home_of(side: list[Party], authority: bool, res: PartyResolver, challenged: bool = False) -> str | None:
    """The one country of a side that holds a state body acting at home (``authority``: a government acting on
    the other side with domestic powers counts too; ``challenged``: a government by that name, "the Kenyan
    government", "the regime", that the other side challenges), else None."""
    codes = {p.code for p in side if p.code}
    if len(codes) != 1 or not any(p.code and _home_body(p, authority, challenged, res) for p in side):
        return None
    code = next(iter(codes))
    return code if len(code) == 3 and code not in _NO_COUNTRY else None


def _ethnic_resident(p: Party, res: PartyResolver) -> str | None:
    """The country of residence of a group noun under an "ethnic" people's adjective ("ethnic Albanian rebels in
    Macedonia"), when it differs from the adjective's country; else None."""
    if not p.name.lower().startswith("ethnic ") or p.code is None:
        return None
    head = p.root(res.doc)
    if head is None:
        return None
    home = resident_of(head, res, within=True)
    return home if home and home != p.code else None


def home_sides(f: Found, res: PartyResolver) -> None:
    """Codes, in place, the homeless groups of ``f`` by the state body on the other side (module docstring)."""
    for p in f.actors + f.targets:
        home = _ethnic_resident(p, res)
        if home:
            p.country = p.code = home
    authority = f.rule.type in _AUTHORITY
    for mine, other, acted_on in ((f.actors, f.targets, False), (f.targets, f.actors, True)):
        for p in mine:
            if not _homeless(p, res):
                continue
            # rebels and the opposition challenge their own government, but a government backs, funds or
            # sanctions such groups abroad
            challenger = not acted_on and p.sector in _CHALLENGERS and f.rule.type not in _REACH
            home = _home_of(other, authority and acted_on, res, challenger)
            if home is not None:
                p.country = p.code = home
