"""A bare scaled figure that is the object of a verb coordinated with a verb whose object is a sum in a currency
is a sum in that currency too: "Italy spent 628 million euros in 2014 and has budgeted 800 million for 2015" (the
800 million had been a count with no object, so a series of euros got a stray count; issue 17 item 2, round 34).
Only a figure with a scale word ("million", "bn") and no object, and only after a verb of
``data/amount_sum_verbs.tsv``: "cost $2 billion and displaced 1 million" keeps its people."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import first_words

__all__ = ["sibling_sums"]

_SCALED = re.compile(r"(?i)^[\d.,]+\s*(?:million|billion|trillion|bn|mn)$")
_COPIED = ("kind", "currency", "dimension")


@lru_cache(maxsize=1)
def _sum_verbs() -> frozenset[str]:
    return first_words("amount_sum_verbs.tsv")


def _object_of(doc: Doc, a: dict[str, Any]) -> Token | None:
    """The verb whose direct object the figure's phrase is, or None."""
    sp = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    root = sp.root
    return root.head if root.dep_ == "dobj" and root.head.pos_ in ("VERB", "AUX") else None


def sibling_sums(doc: Doc | None, amounts: list[dict[str, Any]]) -> None:
    """Give each bare scaled figure the currency of a sum its coordinated verb took (in place)."""
    if doc is None or not doc.has_annotation("DEP"):
        return
    sums = [a for a in amounts if a.get("kind") == "money" and a.get("currency")]
    if not sums:
        return
    for a in amounts:
        if (a.get("kind") != "count" or a.get("object") or a.get("currency") or a.get("change") is not None
                or not _SCALED.match(str(a.get("text", "")))):
            continue
        verb = _object_of(doc, a)
        if verb is None or verb.lemma_.lower() not in _sum_verbs():
            continue
        partners = {verb.head.i} if verb.dep_ == "conj" else set()
        partners |= {c.i for c in verb.children if c.dep_ == "conj"}
        for s in sums:
            other = _object_of(doc, s)
            if other is not None and other.i in partners and s.get("currency") and not s.get("rate"):
                for key in _COPIED:
                    a[key] = s.get(key)
                break
