"""The country of a state body named by its noun alone ("troops", "police", "government forces") in a clause that
one state's side reports (issue 19, round 21 source actors).

"Pakistani officials said troops had attacked a hideout", "Sri Lanka's army chief said troops captured a rebel
base", "the Afghan interior ministry's spokesman said police killed ten fighters": a state's officials who tell what
"troops" or "police" did speak of their own, as a reader takes it and as CAMEO codes it (PAKMIL, LKAMIL). Before
this the party had a sector and no code.

* **Who is coded**: a party with no entity, no code and no country whose sector is a state's (armed forces,
  police, government, intelligence).
* **Who codes**: the subject of the speech verb whose complement holds the event (``party_checks.reporting_verb``),
  when its parties are of one country and at least one is a state's actor by sector or is the state itself
  ("Russia said troops ..."). A person with no state role, a group, the media or an international body codes
  nothing, and the event's place, where it names one, has already coded the party (``peoples.placed_by_event``).
  Groups that are no state ("militants attacked, Israeli officials said") are left alone: officials tell of their
  foes as often as of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .kin import kin_name
from .party_checks import reporting_verb

if TYPE_CHECKING:
    from .parties import Party, PartyResolver
    from .triggers import Found

__all__ = ["own_forces"]

#: a state's sectors (CAMEO): government, military, police, intelligence
_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})
#: speaker sectors that speak for a state (the legislature and the courts too)
_STATE_SPEAKER = _STATE | {"LEG", "JUD"}


def _bare(p: Party) -> bool:
    return (p.entity is None and p.code is None and p.country is None and p.sector in _STATE and not p.person
            and not kin_name(p.name))


def _speaker_country(f: Found, res: PartyResolver) -> str | None:
    verb = reporting_verb(f.head if f.head is not None else f.trigger)  # (a Token's truth is its length)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    side = res.resolve(subj, strict=False)
    codes = {p.code for p in side}
    if len(codes) != 1 or None in codes:
        return None
    code = next(iter(codes))
    # a country's side: the code is its country (an international body's IGO is no one's home)
    if not any(p.country == code and (p.sector in _STATE_SPEAKER or p.sector is None and not p.person)
               for p in side):
        return None
    if _other_state_told(verb, f, code, res):
        return None
    return code


def _other_state_told(verb: Token, f: Found, code: str | None, res: PartyResolver) -> bool:
    """Round 27: the reported clause has a subject of another country ("Biden said he had learned the Bolivian
    government was sending its military ... amid clashes between riot police and miners"): the speaker tells of
    another state's affairs, so its bare forces are not the speaker's own (the riot police were coded USA)."""
    trigger = f.trigger
    clause = next((c for c in verb.children if c.i != verb.i and c.left_edge.i <= trigger.i <= c.right_edge.i),
                  None)
    if clause is None:
        return False
    for t in clause.subtree:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"}:
            if any(p.code and p.code != code and len(p.code) == 3 for p in res.resolve(t, strict=False)):
                return True
    return False


def own_forces(f: Found, res: PartyResolver) -> None:
    """Codes, in place, the bare state bodies of ``f`` by the state side that reports the event (module
    docstring)."""
    if not any(_bare(p) for p in f.actors + f.targets):
        return
    home = _speaker_country(f, res)
    if home is None:
        return
    for p in f.actors + f.targets:
        if _bare(p):
            p.country = p.code = home
