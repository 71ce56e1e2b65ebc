"""An infinitive after an adjective of likelihood or readiness told in the present looks ahead (round 31).

"The unrest is sure to figure in Monday's debate", "the senator is likely to face rivals on Monday", "rivals are
poised to strike Friday": the parser hangs the infinitive on the adjective (acomp/oprd of "is"/"seems", or a
passive participle "poised", "bound"), which has no tense of its own, so the clause read as tenseless and its
weekday as the one before. The likelihood is judged now about what is still to come, so a present copula puts
the infinitive ahead. Told in the past ("was likely to face rivals on Monday") the judgement was made back then
and says nothing of the date's side: no direction, as before. A perfect infinitive ("is likely to have died on
Monday") is a guess about the past. The words: data/time_prospect_words.tsv."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["prospect_ahead"]

_PAST_COPULA = frozenset({"was", "were", "had", "'d"})
_HAVE = frozenset({"have", "has", "had", "'ve"})


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_prospect_words.tsv"))


def prospect_ahead(infinitive: Token) -> bool | None:
    """For an infinitive hung on a word of data/time_prospect_words.tsv: True when the word is told in the
    present (the act lies ahead), False when told in the past or the infinitive is perfect; None when the
    infinitive hangs on no such word (other rules decide)."""
    word = infinitive.head
    if infinitive.dep_ != "xcomp" or word.lower_ not in _words():
        return None
    if any(c.dep_ == "aux" and c.lower_ in _HAVE for c in infinitive.children):
        return False  # "is likely to have died on Monday": a guess about what is over
    if word.pos_ == "ADJ" and word.dep_ in {"acomp", "oprd"} and word.head.pos_ in {"AUX", "VERB"}:
        verb = word.head  # "is sure to", "seems certain to": the copula's own tense
        tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ == "aux")]
    elif word.tag_ == "VBN":
        verb = word  # "are poised to", "is bound to": the passive auxiliary's tense
        tags = [c.tag_ for c in word.children if c.dep_ in {"aux", "auxpass"}]
    else:
        return None
    lows = {verb.lower_, *(c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"})}
    if not tags or "VBD" in tags or lows & _PAST_COPULA:
        return False
    return any(t in {"VBZ", "VBP", "MD"} for t in tags)
