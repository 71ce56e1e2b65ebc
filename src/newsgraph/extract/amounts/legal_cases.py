"""Cases at law (round 23, issue 17): "cases" is the canonical object of infections, and a count of infections
takes the place its sentence names. Cases brought against someone are no such toll: their sentence names the
place of what is alleged ("two cases against Manafort over his lobbying work in Ukraine"), not where the cases
are, so such a count is not located from its sentence. The words are data/measure_legal_cases.tsv."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["legal_cases"]


@lru_cache(maxsize=1)
def _rows() -> dict[str, frozenset[str]]:
    return {r[0]: frozenset(w.strip().lower() for w in r[1].split("|")) for r in read_tsv("measure_legal_cases.tsv")}


def legal_cases(head: Token) -> bool:
    """``head`` ("cases") names cases at law: the object of a verb of the courts ("opened two cases"), with a
    preposition of a suit ("cases against him", "cases over the deal") or "cases of" a wrong ("cases of
    bribery")."""
    if head.lemma_.lower() != "case":
        return False
    rows = _rows()
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in rows["verbs"]:
        return True
    prep = head.head
    # "faces felony charges in the two cases", "faces trial in both cases": what the courts hold in the cases
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and \
            prep.head.lemma_.lower() in rows["holders"] | rows["verbs"]:
        return True
    for c in head.children:
        if c.lower_ in rows["preps"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            if any(g.dep_ == "pobj" and g.lemma_.lower() in rows["wrongs"] for g in c.children):
                return True
    return False
