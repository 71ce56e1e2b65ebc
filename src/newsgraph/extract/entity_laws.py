"""Round 18: names of laws and treaties ("the Jerusalem Embassy Act", "the Taiwan Relations Act").

NER types most of them ORG, and a place word inside the name then gave the "body" a country (review 17: the
embassy act coded Israel). A name of two words or more ending with a law's head word (data/entity_law_heads.tsv)
is typed LAW, which no rule places or codes.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_tsv
from .entity_base import _Cand

_FROM = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})


@lru_cache(maxsize=1)
def _law_heads() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_law_heads.tsv"))


def relabel_laws(cands: list[_Cand]) -> None:
    """Type LAW every candidate of two words or more whose last word, capitalized, is a law's head word."""
    for c in cands:
        words = c.text.split()
        if c.label in _FROM and len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _law_heads():
            c.label = "LAW"
