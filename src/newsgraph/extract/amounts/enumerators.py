"""A small spelled number that enumerates the parts of an argument is no amount (round 28, issue 17): "One reason
was the cost of the war", "two things stand out", "three ways to read the vote". The noun is one of
data/amount_enumerators.tsv, which also names no object in data/measure_not_objects.tsv, so such a figure was
kept with an empty object. Digits ("12 issues were found in the audit") are a writer's count and stay.

Since round 33 a sentence that opens with "One" before a noun of a writer's point (data/amount_one_openers.tsv:
"One focus of the talks was ...", "One problem is that ...") uses "one" as a determiner, no count of one."""

from __future__ import annotations

from functools import lru_cache

from ...lexicon import first_words, read_tsv
from .grammar import Quantity
from .objects import Anchor

__all__ = ["enumerating"]


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(w.strip().lower() for r in read_tsv("amount_enumerators.tsv") for w in r[0].split("|")
                     if w.strip())


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return first_words("amount_one_openers.tsv")


def enumerating(q: Quantity, anchor: Anchor | None) -> bool:
    """The spelled figure (one to ten) modifies one of the nouns of an argument's parts directly."""
    if q.kind != "count" or not q.spelled or not 1 <= q.value <= 10 or anchor is None or anchor.head is None:
        return False
    root, head = anchor.root, anchor.head
    if root.dep_ != "nummod" or root.head.i != head.i:
        return False
    if head.lower_ in _nouns():
        return True
    # "One focus of the talks was ...": the sentence's first word, "One" as a determiner (round 33)
    return q.value == 1 and root.i == root.sent.start and root.text == "One" and head.lower_ in _openers()
