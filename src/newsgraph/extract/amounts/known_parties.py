"""A small spelled number that points back at parties already named is no amount (round 33, issue 17).

* "the two nations", "between the two sides", "the two main parties": a definite "the" right before a spelled
  number (two to four) before (adjectives and) a plural noun of data/amount_known_parties.tsv names parties the
  report has introduced, no count a user follows;
* "the world's two largest economies", "Europe's three biggest cities": a number before a superlative, after "the"
  or a possessive, names members by their rank, no count of them.

Digits ("the 28 nations of the bloc") and an indefinite number ("two nations signed") stay counts."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import first_words
from .grammar import Quantity
from .objects import Anchor

__all__ = ["known_parties"]

# determiners that make a set definite before its number
_POSSESSIVES = frozenset({"'s", "’s", "its", "their", "our", "his", "her", "your", "my"})


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    return first_words("amount_known_parties.tsv")


def _definite_before(root: Token) -> bool:
    """The word right before the figure is "the" or a possessive ("the two", "the world's two")."""
    if root.i == 0:
        return False
    before = root.nbor(-1).lower_
    return before == "the" or before in _POSSESSIVES


def known_parties(q: Quantity, anchor: Anchor | None) -> bool:
    """The figure names parties known to the report or members by rank, not a count."""
    if q.kind != "count" or not q.spelled or anchor is None or anchor.head is None:
        return False
    root, head = anchor.root, anchor.head
    if root.dep_ != "nummod" or root.head.i != head.i or head.i <= root.i or not _definite_before(root):
        return False
    between = root.doc[root.i + 1 : head.i]
    if any(t.tag_ == "JJS" or t.lower_ in ("largest", "biggest") for t in between):
        return True  # "the world's two largest economies": a rank
    if root.nbor(-1).lower_ != "the" or not 2 <= q.value <= 4:
        return False
    # "the two nations", "the two main parties": plain adjectives may stand between
    return head.lower_ in _party_nouns() and all(t.tag_ == "JJ" for t in between)
