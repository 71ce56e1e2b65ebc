"""A call "for" someone to act (round 31, issue 19): "called for Kerry to testify", "is pushing for the West to stop
the intake", "asked for the court to delay the hearing".

The parser reads "for X to V" after a verb of calling as an adverbial clause marked "for" whose subject is X, so the
``for`` that the trigger row of "call for" asks for is no argument of the verb (rule_match skips adverbial clauses)
and no event was found at all, although round 30's addressees.called_for reads X as the target once there is one.
:func:`for_to_clause` finds the clause for both: the ``forto`` condition of data/event_senses.tsv (only where X holds a
name: :func:`named_for_to`) and called_for.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["for_to_clause", "named_for_to"]

#: entity types of a name that makes one called on a side of the news ("British judges", "the West", "Kerry")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def for_to_clause(tok: Token) -> Token | None:
    """The verb of a "for X to V" clause after ``tok`` with a subject of its own (active or passive), else None."""
    for c in tok.children:
        if c.dep_ not in {"advcl", "ccomp"} or c.i < tok.i:
            continue
        kids = list(c.children)
        if any(k.dep_ == "mark" and k.lower_ == "for" for k in kids) and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in kids) and any(
                k.dep_ in {"nsubj", "nsubjpass"} for k in kids):
            return c
    return None


def named_for_to(tok: Token) -> bool:
    """``tok`` has a "for X to V" clause whose X holds a name ("called for Kerry to testify", "for British judges to
    act"): a call on a side. "calling for people of all faiths to unite" or "for the names to be redacted" asks
    nobody in particular, and is left to the trigger rows as before (precision first)."""
    clause = for_to_clause(tok)
    return clause is not None and any(
        t.pos_ == "PROPN" or t.ent_type_ in _NAMED for k in clause.children if k.dep_ in {"nsubj", "nsubjpass"}
        for t in k.subtree)
