"""Round 24 (issue 19, item 3): acts the report leaves open or only forecasts.

Two cues make an act hypothetical even when its verb has "will": an open question ("Whether the U.S. and Iran
will resume negotiations is uncertain", "will decide whether to sever ties": nobody knows yet whether it will
happen, so it is not intended) and a sentence adverb of odds ("Likely, Putin will collaborate with ...": a
forecast of someone else's act, not its doer's commitment). docs/events_guidelines.md, round 24 addendum.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["open_question", "forecast"]

#: adverbs that give the odds of an act rather than report it
_ODDS = frozenset({"likely", "probably", "perhaps", "possibly", "maybe", "conceivably", "presumably"})


def open_question(tok: Token) -> bool:
    """The act's clause is introduced by "whether": the report asks, or says nobody knows yet, if it happens."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ == "whether" for c in tok.children)


def forecast(tok: Token) -> bool:
    """The act's verb carries an adverb of odds ("Likely, X will ...", "will probably meet"), not negated."""
    return any(c.dep_ == "advmod" and c.lower_ in _ODDS for c in tok.children) and not any(
        c.dep_ == "neg" for c in tok.children)
