"""A passive's "by" phrase that the parser hung one phrase too low (round 29, wave 4; issue 19: "a party left empty
although the text names it").

"Guaido is recognized as the legitimate leader by the United States" and "Snowden has been hailed as a hero by civil
liberties groups": the parser attaches "by ..." to the noun of the "as" phrase ("leader by the United States"), so
the passive verb has no agent child and its actor was left empty. A "by" phrase on the object of the verb's own "as"
or "in" phrase ("was condemned in a statement by the ministry") names the passive's doer when it resolves to a
party; a time, a way or a margin ("by Friday", "by phone", "by a wide margin") resolves to none and is passed over.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver

__all__ = ["passive_agent"]

#: the verb's phrases whose object may carry the passive's "by" phrase
_CARRIERS = frozenset({"as", "in"})


def _by_objects(tok: Token) -> list[Token]:
    """The objects of "by" phrases hung on the objects of the verb's "as" / "in" phrases."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _CARRIERS
            for o in c.children if o.dep_ == "pobj"
            for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj"]


def passive_agent(tok: Token, res: PartyResolver) -> list[Party] | None:
    """The doer a passive verb's "by" phrase names: its own agent child, else one hung on the object of its "as" or
    "in" phrase; None when it names none."""
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return res.resolve(p, strict=False)
    for p in _by_objects(tok):
        found = res.resolve(p, strict=False)
        if found:
            return found
    return None
