"""A call "for" someone to act (round 31, issue 19): "called for Kerry to testify", "is pushing for the West to stop
the intake", "pressed for Congress to act".

The parser reads "for X to V" after a verb of calling as an adverbial clause marked "for" whose subject is X, so the
``for`` the trigger row of "call for" asks for is no argument of the verb (rule_match skips adverbial clauses) and no
event was found at all; and the one called on is the clause's subject, which complement_parties (clauses only) never
read. :func:`for_to_clause` finds the clause for both: the ``forto`` condition of data/event_senses.tsv, and the
target of the demand in clause_roles.complement_parties. "calling for Kim to be tried" is a demand about Kim, not one
addressed to him: a passive clause has no subject here, so it names no target.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["for_to_clause", "for_to_subject"]


def for_to_clause(tok: Token) -> Token | None:
    """The verb of a "for X to V" clause on ``tok`` with X its own subject (active or passive), else None."""
    return _marked(tok) or _split(tok)


def for_to_subject(tok: Token) -> Token | None:
    """X of "for X to V" on ``tok`` where X does V (an active clause), else None: the one called on."""
    clause = _marked(tok)
    if clause is not None:
        return next((k for k in clause.children if k.dep_ == "nsubj"), None)
    clause = _split(tok)
    if clause is None or any(k.dep_ == "auxpass" for k in clause.children):
        return None  # "pushed for the files to be released": the files are what is asked for, no addressee
    return next(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                if o.dep_ == "pobj")


def _split(tok: Token) -> Token | None:
    """The other parse of it: "for" a phrase of ``tok`` with its object X, the subjectless to-infinitive a later
    clause of ``tok`` ("pushed [for Pakistan] [to release the suspects]")."""
    obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > tok.i
                for o in p.children if o.dep_ == "pobj"), None)
    if obj is None:
        return None
    return next((c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and c.i > obj.i and not any(
        k.dep_ in {"nsubj", "nsubjpass", "mark"} for k in c.children) and any(
        k.dep_ in {"aux", "auxpass"} and k.lower_ == "to" and k.i == c.left_edge.i for k in c.children)), None)


def _marked(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ not in {"advcl", "ccomp", "xcomp"} or c.i < tok.i:
            continue
        kids = list(c.children)
        if any(k.dep_ == "mark" and k.lower_ == "for" and k.i < c.i for k in kids) and any(
                k.dep_ in {"aux", "auxpass"} and k.lower_ == "to" for k in kids) and any(
                k.dep_ in {"nsubj", "nsubjpass"} for k in kids):
            return c
    return None
