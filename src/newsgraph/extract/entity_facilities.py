"""Installations typed as organizations, laws or products (review 18): a pipeline, an oil or gas field, an
exploration block is a facility (FAC). The heads are data/entity_facility_heads.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv
from ._doc import doc_text
from .entity_base import _Cand

__all__ = ["relabel_facilities"]

# Types NER gives installations; a place (GPE, LOC: "the Gulf Stream") or a facility already is left alone, and
# so is a person for a head in the name ("Sally Field"), though not before a lower-case head ("the X field")
_FROM_NAMED = frozenset({"ORG", "LAW", "PRODUCT", "WORK_OF_ART", "NORP"})
_FROM_BEFORE = _FROM_NAMED | {"PERSON"}


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_facility_heads.tsv"))


@lru_cache(maxsize=1)
def _head_after() -> re.Pattern[str]:
    alt = "|".join(sorted(_heads(), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{alt})\b")


def _named_head(name: str) -> bool:
    """The name's last alphabetic word is a capitalized head ("Trans-Adriatic Pipeline", "Nord Stream 2")."""
    words = [w for w in name.split() if w.isalpha()]
    return len(name.split()) >= 2 and bool(words) and words[-1][0].isupper() and words[-1].lower() in _heads()


def relabel_facilities(cands: list[_Cand]) -> None:
    """Every mention of a name that one mention shows to be a facility becomes FAC."""
    if not cands:
        return
    text = doc_text(cands[0].span.doc)
    after = _head_after()
    facilities = {c.text for c in cands if (c.label in _FROM_NAMED and _named_head(c.text))
                  or (c.label in _FROM_BEFORE and after.match(text, c.end))}
    for c in cands:
        if c.text in facilities and c.label in _FROM_BEFORE:
            c.label = "FAC"
