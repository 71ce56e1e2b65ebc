"""Verbs that count an outcome only with a word of their own phrase (data/measure_verbs.tsv, third column).

"Gunmen shot dead 14 villagers" counts deaths, "shot 14 villagers" does not; "1.2 million Iraqis were forced from
their homes" counts the displaced, "forced 40,000 people to vote" does not. The word is hung on the verb ("shot
14 villagers dead"), an adjective on the counted noun ("shot dead 14 villagers", as the parser reads it) or the
noun after a preposition of the verb ("from their homes"); a word of another clause ("shot 14, leaving two dead")
is not the verb's.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["phrase_outcome", "plain_outcome_verbs"]


@lru_cache(maxsize=1)
def _phrase_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    return {r[0].lower(): (r[1], frozenset(w.strip().lower() for w in r[2].split("|")))
            for r in read_tsv("measure_verbs.tsv") if len(r) > 2}


def plain_outcome_verbs() -> dict[str, str]:
    """verb lemma → participle for the verbs that count their outcome alone (rows of two columns)."""
    return {r[0].lower(): r[1] for r in read_tsv("measure_verbs.tsv") if len(r) == 2}


def phrase_outcome(verb: Token, counted: Token) -> str | None:
    """The participle of the outcome ``verb`` counts on ``counted`` when a word of its phrase says so, or None."""
    row = _phrase_verbs().get(verb.lemma_.lower())
    if row is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    outcome, words = row
    near = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "conj")]
    near += [c for c in counted.children if c.dep_ == "amod"]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return outcome if any(t.lower_ in words for t in near) else None
