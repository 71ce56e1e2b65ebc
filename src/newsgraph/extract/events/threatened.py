"""Whom a threat is aimed at when the threatened act is no trigger (round 30, issue 19).

"Syria threatened to erase Jordan from the map", "the president threatened to hold Mexico responsible", "Washington
threatened to block Huawei": the threat's clause has no subject of its own (the threatener would act) and its verb is
no act of harm the trigger table knows, so :func:`.clause_roles.complement_parties` found nobody, and the target
stayed empty although named. The named object of that verb is whom the threat is aimed at. Only a named party counts
(an entity: "threatened to leave the agreement", "to strip officials of their clearances" name nobody), never the
threatener's own side, and never a pronoun (the object "it" is most often a thing). Round 31: an object that names
nobody but has a named possessor is aimed at that possessor ("threatened to harm Britain's financial system").
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["threat_infinitive", "threatened_object"]


def threat_infinitive(clause: Token) -> bool:
    """``clause`` is an infinitive the parser hung as an adverbial clause on the threat ("threatened (once more) to erase
    Jordan": a parenthesis between the verb and its "to" makes the parser read a purpose, not the threatened act)."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and clause.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and not any(
        m.dep_ in {"mark", "advmod"} and m.i < clause.i and m.lower_ in {"order", "so", "as"} for m in clause.subtree)


def threatened_object(clause: Token, res: PartyResolver, own: Container[object]) -> list[Party]:
    """The named direct object of ``clause``, the infinitive of a threat ("threatened to erase Jordan")."""
    if not (clause.dep_ == "xcomp" and clause.pos_ == "VERB" or threat_infinitive(clause)):
        return []
    obj = next((o for o in clause.children if o.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    found = [p for p in res.resolve(obj, strict=True) if p.entity and p.entity not in own and p.key() not in own]
    if not found:  # round 31: "threatened to harm Britain's financial system": the named owner of what is harmed
        for poss in (c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            found = [p for p in res.resolve(poss, strict=True) if p.entity and p.entity not in own
                     and p.key() not in own]
    return found
