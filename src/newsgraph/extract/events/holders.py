"""Who holds a decision or a plan whose infinitive tells the act (round 22, issue 19 recall).

"the US' plans to cut troops" and "the decision by the Court denying ..." named the doer before; a country's
adjective or name on the noun names it too: "the American decision to withdraw", "the Russian plan to
reduce its forces", "the U.S. decision to leave". Only for a noun of the ``decided`` class of
``data/event_senses.tsv`` (its holder is the one who acts), and only a country: a city before the noun is
where it happened ("the Paris decision" names no doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .senses import load_senses

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["holder_doer"]


def holder_doer(tok: Token, res: PartyResolver) -> list[Party] | None:
    """The doer of an infinitive or participle ``tok`` hung on a noun: the noun's possessor, its earlier
    ``by`` phrase, or (round 22) a country's adjective or name on a noun of decision or plan; None when the noun
    names none of them."""
    noun = tok.head
    for c in noun.children:
        if c.dep_ == "poss":
            return res.resolve(c, strict=False)
        if c.dep_ == "prep" and c.lower_ == "by" and c.i < tok.i:
            # "the decision by the Court denying the Government's attempt": who decided denies (round 12)
            return [p for o in c.children if o.dep_ == "pobj" for p in res.resolve(o, strict=False)]
    if not load_senses().word_in("decided", noun):
        return None
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
            ent = res.entity_at_token(c)
            if ent is not None and ent["type"] in {"GPE", "NORP"} and _country(ent, res):
                return [res.from_entity(ent, c)]
    return None


def _country(ent: dict, res: PartyResolver) -> bool:
    name = str(ent.get("name") or "")
    return res.base.country_of(name) is not None or res.base.demonym_of(name) is not None
