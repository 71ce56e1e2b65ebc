"""Entities: the capitalised half of a common noun written apart is no name ("an op Ed": no person Ed; review 19),
and a rank's abbreviation tagged as a person on its own ("Pfc" of "Pfc. Manning") is no person either.

NER tags the capitalised second word of a compound noun as a PERSON or an ORG when the writer splits the noun
(data/entity_split_nouns.tsv). The candidate is dropped when the words right before it finish the noun; a name
standing elsewhere ("Ed Markey said") is untouched. The whole noun tagged as a name goes too."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_tsv
from .entity_base import _Cand


@lru_cache(maxsize=1)
def _split_nouns() -> dict[str, frozenset[str]]:
    """Last word -> the word runs that come before it in a split noun ("ed" -> {"op", "op-"})."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("entity_split_nouns.tsv"):
        if row[0] == "rank":
            continue
        noun = row[0].strip().lower()
        head, _sep, last = noun.replace("-", "- ").rpartition(" ")
        if head:
            out.setdefault(last, set()).add(head.replace("- ", "-").strip())
    return {k: frozenset(v) for k, v in out.items()}


def drop_split_nouns(cands: list[_Cand]) -> list[_Cand]:
    """The candidates without the capitalised halves of split common nouns."""
    return [c for c in cands if not _split_half(c)]


@lru_cache(maxsize=1)
def _whole_nouns() -> frozenset[str]:
    """The split nouns written whole ("op-ed") and the rank abbreviations ("pfc"), as one-candidate junk."""
    return frozenset((row[1] if row[0] == "rank" and len(row) > 1 else row[0]).strip().lower()
                     for row in read_tsv("entity_split_nouns.tsv"))


def _split_half(c: _Cand) -> bool:
    if c.text.strip().lower() in _whole_nouns():
        return True  # the whole noun tagged as a name ("op-Ed")
    if len(c.span) != 1:
        return False
    heads = _split_nouns().get(c.span[0].lower_)
    doc, i = c.span.doc, c.span.start
    if not heads or i == 0:
        return False
    prev = doc[i - 1]
    before = prev.lower_
    if prev.lower_ == "-" and i >= 2:
        before = doc[i - 2].lower_ + "-"
    return before in heads
