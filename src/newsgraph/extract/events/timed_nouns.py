"""Round 32 (evprec, issue 19 item 3): a noun act dated ahead by the clause that names it is still to come.

"The stage is now set for a historic summit later this spring between Trump and Kim", "the ministers announced a
meeting next week": the parser hangs the time phrase on the verb, but a told verb ("announced", "is set") cannot
happen "next week", so the time is the noun act's: it is intended, as "will hold a summit next month" is (the verb
rule of standing._scheduled does the same for present-tense verbs). Read on tune reports (allsides rank 591).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["TIME_NOUNS", "dated_ahead"]

#: time nouns a "next"/"coming"/"upcoming" or "later this" puts ahead of the report (standing._scheduled too)
TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_AHEAD_WORDS = frozenset({"next", "upcoming", "coming"})
#: auxiliaries that already give the verb its own time ahead or its odds: left to the verb rules
_OWN_TIME = frozenset({"will", "would", "could", "might", "may", "shall", "should", "'ll"})


def _ahead(time: Token) -> bool:
    """ "next week", "the coming month", "later this spring"."""
    if time.dep_ != "npadvmod" or time.lemma_.lower() not in TIME_NOUNS:
        return False
    kids = list(time.children)
    if any(c.dep_ in {"amod", "det"} and c.lower_ in _AHEAD_WORDS for c in kids):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "later" for c in kids) and any(
        c.dep_ == "det" and c.lower_ == "this" for c in kids)


def dated_ahead(tok: Token) -> bool:
    """``tok`` is a noun act that is the object (or "for" phrase) of a verb carrying a time ahead, the verb itself
    past, perfect or passive and with no auxiliary of its own time."""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        verb = tok.head.head
    elif tok.dep_ != "dobj":
        return False
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _OWN_TIME for c in verb.children):
        return False
    return any(_ahead(c) for c in verb.children)
