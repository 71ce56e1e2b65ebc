"""A move told for a year ahead with nothing moving it: a forecast, not a change (round 17).

"The number of users will rise to 10 million by 2008", "... would grow to 10 million by 2008": a quantity that
rises or falls of itself under "will"/"would" by a stated year is what someone expects, which the r14 changes
guidelines leave out ("is expected to rise to" is already caught by its verb of expecting). A decision keeps an
agent acting on an object ("will cut 2,000 jobs by 2008") and stays a change, as do a Budget's measures told for
a near time ("child benefit would rise to £63 next month": no "by" year).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["by_year_forecast"]

_FUTURE = frozenset({"will", "would", "'ll"})


def by_year_forecast(trigger: Token) -> bool:
    """The trigger verb has "will"/"would", no object, a subject of its own, and a "by" phrase with a year
    ("by 2008", "by the end of 2010")."""
    kids = list(trigger.children)
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 for t in c.subtree) for c in kids)
