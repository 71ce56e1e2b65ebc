"""Short forms of a longer name in the same report (review 18): "the Mediterranean" beside "the Mediterranean
Sea", "ABC" beside "ABC News", "the House" beside "the House of Commons", "Mideast" beside "the Middle East" are
one entity each, not a row apart. The heads are data/entity_short_form_heads.tsv, the variants
data/entity_name_variants.tsv. An empty join beats a wrong one: a short form with two candidate long forms in
the report ("the House of Commons" and "the House of Lords") stays a row of its own."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_tsv
from ..lexicon import norm_name
from .entity_base import _Cand

__all__ = ["join_short_forms"]

# the types a short form of a longer name of each type may carry
_SHORT_LABELS = {"LOC": frozenset({"LOC", "GPE"}), "ORG": frozenset({"ORG"})}


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("entity_short_form_heads.tsv")}


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {row[0].lower(): row[1].lower() for row in read_tsv("entity_name_variants.tsv")}


def _short_of(words: list[str], label: str) -> str | None:
    """The short form a longer name has: its first word before a head of its type ("Mediterranean Sea"), or
    the words before "of" in a body's name ("House of Commons": "House")."""
    if len(words) == 2 and _heads().get(words[1].lower()) == label:
        return words[0]
    if label == "ORG" and len(words) >= 3 and words[1] == "of" and words[0][:1].isupper():
        return words[0]
    return None


def _long_forms(cands: list[_Cand]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(short form lower, type of the long form) → the keys of the long forms having it."""
    longs: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for c in cands:
        words = norm_name(c.text).split()
        if c.key is None or c.label not in _SHORT_LABELS or len(words) < 2:
            continue
        short = _short_of(words, c.label)
        if short is not None:
            longs.setdefault((short.lower(), c.label), set()).add(c.key)
    return longs


def join_short_forms(cands: list[_Cand]) -> None:
    """Give a one-word short form the key of the one long form of the report it shortens."""
    longs = _long_forms(cands)
    by_name = {norm_name(c.text).lower(): c for c in cands if c.key is not None}
    for c in cands:
        n = norm_name(c.text)
        if c.key is None or c.canonical is not None or " " in n:
            continue
        full = by_name.get(_variants().get(n.lower(), ""))
        if full is not None and full.key is not None:
            c.label, c.key = full.label, full.key
            continue
        for label, ok in _SHORT_LABELS.items():
            keys = longs.get((n.lower(), label))
            if c.label in ok and keys and len(keys) == 1 and c.key not in keys:
                c.label, c.key = label, next(iter(keys))
                break
