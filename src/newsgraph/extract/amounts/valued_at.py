"""A sum set on a passive subject with "at" (round 23, issue 17): "The national minimum wage is currently set at
£4.85 per hour" counts the wage, "the deal is valued at $5bn" the deal; the money's anchor found no noun there
(the figure hangs on "at"), so such sums had no object. The verbs are data/measure_valued_at.tsv. A sum with a
rate's base before a noun prices that noun ("a £3 per hour minimum wage")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv

__all__ = ["valued_subject", "valued_verbs", "priced_noun"]


@lru_cache(maxsize=1)
def valued_verbs() -> frozenset[str]:
    """The verbs that set a sum with "at" (data/measure_valued_at.tsv)."""
    return frozenset(w.strip().lower() for r in read_tsv("measure_valued_at.tsv") for w in r[1].split("|"))


def valued_subject(root: Token) -> Token | None:
    """The passive subject of the verb that sets the sum ``root`` is the number of, with "at", or None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in valued_verbs():
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.pos_ == "NOUN" else None


# "a £3 per hour minimum wage": the base of a rate between a sum and the noun it prices
_BASE_AFTER = re.compile(r"[ \t]+(?:per|an?|every)[ \t]+(?:hour|day|week|month|year)\b")


def priced_noun(doc: Doc, text: str, end: int) -> Span | None:
    """The noun phrase a sum with a rate's base prices when the phrase follows the base ("a £3 per hour minimum
    wage", "a £20 a month wi-fi tariff"; round 23), or None."""
    m = _BASE_AFTER.match(text, end)
    if m is None:
        return None
    # the phrase opens one character past the base (a space or a hyphen): the token that starts there, found by
    # the doc's bisection (a walk over every token per sum was quadratic on a long report)
    at = m.end() + 1
    sp = doc.char_span(at, at + 1, alignment_mode="expand") if at < len(text) else None
    if sp is None or not len(sp) or sp[0].idx != at:
        return None
    first = sp[0]
    tok = first
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.i - first.i < 4:
        tok = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "pobj") and tok.i == first.i:
        return None
    return doc[first.i : tok.i + 1]
