"""Round 33 (issue 19, events on real reports): "Feinstein blamed the stalemate on Republicans", "attacks on Saudi oil
sites which Riyadh and U.S. officials blamed on Tehran": the one a deed is laid "on" (class ``laid_blame`` of
data/event_senses.tsv) is the target. Before, the "on" phrase was read only where the verb had no object target,
and the parser hangs it on the object ("the stalemate on Republicans"), so the side stayed empty, or the object, a
relative pronoun standing for the deed, made the deed's victim the target (round 32 review I, "wrong entity")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["blamed_on"]


def blamed_on(tok: Token, res: PartyResolver) -> list[Party]:
    """The parties a verb of laying blame names by "on" (on the verb or on its object), or []."""
    from .senses import load_senses  # here: senses imports clause_roles, which the party rules import

    if tok.pos_ != "VERB" or not load_senses().word_in("laid_blame", tok):
        return []
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for h in holders:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                found = [p for o in prep.children if o.dep_ == "pobj" for p in res.resolve(o, strict=False)
                         if p.entity or p.code or p.country or p.sector]
                if found:
                    return found
    return []
