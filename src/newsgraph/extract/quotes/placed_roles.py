"""A name apposed past the place that qualifies the speaker's role (review of round 27).

In "Epstein's neighbor in Palm Beach, Donald Trump, said ..." the parser hangs the name on the place ("Beach"),
not on the role ("neighbor"), so the role kept its possessor as the only name and the words were left to
"Epstein's neighbor". A person's name cannot stand in apposition to a place, an organization or a date: a name
apposed to the object of a preposition after the role, where that object is one of those, names the role's
holder ("a spokesman for Acme, John Smith, said" is Smith). An object that is a person or a role ("a lawyer for the
suspect, Ali Khan") may be the one the name is apposed to, and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["placed_name"]

# entity types no person's name stands in apposition to
_NOT_PERSONS = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE", "NORP"})


def placed_name(root: Token) -> list[Token]:
    """The names apposed to a place, organization or date that a preposition after ``root`` governs."""
    out: list[Token] = []
    for prep in root.rights:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ in _NOT_PERSONS:
                out.extend(c for c in obj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON")
    return out
