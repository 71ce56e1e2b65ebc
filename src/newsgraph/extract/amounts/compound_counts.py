"""A count glued by a hyphen to the noun it counts, before a noun of movement: "a 40,000-troop drawdown",
"a 3,000-soldier withdrawal" (review 18). The figure is the size of the move in those units; "2,200 job cuts",
with no hyphen, counts the cuts and stays out (scan.py keeps "a 5,000-job cut" a modifier, as it is not a
counted noun of data/measure_synonyms.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["hyphen_count"]


def hyphen_count(child: Token, root: Token, direction: str) -> bool:
    """``root`` (the figure), a hyphen and ``child`` (its noun) compounded on the trigger: a sized move."""
    if direction == "neutral" or child.dep_ != "compound" or root.head.i != child.i:
        return False
    doc = root.doc
    return child.i == root.i + 2 and doc[root.i + 1].text in ("-", "–") and not root.whitespace_
