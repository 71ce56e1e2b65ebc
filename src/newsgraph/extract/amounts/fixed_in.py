"""A fixed "in" phrase after a sum ("in exchange for", "in return for", "in addition to"): its noun is no object
(round 31, issue 17). The parse hangs "in" on the sum, so the plain reading of "$75 billion in state subsidies"
took "exchange" as what a ransom was in. The nouns and their closing prepositions are data
(data/amount_fixed_in_nouns.tsv); a phrase counts as fixed only with that preposition under its noun, so "$5
million in exchange fees" keeps its object."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["fixed_in_noun"]


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    return {r[0].strip().lower(): r[1].strip().lower() for r in read_tsv("amount_fixed_in_nouns.tsv")
            if len(r) >= 2 and r[0].strip()}


def fixed_in_noun(noun: Token) -> bool:
    """``noun`` (the object of "in") opens a fixed phrase closed by its preposition: "in exchange for ..."."""
    closer = _phrases().get(noun.lower_)
    return closer is not None and noun.head.lower_ == "in" and any(
        c.dep_ == "prep" and c.lower_ == closer for c in noun.children)
