"""A count glued by a hyphen to the noun it counts, before a noun of movement: "a 40,000-troop drawdown",
"a 3,000-soldier withdrawal" (review 18). The figure is the size of the move in those units; "2,200 job cuts",
with no hyphen, counts the cuts and stays out (scan.py keeps "a 5,000-job cut" a modifier, as it is not a
counted noun of data/measure_synonyms.tsv)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

__all__ = ["hyphen_count", "hyphen_sized"]

# "the 5-megawatt reactor", "a 10-year plan": a figure hyphened to a word names a kind of thing, not a move's size
# ("a 15-point jump", "a 10-percent rise" are sizes)
_KIND_HYPHEN = re.compile(r"\d-(?!points?\b|percent\b|per[ \t]cent\b)[a-z]")


def hyphen_count(child: Token, root: Token, direction: str) -> bool:
    """``root`` (the figure), a hyphen and ``child`` (its noun) compounded on the trigger: a sized move."""
    if direction == "neutral" or child.dep_ != "compound" or root.head.i != child.i:
        return False
    doc = root.doc
    return child.i == root.i + 2 and doc[root.i + 1].text in ("-", "–") and not root.whitespace_


def hyphen_sized(text: str, start: int, end: int, anchor: Any, direction: str | None) -> bool | None:
    """For a figure read as a move's size: True when it counts the noun hyphened to it ("a 40,000-troop
    drawdown"), False when the hyphen makes a kind of thing ("a 10-year plan"), None when no hyphen follows it."""
    if anchor is not None and hyphen_count(anchor.root.head, anchor.root, direction or ""):
        return True
    hyphen = _KIND_HYPHEN.search(text, start, min(len(text), end + 12))
    return False if hyphen is not None and hyphen.start() < end else None
