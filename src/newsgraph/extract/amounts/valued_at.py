"""A sum set on a passive subject with "at" (round 23, issue 17): "The national minimum wage is currently set at
£4.85 per hour" counts the wage, "the deal is valued at $5bn" the deal; the money's anchor found no noun there
(the figure hangs on "at"), so such sums had no object. The verbs are data/measure_valued_at.tsv."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["valued_subject"]


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(w.strip().lower() for r in read_tsv("measure_valued_at.tsv") for w in r[1].split("|"))


def valued_subject(root: Token) -> Token | None:
    """The passive subject of the verb that sets the sum ``root`` is the number of, with "at", or None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _verbs():
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" else None
