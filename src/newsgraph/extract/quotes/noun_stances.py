"""Round 20: a stance told by a noun and its possessor ("Ruiz's criticism of the plan", "his support for the bill").

The verbs of taking a side ("criticized the plan", "supports the bill") are stances already (``quote_acts.tsv``);
the same position named by a noun was missed. ``data/quote_noun_stances.tsv`` lists the nouns and the
prepositions that name what the position is aimed at. A person holds such a noun's stance (a named person or
"his"/"her"), and a named organization holds the nouns of judging and demanding ("the party's opposition to the
bill"): "Russia's attacks on Kyiv" and "the company's support for the fund" are deeds or money, no position.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv

__all__ = ["noun_stances"]

_PERSON_POSSESSIVES = frozenset({"his", "her"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[frozenset[str], bool]]:
    """lemma -> (prepositions, whether a named organization holds it too)."""
    return {row[0]: (frozenset(row[1].split("|")), row[2:3] == ["body"]) for row in read_tsv("quote_noun_stances.tsv")
            if len(row) >= 2}


def _holder(noun: Token, bodies: bool) -> Token | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in _PERSON_POSSESSIVES or poss.ent_type_ == "PERSON" or bodies and poss.ent_type_ == "ORG":
        return poss
    return None


def noun_stances(doc: Doc) -> Iterator[tuple[Token, int, int, Token]]:
    """(noun, start, end, holder) of each stance noun with a person's possessive and its aim's preposition."""
    nouns = _nouns()
    for noun in doc:
        row = nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if row is None:
            continue
        preps, bodies = row
        holder = _holder(noun, bodies)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if holder is None or obj is None:
            continue
        yield noun, obj.left_edge.i, obj.right_edge.i + 1, holder

