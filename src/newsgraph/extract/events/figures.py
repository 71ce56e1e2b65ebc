"""Review 21 (issue 19): a killing told of the one who speaks. "We get killed", "you'll get slaughtered", "I was
murdered in that debate": whoever says it is alive, so a passive of killing whose subject is I, we or you is a
figure of speech or a rule of thumb ("they open the door, and we get killed"), never a killing that took place.
Only an ongoing one ("we are being killed in our homes") may be a people's own account of violence done to it, and a
near miss ("I was nearly killed") an attack survived: both stay events. The sense rows of data/event_senses.tsv call this as the condition ``selfpass``."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["self_passive"]

_SPEAKERS = frozenset({"i", "we", "you"})
_NEAR = frozenset({"nearly", "almost", "narrowly"})


def self_passive(tok: Token) -> bool:
    """``tok`` is a passive whose subject is I, we or you, and not in the progressive ("are being killed") nor
    a near miss ("was nearly killed")."""
    kids = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "being" or c.lower_ in _NEAR for c in kids):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ in _SPEAKERS for c in kids)
