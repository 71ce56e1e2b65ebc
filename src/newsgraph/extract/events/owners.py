"""Whose a noun is: its possessor and the objects of its "of"/"by"/"from" phrases, collected by one loop (round 19;
written out before in the atrocity, tolerance, entourage and kin rules, each with its own prepositions)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["owners_and_objects"]

_POSS = frozenset({"poss"})
_PREP = frozenset({"prep"})


def owners_and_objects(tok: Token, preps: Collection[str], owner_deps: Collection[str] = _POSS,
                       prep_deps: Collection[str] = _PREP) -> tuple[list[Token], list[Token]]:
    """``tok``'s children of ``owner_deps`` ("Russia's interference") and the objects of its phrases headed by one
    of ``preps`` ("interference by Moscow"), each list in the children's order."""
    owners: list[Token] = []
    objects: list[Token] = []
    for c in tok.children:
        if c.dep_ in owner_deps:
            owners.append(c)
        elif c.dep_ in prep_deps and c.lower_ in preps:
            objects.extend(p for p in c.children if p.dep_ == "pobj")
    return owners, objects
