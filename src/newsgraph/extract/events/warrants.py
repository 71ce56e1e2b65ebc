"""Round 36 (issue 19, reviewer class: "an arrest warrant extracted only as the accusation in the same
sentence"): a warrant issued for someone's arrest is the arrest ordered, COERCE/arrest (data/plover_triggers.tsv:
"issue" with both "warrant" and "arrest" among its arguments). Its target is the one the warrant is *for*
("issued an arrest warrant for X over the killing of Y": X, never Y, whom the charge is about), or nobody."""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver

__all__ = ["is_warrant_issued", "issues_warrant", "warrant_targets"]

_WARRANTS = frozenset({"warrant", "warrants"})


def is_warrant_issued(tok: Token, rule_type: str) -> bool:
    """The trigger is the row's "issue" of an arrest warrant."""
    return rule_type == "COERCE" and tok.lemma_.lower() == "issue"


def issues_warrant(gov: Token) -> bool:
    """``gov`` issues a warrant ("issued an arrest warrant for X, accusing him of ..."): the accusation that goes
    with it is an act of its own, not the warrant's complement (find._subsumed)."""
    return gov.lemma_.lower() == "issue" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _WARRANTS
                                                 for c in gov.children)


def warrant_targets(tok: Token, res: PartyResolver) -> list[Party] | None:
    """Whom the warrant issued by ``tok`` is for: the object of "for" on the warrant or on the verb. None (no
    event at the verb) where the warrant is "for the arrest of X": the noun "arrest" tells the event itself."""
    warrants = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _WARRANTS]
    fors = [p for head in (*warrants, tok) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for p in prep.children if p.dep_ == "pobj"]
    if any(p.lemma_.lower() == "arrest" for p in fors):
        return None
    return (res.resolve(fors[0], strict=False) or res.people(fors[0])) if fors else []
